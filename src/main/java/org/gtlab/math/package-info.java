/**
 * The base room: exact and reproducible arithmetic with no GT Lab dependency — {@link
 * org.gtlab.math.Rational} (exact fractions, a {@code long} fast path that overflows into
 * BigInteger and back), seeded {@link org.gtlab.math.Rng} streams (SplitMix64), cooperative
 * {@link org.gtlab.math.Cancellation}, and the exact linear-algebra kernels of the solvers:
 * {@link org.gtlab.math.Wide} (128-bit integers with 256-bit products), {@link
 * org.gtlab.math.IntTableau} (fraction-free integer pivoting) and {@link org.gtlab.math.PadicSolver}
 * (Dixon's p-adic lifting for square integer systems).
 *
 * <p>Contract: imports the JDK only; never prints; every class documents its thread-safety.
 */
package org.gtlab.math;
