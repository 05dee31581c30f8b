package org.gtlab.reservoir;

import java.util.List;

/**
 * Where the manuscript (Nakamura, arXiv:2602.20846, repository source at commit 7201510) disagrees with the
 * author's own code and CSV data (spec brg.md §8), what this lab implements, and which {@code gtlab reproduce
 * brg} check measures our value ("—" where nothing can be measured). The lab shows these rows beside its
 * reproduction table; the rows are the spec's text, not results.
 *
 * @param topic       what is compared
 * @param manuscript  the paper's statement
 * @param codeAndData what the author's code or CSV shows
 * @param use         what this lab does
 * @param check       the reproduce check IDs that measure it
 */
public record Discrepancy(String topic, String manuscript, String codeAndData, String use, String check) {

    /** The rows of spec §8, in its order. */
    public static final List<Discrepancy> ALL = List.of(
            new Discrepancy("Exp 2 payoffs", "2.70 (α = 0), 2.65 (α = 1, −2 %)",
                    "2.891 and 2.766 (−4.3 %); 2.70/2.65 impossible under (3,0,5,1)", "CSV values", "P5"),
            new Discrepancy("Habituation spectral radius (Exp 4)", "ρ 0.90 → ≈0.82 over 300 epochs; clamp rarely active",
                    "ρ̂ = 0.9900 (clamp) at every logged H ≥ 15; pre-clamp ≈1.2", "clamp binds", "P10a"),
            new Discrepancy("Sentinel variance (Exp 4)", "comparable to α = 1", "≈0.037–0.045, ≈2× below TfT",
                    "CSV values", "P10b"),
            new Discrepancy("Exp 7 sensitivity", "interior optima (α0 ≈ 0.8–0.9, η↑ ≈ 0.02–0.05, θ ≈ 0.1)",
                    "monotone trends, no interior optimum; θ = 0.5 never tested", "CSV trends", "P9"),
            new Discrepancy("Exp 9 detection time", "≈5 steps", "1 step (rarely 0); the drop to the floor takes ≈5–6 steps",
                    "1 step", "P15"),
            new Discrepancy("Exp 9 advantage vs L", "increases with block length", "decreases (≈ −0.04 per block round)",
                    "decreasing", "P14"),
            new Discrepancy("Exp 9 boundary / d_c", "dashed phase boundary; critical dimension",
                    "all cells positive, no zero contour; d_c trivially 5", "soft crossover", "P14"),
            new Discrepancy("Fig 9(b)", "payoff-advantage curve", "script subtracts per-round block payoff from total payoff",
                    "not reproduced", "—"),
            new Discrepancy("Highest payoff across all conditions", "sentinel best",
                    "false under stationary ε = 0.1: TfT 2.89 > default sentinel 2.85", "not claimed", "P9"),
            new Discrepancy("Sentinel vs EMA baselines", "sentinel beats them (listing abstract)",
                    "never run on payoff; EMA-TfT 2.88–2.89 > reservoir 2.74 and sentinel 2.85", "not claimed", "U6b, P17"),
            new Discrepancy("Exp 1", "T = 200, convergence within 5–10 rounds",
                    "500 steps after a 500-step warm-up; a*(0) ≈ 0.97 already", "x = 0 transient shown", "P1"),
            new Discrepancy("Exp 2 α grid", "0.1 steps", "0.05 steps", "either (21 points by default)", "—"),
            new Discrepancy("Exp 5", "α* vs H", "seed = 400 + 1000i + 10H: a new reservoir per H (confound)",
                    "author's seeds (confound noted)", "P18"),
            new Discrepancy("ρ(W) at init", "0.9", "power-iteration estimate; true ρ 0.73–1.15",
                    "power estimate (exact mode on request)", "—"),
            new Discrepancy("u(0.98, 1)", "≈3.03", "3.04 exactly", "3.04", "U2"),
            new Discrepancy("Exp 8 d = 30 ratio", "205× (vs 250× in Exp 2)", "seed variation; ≈199× in CSV",
                    "wide tolerance", "P11"),
            new Discrepancy("Statistics", "Wilcoxon W = 178, p = 0.008, r ≈ 0.42; Shapiro–Wilk; linearisation",
                    "no code in the repository", "unverifiable", "—"));
}
