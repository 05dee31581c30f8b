package org.gtlab.coopetition.tr3;

/**
 * How a loyal member values its teammates' payoffs in TR-3 (spec §4.2, ambiguity A1).
 */
public enum WelfareMode {
    /**
     * W_−i = Σ_{j≠i} π_j^team — the paper-era code (TR3-code-orig, 21 Jan 2026) that reproduces every
     * published TR-3 number. The default.
     */
    SUMMED,
    /**
     * W_−i = (1/(n−1)) Σ_{j≠i} π_j^team — the repository v1.x variant (TR3-code-fix, 16 Feb 2026); gives
     * median differentiation 4.48× and Apache 45/60, not the report's numbers.
     */
    AVERAGED
}
