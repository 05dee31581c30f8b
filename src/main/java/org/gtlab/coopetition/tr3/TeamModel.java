package org.gtlab.coopetition.tr3;


/**
 * TR-3 team production with loyalty (spec §4; TR3-code-orig, GYM-tr3). n members choose efforts
 * a_i ∈ [a_min, a_max]; member i has loyalty θ_i ∈ [0, 1].
 *
 * <pre>
 * Q(a)        = ω (Σ a_i)^β                                  team output
 * π_i^team(a) = Q/n − c a_i                                   equal sharing, private cost
 * L_i(a)      = θ_i [ φ_B W_−i(a) + φ_C c a_i ]                 loyalty benefit + cost tolerance
 * U_i(a)      = π_i^team(a) + L_i(a)
 * W_−i        = Σ_{j≠i} π_j^team (SUMMED)  or  its mean over the n − 1 teammates (AVERAGED)
 * </pre>
 *
 * U_i depends on own effort only through S = Σ a_j and the own cost, so member i prefers the team
 * total (§4.6, label D)
 *
 * <pre>
 * S*_i = [ ω β m_i / (n c (1 − θ_i φ_C)) ]^(1/(1−β)),  m_i = 1 + θ_i φ_B (n−1) (SUMMED) or 1 + θ_i φ_B (AVERAGED)
 * BR_i = clip(S*_i − Σ_{j≠i} a_j, a_min, a_max)
 * </pre>
 *
 * and a homogeneous team's symmetric equilibrium is a*(θ) = clip(S*(θ)/n, a_min, a_max). With θ = 0
 * this is Holmström's free-riding effort a*_FR = (ω β / (c n^(2−β)))^(1/(1−β)) ("Proposition 1";
 * the READMEs' (ωβ/(nc))^(1/(1−β)) is the team total n·a*_FR). A2: the φ_C term is one linear
 * own-effort term (cost tolerance ≡ warm glow).
 *
 * <p>Immutable. Failure modes: the constructor refuses negative or non-finite parameters, β outside
 * (0, 1), θφ_C ≥ 1 situations are refused where they arise (the own marginal cost would vanish), and a
 * team of size &lt; 2 is refused by every method that takes n.
 *
 * @param omega productivity ω &gt; 0
 * @param beta  returns to scale β ∈ (0, 1)
 * @param cost  effort cost c &gt; 0
 * @param phiB  loyalty-benefit strength φ_B ≥ 0
 * @param phiC  cost-tolerance strength φ_C ∈ [0, 1)
 * @param mode  teammate welfare SUMMED (default) or AVERAGED
 * @param minEffort a_min ≥ 0
 * @param maxEffort a_max &gt; a_min
 */
public record TeamModel(double omega, double beta, double cost, double phiB, double phiC, WelfareMode mode,
        double minEffort, double maxEffort) {

    /** @throws IllegalArgumentException naming the parameter that is not allowed */
    public TeamModel {
        positive("productivity ω", omega);
        if (!Double.isFinite(beta) || !(beta > 0 && beta < 1)) {
            throw new IllegalArgumentException("returns to scale β must be in (0, 1), got " + beta);
        }
        positive("effort cost c", cost);
        if (!Double.isFinite(phiB) || phiB < 0) {
            throw new IllegalArgumentException("loyalty-benefit strength φ_B must be a finite number ≥ 0, got " + phiB);
        }
        if (!Double.isFinite(phiC) || phiC < 0 || phiC >= 1) {
            throw new IllegalArgumentException("cost-tolerance strength φ_C must be in [0, 1), got " + phiC);
        }
        if (mode == null) {
            throw new IllegalArgumentException("welfare mode is missing");
        }
        if (!Double.isFinite(minEffort) || minEffort < 0) {
            throw new IllegalArgumentException("minimum effort must be a finite number ≥ 0, got " + minEffort);
        }
        if (!Double.isFinite(maxEffort) || !(maxEffort > minEffort)) {
            throw new IllegalArgumentException("maximum effort must be finite and > minimum effort " + minEffort
                    + ", got " + maxEffort);
        }
    }

    private static void positive(String what, double v) {
        if (!Double.isFinite(v) || !(v > 0)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + v);
        }
    }

    /** The sweep's model: φ_B 0.8, φ_C 0.3, bounds [0.01, 50], SUMMED. */
    public static TeamModel of(double omega, double beta, double cost) {
        return new TeamModel(omega, beta, cost, 0.8, 0.3, WelfareMode.SUMMED, 0.01, 50);
    }

    /** The code dataclass defaults: ω 25, β 0.7, c 1 (not the experimental regime, §4.9). */
    public static TeamModel codeDefaults() {
        return of(25, 0.7, 1);
    }

    public TeamModel withMode(WelfareMode m) {
        return new TeamModel(omega, beta, cost, phiB, phiC, m, minEffort, maxEffort);
    }

    public TeamModel withPhi(double b, double c) {
        return new TeamModel(omega, beta, cost, b, c, mode, minEffort, maxEffort);
    }

    public TeamModel withParameters(double w, double b, double c) {
        return new TeamModel(w, b, c, phiB, phiC, mode, minEffort, maxEffort);
    }

    static void checkTeam(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a team needs at least 2 members, got " + n);
        }
    }

    static void checkLoyalty(double theta) {
        if (!Double.isFinite(theta) || theta < 0 || theta > 1) {
            throw new IllegalArgumentException("loyalty θ must be in [0, 1], got " + theta);
        }
    }

    /** Q(S) = ω S^β. */
    public double output(double total) {
        return total > 0 ? omega * Math.pow(total, beta) : 0;
    }

    /** The welfare multiplier m = 1 + θ φ_B (n − 1) (SUMMED) or 1 + θ φ_B (AVERAGED). */
    public double welfareMultiplier(double theta, int n) {
        return mode == WelfareMode.SUMMED ? 1 + theta * phiB * (n - 1) : 1 + theta * phiB;
    }

    /**
     * S*(θ): the team total a member of loyalty θ prefers.
     *
     * @throws IllegalArgumentException for n &lt; 2 or θ outside [0, 1]
     */
    public double preferredTotal(double theta, int n) {
        checkTeam(n);
        checkLoyalty(theta);
        return Math.pow(omega * beta * welfareMultiplier(theta, n) / (n * cost * (1 - theta * phiC)), 1 / (1 - beta));
    }

    /** S*(θ)/n: the symmetric equilibrium effort without the box. */
    public double unclippedEffort(double theta, int n) {
        return preferredTotal(theta, n) / n;
    }

    /** a*(θ) = clip(S*(θ)/n, a_min, a_max): the homogeneous team's per-member equilibrium effort. */
    public double effort(double theta, int n) {
        return clip(unclippedEffort(theta, n));
    }

    /** Holmström's free-riding effort per member a*_FR = (ωβ / (c n^(2−β)))^(1/(1−β)). */
    public double freeRidingEffort(int n) {
        checkTeam(n);
        return Math.pow(omega * beta / (cost * Math.pow(n, 2 - beta)), 1 / (1 - beta));
    }

    /** The READMEs' (ωβ/(nc))^(1/(1−β)): the free-riding team total n·a*_FR. */
    public double freeRidingTotal(int n) {
        checkTeam(n);
        return Math.pow(omega * beta / (n * cost), 1 / (1 - beta));
    }

    /** Social optimum per member (GYM-tr3): (ωβ/c)^(1/(1−β)) / n. */
    public double socialOptimumEffort(int n) {
        checkTeam(n);
        return Math.pow(omega * beta / cost, 1 / (1 - beta)) / n;
    }

    /** clip(x, a_min, a_max). */
    public double clip(double x) {
        return Math.min(maxEffort, Math.max(minEffort, x));
    }

    /** π_i^team(a) = Q/n − c a_i. */
    public double teamPayoff(int i, double[] a) {
        return output(sum(a)) / a.length - cost * a[i];
    }

    /** U_i(a) for loyalties θ. */
    public double utility(int i, double[] a, double[] theta) {
        int n = a.length;
        checkTeam(n);
        double q = output(sum(a));
        double others = 0;
        for (int j = 0; j < n; j++) {
            if (j != i) {
                others += q / n - cost * a[j];
            }
        }
        double w = mode == WelfareMode.SUMMED ? others : others / (n - 1);
        return q / n - cost * a[i] + theta[i] * (phiB * w + phiC * cost * a[i]);
    }

    /** ∂U_i/∂a_i = ω β S^(β−1) m_i / n − c (1 − θ_i φ_C). */
    public double marginalUtility(double theta, int n, double total) {
        return omega * beta * Math.pow(total, beta - 1) * welfareMultiplier(theta, n) / n - cost * (1 - theta * phiC);
    }

    static double sum(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s;
    }

    @Override
    public String toString() {
        return "TeamModel{ω=" + omega + ", β=" + beta + ", c=" + cost + ", φB=" + phiB + ", φC=" + phiC + ", " + mode
                + ", [" + minEffort + ", " + maxEffort + "]}";
    }
}
