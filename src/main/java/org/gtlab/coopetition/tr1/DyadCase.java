package org.gtlab.coopetition.tr1;

import java.util.List;

/**
 * A two-actor TR-1 case: endowments, actor 0's bargaining share (actor 1 has 1 − α_0) and the
 * interdependence matrix [[0, D_01], [D_10, 0]] (row = depender). The presets are the cases of the
 * published experiments (spec §3.1, §3.4), with their provenance.
 *
 * @param name   display name
 * @param e0     endowment of actor 0
 * @param e1     endowment of actor 1
 * @param alpha0 bargaining share of actor 0
 * @param d01    how much actor 0 depends on actor 1
 * @param d10    how much actor 1 depends on actor 0
 */
public record DyadCase(String name, double e0, double e1, double alpha0, double d01, double d10) {

    /** S-LCD, correct orientation (default; TR1-code-fix): Samsung (0) depends on Sony 0.64, Sony on Samsung 0.86. */
    public static final DyadCase SLCD = new DyadCase("S-LCD", 100, 100, 0.55, 0.64, 0.86);
    /**
     * "Legacy S-LCD (as published)" (TR1-code-orig, A5): the matrix stored transposed, which makes Samsung
     * the 0.86-dependent party; reproduces the published 41 % / 166 %.
     */
    public static final DyadCase SLCD_LEGACY = new DyadCase("S-LCD (legacy, as published)", 100, 100, 0.55, 0.86,
            0.64);

    /** @throws IllegalArgumentException for values outside their ranges (via {@link #game}) */
    public DyadCase {
        game(Specification.LOG);
    }

    /** The five hand-made dyads of spec §3.4 (correct orientation). */
    public static List<DyadCase> fiveCases() {
        return List.of(SLCD,
                new DyadCase("symmetric high", 100, 100, 0.5, 0.9, 0.9),
                new DyadCase("symmetric medium", 100, 100, 0.5, 0.5, 0.5),
                new DyadCase("strong asymmetry", 100, 100, 0.6, 0.9, 0.2),
                new DyadCase("platform–developer", 100, 100, 0.833, 0.1, 0.84));
    }

    /** The game of this case under a specification. */
    public CoopetitionGame game(Specification spec) {
        return CoopetitionGame.dyad(e0, e1, alpha0, d01, d10, spec.value(), spec.gamma());
    }

    /** This case with another D_01. */
    public DyadCase withD01(double d) {
        return new DyadCase(name, e0, e1, alpha0, d, d10);
    }

    /** This case with another D_10. */
    public DyadCase withD10(double d) {
        return new DyadCase(name, e0, e1, alpha0, d01, d);
    }

    /** This case with another α_0. */
    public DyadCase withAlpha0(double a) {
        return new DyadCase(name, e0, e1, a, d01, d10);
    }
}
