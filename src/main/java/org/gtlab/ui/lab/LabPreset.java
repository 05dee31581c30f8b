package org.gtlab.ui.lab;

import java.util.List;
import java.util.Map;

/**
 * "Reproduce the paper's figure": the three matrix games of Xu et al., <i>Fictitious Cross-Play</i>
 * (arXiv:2310.03354; JMLR 26, 2025) with the experiment parameters of the authors' code and the
 * algorithms their figures compare (spec fxp-psro.md §10, §11): SP-based baselines, PSRO variants
 * and FXP on one chart, with exact-oracle PSRO (Double Oracle) added as the exact reference.
 */
public enum LabPreset {

    /** Counter-example game, N = 3, C = 1.5, ε = 0.1: SP and FP end at the local NE (≈ 1.5), FXP and PSRO reach 0. */
    EXAMPLE("Counter-example game (FXP paper)", "fxp-example", Map.of("N", "3", "C", "1.5", "eps", "0.1"),
            List.of("SP", "FP", "FSP (η = 0.99)", "PSRO (exact oracle)", "PSRO-Nash (reset)", "PSRO-uniform (reset)",
                    "Online DO (reset)", "FXP"),
            "Figures \"SP-based Algorithms (Example Game)\" and \"FXP and PSRO-based Algorithms (Example Game)\": SP "
                    + "stops at the local NE all-1 (exploitability ≈ 1.5); exact PSRO goes 0.9375 → 1.5 → 0; FXP's "
                    + "mixture is ≤ 2e-3 after the first counter (step 85)."),
    /** Seek-Attack-Defend, N = 4, A = 10, c = 0, F = 2 (28,561 joint actions per team). */
    SAD("Seek-Attack-Defend (FXP paper)", "sad", Map.of("N", "4", "A", "10", "c", "0", "F", "2"),
            List.of("SP", "FSP (η = 0.99)", "PSRO (exact oracle)", "PSRO-Nash (reset)", "PSRO-uniform (reset)", "FXP",
                    "FXP (reset)"),
            "Figures \"SP-based Algorithms (SAD)\" and \"FXP and PSRO-based Algorithms (SAD)\": SP ends at 4 × gain 10 "
                    + "(exploitability 4.0); exact PSRO goes 7.262 → 4 → 2 → 0 with weights (¼, ¼, ½); FXP is below 0.1 "
                    + "from step 523."),
    /** Team rock-paper-scissors, N = 2: no single product policy is better than 2/√3 − 1 ≈ 0.1547. */
    TEAM_RPS("Team rock-paper-scissors (FXP paper)", "team-rps", Map.of("N", "2"),
            List.of("SP", "FSP (η = 0.99)", "PSRO (exact oracle)", "PSRO-uniform (reset)", "PSRO-uniform w/o reset",
                    "FXP"),
            "Figure \"Team RPS\": SP ends at Scissors (≈ 0.986); no single product policy beats 0.1547, but the "
                    + "mixtures of PSRO and FXP reach 0.");

    private final String title;
    private final String family;
    private final Map<String, String> parameters;
    private final List<String> algorithms;
    private final String description;

    LabPreset(String title, String family, Map<String, String> parameters, List<String> algorithms,
            String description) {
        this.title = title;
        this.family = family;
        this.parameters = parameters;
        this.algorithms = algorithms;
        this.description = description;
    }

    public String title() {
        return title;
    }

    /** The team game's catalog name. */
    public String family() {
        return family;
    }

    /** The game parameters of the authors' experiment. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** Labels of the {@link LabAlgorithm#catalog()} entries the figure compares. */
    public List<String> algorithms() {
        return algorithms;
    }

    /** What the figure shows and the reference numbers to look for. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return title;
    }
}
