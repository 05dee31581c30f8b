package org.gtlab.solve.lh;

/**
 * Thrown by the floating-point Lemke–Howson path when a decision cannot be made safely in
 * doubles (a near-tie, a near-zero pivot, a suspected cycle); the caller redoes the path in exact
 * arithmetic. Control flow only: a shared instance without stack trace.
 */
final class LhNumericTrouble extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final LhNumericTrouble INSTANCE = new LhNumericTrouble();

    private LhNumericTrouble() {
        super("floating-point Lemke–Howson step is ambiguous", null, false, false);
    }
}
