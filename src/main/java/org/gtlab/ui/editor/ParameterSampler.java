package org.gtlab.ui.editor;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.gtlab.math.Rational;

/**
 * Coalesces slider moves to the latest value (the project's latest-snapshot pattern): every slider
 * tick {@link #offer}s its value into one {@link AtomicReference}, replacing any value not yet
 * applied; a frame timer at ≤ 30 Hz calls {@link #drain}, which applies only the newest one. So a
 * fast drag costs at most one game update (and one background solve, cancelling the stale one) per
 * frame, however many mouse events arrive in between. {@link #drain} is also called when the drag
 * ends, so the final value is never lost.
 */
public final class ParameterSampler {

    /** One slider position: a parameter and its (snapped, exact) value. */
    public record Move(String name, Rational value) {
    }

    private final AtomicReference<Move> pending = new AtomicReference<>();
    private final Consumer<Move> apply;

    /** @param apply what a drained move does (the editor's {@code dragParameter}); FX thread */
    public ParameterSampler(Consumer<Move> apply) {
        this.apply = apply;
    }

    /** Records the newest position (any thread); an earlier one not yet applied is dropped. */
    public void offer(Move m) {
        pending.set(m);
    }

    /** Applies the newest position offered since the last drain; false if there was none. */
    public boolean drain() {
        Move m = pending.getAndSet(null);
        if (m == null) {
            return false;
        }
        apply.accept(m);
        return true;
    }

    /**
     * The exact value a slider position stands for: {@code min + round((x − min)/step)·step} with
     * {@code step = (max − min)/steps}, so that a drag passes through exact rationals (1/4, 3/2)
     * rather than the binary doubles of the slider.
     */
    public static Rational snap(double x, Rational min, Rational max, int steps) {
        Rational width = max.subtract(min);
        if (width.isZero()) {
            return min;
        }
        double f = (x - min.doubleValue()) / width.doubleValue();
        long i = Math.round(Math.max(0, Math.min(1, f)) * steps);
        return min.add(width.multiply(Rational.of(i, steps)));
    }
}
