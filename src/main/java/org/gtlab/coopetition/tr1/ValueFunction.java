package org.gtlab.coopetition.tr1;

/**
 * The individual value an actor creates from its action a ≥ 0 (TR-1, spec §2.2): the power
 * specification f(a) = a^β (β ∈ (0, 1), f(a) = 0 for a ≤ 0) or the logarithmic one
 * f(a) = θ·ln(1 + a) (θ &gt; 0). Both are increasing and strictly concave, which makes every best
 * response of the TR-1 game unique (§2.4).
 *
 * @param kind      POWER or LOG
 * @param parameter β for POWER, θ for LOG
 */
public record ValueFunction(Kind kind, double parameter) {

    /** The two specifications of TR-1. */
    public enum Kind {
        /** f(a) = a^β. */
        POWER,
        /** f(a) = θ·ln(1 + a). */
        LOG
    }

    /** @throws IllegalArgumentException for β outside (0, 1), θ ≤ 0 or a non-finite parameter */
    public ValueFunction {
        if (kind == null) {
            throw new IllegalArgumentException("value function kind is missing");
        }
        if (!Double.isFinite(parameter)) {
            throw new IllegalArgumentException("value function parameter must be finite, got " + parameter);
        }
        if (kind == Kind.POWER && !(parameter > 0 && parameter < 1)) {
            throw new IllegalArgumentException("power exponent β must be in (0, 1), got " + parameter);
        }
        if (kind == Kind.LOG && !(parameter > 0)) {
            throw new IllegalArgumentException("log scale θ must be > 0, got " + parameter);
        }
    }

    /** f(a) = a^β. */
    public static ValueFunction power(double beta) {
        return new ValueFunction(Kind.POWER, beta);
    }

    /** f(a) = θ ln(1 + a). */
    public static ValueFunction log(double theta) {
        return new ValueFunction(Kind.LOG, theta);
    }

    /** f(a); 0 for a ≤ 0 in the power specification. */
    public double value(double a) {
        if (kind == Kind.POWER) {
            return a > 0 ? Math.pow(a, parameter) : 0;
        }
        return parameter * Math.log1p(a);
    }

    /** f'(a): β a^(β−1) or θ / (1 + a) (a &gt; 0 for the power specification). */
    public double derivative(double a) {
        if (kind == Kind.POWER) {
            return parameter * Math.pow(a, parameter - 1);
        }
        return parameter / (1 + a);
    }

    /** f''(a): β(β−1) a^(β−2) or −θ / (1 + a)². */
    public double secondDerivative(double a) {
        if (kind == Kind.POWER) {
            return parameter * (parameter - 1) * Math.pow(a, parameter - 2);
        }
        return -parameter / ((1 + a) * (1 + a));
    }

    /** "power β=0.75" / "log θ=20". */
    @Override
    public String toString() {
        return kind == Kind.POWER ? "power β=" + parameter : "log θ=" + parameter;
    }
}
