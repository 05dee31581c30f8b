package org.gtlab.selfplay;

import java.util.List;

import org.gtlab.game.KuhnPoker;
import org.gtlab.game.NormalFormGame;

/**
 * The named games the self-play methods can run on instead of the run's own game (the {@code
 * matrix} setting of their configs): the preference presets of spec §3.6 and the two-role
 * adversarial presets of spec §7.
 * <ul>
 *   <li>{@code three-raters} — weights 0.40/0.35/0.25, rankings a&gt;b&gt;c, b&gt;c&gt;a, c&gt;a&gt;b;
 *       winner x* = (0.5, 0.2, 0.3);</li>
 *   <li>{@code cycle} — P(a≻b) = P(b≻c) = P(c≻a) = 0.8; uniform winner;</li>
 *   <li>{@code bradley-terry} — scores s = (1, 0, −1); pure winner e_1;</li>
 *   <li>{@code condorcet} — a fixed 4 × 4 matrix whose option 3 beats every other option (P(3 ≻ j)
 *       &gt; ½) while 1, 2, 4 form a cycle; unique pure winner e_3;</li>
 *   <li>{@code attack-defend} / {@code attack-defend-general} — the §7.1 reference instance (harmful
 *       seed, f = (1, 1), d = [[0.9, 0.2], [0.1, 0.3]], c = [[0.3, 0.2], [0.5, 0.9]]), zero-sum
 *       (saddle (2, 1), value 0.80) or the released code's general-sum rewards (unique equilibrium
 *       (2, 2));</li>
 *   <li>{@code hide-and-detect} — diagonal detection d = (0.9, 0.5, 0.2) on the ±1 scale; value
 *       55/73, x = y = (10, 18, 45)/73;</li>
 *   <li>{@code kuhn-poker} — Kuhn poker's 27 × 64 normal form (the tabular learners recognise it
 *       and play the extensive form).</li>
 * </ul>
 * Unknown names are refused with an {@link IllegalArgumentException} listing the known ones.
 */
public final class SelfPlayPresets {

    /** The setting that keeps the run's own game. */
    public static final String GAME = "game";

    /** Preference presets (spec §3.6), in menu order. */
    public static final List<String> PREFERENCE = List.of("three-raters", "cycle", "bradley-terry", "condorcet");

    /** Two-player presets of the tabular learners (spec §7 and Kuhn), in menu order. */
    public static final List<String> TWO_ROLE = List.of("attack-defend", "attack-defend-general", "hide-and-detect",
            "kuhn-poker");

    private SelfPlayPresets() {
    }

    /** The named preference preset. */
    public static Preference preference(String name) {
        switch (name) {
            case "three-raters":
                return Preference.threeRaters();
            case "cycle":
                return Preference.cycle(0.8);
            case "bradley-terry":
                return Preference.bradleyTerry(1, 0, -1);
            case "condorcet":
                return Preference.of(new double[][] {
                    {0.5, 0.7, 0.3, 0.4},
                    {0.3, 0.5, 0.4, 0.8},
                    {0.7, 0.6, 0.5, 0.55},
                    {0.6, 0.2, 0.45, 0.5}});
            default:
                throw new IllegalArgumentException("matrix: unknown preference preset \"" + name + "\"; known: "
                        + String.join(", ", PREFERENCE));
        }
    }

    /** The named preset as a game (preference presets as the constant-sum bimatrix (P, 1 − P)). */
    public static NormalFormGame game(String name) {
        if (PREFERENCE.contains(name)) {
            return preference(name).asGame();
        }
        double[] f = {1, 1};
        double[][] d = {{0.9, 0.2}, {0.1, 0.3}};
        double[][] c = {{0.3, 0.2}, {0.5, 0.9}};
        switch (name) {
            case "attack-defend":
                return TwoRolePresets.attackDefendGame(true, f, d, c, true);
            case "attack-defend-general":
                return TwoRolePresets.attackDefendGame(true, f, d, c, false);
            case "hide-and-detect": {
                double[][] a = TwoRolePresets.hideAndDetect(TwoRolePresets.diagonal(0.9, 0.5, 0.2));
                double[][] b = new double[a.length][a[0].length];
                for (int i = 0; i < a.length; i++) {
                    for (int j = 0; j < a[i].length; j++) {
                        b[i][j] = -a[i][j];
                    }
                }
                return NormalFormGame.bimatrix(a, b);
            }
            case "kuhn-poker":
                return KuhnPoker.normalForm();
            default:
                throw new IllegalArgumentException("matrix: unknown preset \"" + name + "\"; known: game, "
                        + String.join(", ", PREFERENCE) + ", " + String.join(", ", TWO_ROLE));
        }
    }
}
