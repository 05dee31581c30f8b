package org.gtlab.coopetition.tr1;

/**
 * Closed forms of the symmetric dyad (N = 2, α = (½, ½), D_01 = D_10 = d; spec §2.4, label D): the
 * effective share is k = (1 + d)/2 and g = a, so the first-order condition f'(a) + γ k / 2 = 1 gives
 *
 * <pre>
 * power: a* = ( β / (1 − γ(1+d)/4) )^(1/(1−β))
 * log:   a* = θ / (1 − γ(1+d)/4) − 1
 * </pre>
 *
 * and the report's baseline (d = 0, γ = 0) β^(1/(1−β)) and θ − 1. These are unconstrained: the
 * solver's box [0.01, 100] clips them.
 */
public final class SymmetricDyad {

    private SymmetricDyad() {
    }

    /**
     * The interior symmetric equilibrium action.
     *
     * @throws IllegalArgumentException for γ or d outside [0, 1]
     */
    public static double action(ValueFunction f, double gamma, double d) {
        if (!(gamma >= 0 && gamma <= 1) || !(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException("γ and d must be in [0, 1], got γ = " + gamma + ", d = " + d);
        }
        double m = 1 - gamma * (1 + d) / 4;
        if (f.kind() == ValueFunction.Kind.POWER) {
            double b = f.parameter();
            return Math.pow(b / m, 1 / (1 - b));
        }
        return f.parameter() / m - 1;
    }

    /** The baseline action (d = 0, γ = 0): β^(1/(1−β)) or θ − 1. */
    public static double baseline(ValueFunction f) {
        return action(f, 0, 0);
    }

    /** Cooperation increase 100·(a*(γ, d) − a_base)/a_base of the symmetric dyad, in %. */
    public static double cooperationIncrease(ValueFunction f, double gamma, double d) {
        double base = baseline(f);
        return 100 * (action(f, gamma, d) - base) / base;
    }
}
