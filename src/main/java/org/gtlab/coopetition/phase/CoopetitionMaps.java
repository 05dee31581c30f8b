package org.gtlab.coopetition.phase;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.coopetition.tr1.CaseResult;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Specification;
import org.gtlab.coopetition.tr1.ValueFunction;
import org.gtlab.coopetition.tr2.TrustUpdater;
import org.gtlab.coopetition.tr3.ApacheCase;
import org.gtlab.coopetition.tr3.TeamEquilibrium;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.Tr3Sweep;
import org.gtlab.coopetition.tr3.WelfareMode;

/**
 * The 13 two-parameter maps of spec §8 as per-cell functions (ready for the sweep room): TR-3 maps
 * from the closed forms (§4.6; map 6 and 7 solve a heterogeneous team with the exact-BR loop), TR-1
 * maps by one equilibrium solve per cell (exact FOC best responses, reproduction box), TR-2 maps by
 * running the trust update.
 *
 * <ol>
 *   <li>θ × n → per-member effort (ω 20, β 0.5, c 2.5); contour a* = 2·a*_FR.</li>
 *   <li>β × n → differentiation a*(0.9)/a*(0.1), unclipped; contours 2.0 and 15.04.</li>
 *   <li>φ_B × φ_C → mechanism-synergy ratio at θ = 0.7 (grid centre); contour 1.1.</li>
 *   <li>ω × c at θ = 0 → free-riding effort a*_FR (n = 5); contour 0.01 (the floor).</li>
 *   <li>θ × β → output gain Q(θ)/Q(0) (ω 20, c 2.5, n 5).</li>
 *   <li>θ_high × θ_low → share of effort carried by the 2 loyal members of a 5-member team.</li>
 *   <li>loyalty multiplier × core team n → Apache predicted mean effort, with the four phases as points.</li>
 *   <li>γ × symmetric D → cooperation increase % (power and log panels); contours 15 and 50 (the band).</li>
 *   <li>D_01 × D_10 → action asymmetry and payoff share (log, α 0.55/0.45).</li>
 *   <li>α_0 × D_01 → actor 0's equilibrium action and utility (log, D_10 0.86).</li>
 *   <li>γ × θ (log) and γ × β (power) → 60-point score on S-LCD (correct orientation).</li>
 *   <li>λ⁻/λ⁺ × μ_R → recovery ratio (lab definition: T after one violation and 10 cooperative rounds ÷ T before).</li>
 *   <li>violation magnitude × D_ij → trust drop after one violation from T = 0.5, R = 0.</li>
 * </ol>
 */
public final class CoopetitionMaps {

    private static final TeamModel CENTRE = TeamModel.of(20, 0.5, 2.5);
    private static final EquilibriumSolver SOLVER = EquilibriumSolver.defaults();

    private CoopetitionMaps() {
    }

    private static CoopetitionMap.Axis axis(String n, double lo, double hi) {
        return new CoopetitionMap.Axis(n, lo, hi, false);
    }

    private static CoopetitionMap.Axis intAxis(String n, double lo, double hi) {
        return new CoopetitionMap.Axis(n, lo, hi, true);
    }

    /** Map 1 cell: per-member equilibrium effort at loyalty θ, team size n. */
    public static double effort(TeamModel m, double theta, int n) {
        return m.effort(theta, n);
    }

    /** Map 2 cell: unclipped a*(0.9)/a*(0.1). */
    public static double differentiation(TeamModel m, double beta, int n) {
        TeamModel b = m.withParameters(m.omega(), beta, m.cost());
        return b.unclippedEffort(0.9, n) / b.unclippedEffort(0.1, n);
    }

    /** Map 8 cell: cooperation increase of the symmetric dyad by one equilibrium solve (and its baseline solve). */
    public static double cooperationIncrease(ValueFunction f, double gamma, double d) {
        CoopetitionGame g = CoopetitionGame.dyad(100, 100, 0.5, d, d, f, gamma);
        return cooperationIncrease(g, SOLVER.solve(g.baseline()).requireConverged().meanAction());
    }

    /** Map 8 cell with the baseline mean action known (it depends on f only): one equilibrium solve. */
    static double cooperationIncrease(CoopetitionGame g, double baseMean) {
        Equilibrium e = SOLVER.solve(g).requireConverged();
        return 100 * (e.meanAction() - baseMean) / baseMean;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** All maps in spec order. */
    public static List<CoopetitionMap> all(WelfareMode mode) {
        TeamModel c = CENTRE.withMode(mode);
        List<CoopetitionMap> l = new ArrayList<>();
        CoopetitionMap.Cell eff = (x, y) -> effort(c, x, (int) y);
        l.add(new CoopetitionMap("1", "Per-member equilibrium effort", axis("θ", 0, 1), intAxis("n", 2, 12),
                "effort a*", eff,
                List.of(new CoopetitionMap.Contour("a* = 2·a*_FR", 2,
                        (x, y) -> c.effort(x, (int) y) / c.freeRidingEffort((int) y))), List.of(),
                List.of(new CoopetitionMap.Band("cap a* = " + fmt(c.maxEffort()), c.maxEffort(), Double.MAX_VALUE, eff),
                        new CoopetitionMap.Band("floor a* = " + fmt(c.minEffort()), 0, c.minEffort(), eff)))
                .withLogColour(true)); // spec §8 map 1: "log colour scale"
        l.add(new CoopetitionMap("2", "Effort differentiation a*(0.9)/a*(0.1)", axis("β", 0.3, 0.8),
                intAxis("n", 2, 12), "ratio", (x, y) -> differentiation(c, x, (int) y),
                List.of(new CoopetitionMap.Contour("2.0", 2.0, (x, y) -> differentiation(c, x, (int) y)),
                        new CoopetitionMap.Contour("15.04", 15.04, (x, y) -> differentiation(c, x, (int) y))),
                List.of()));
        CoopetitionMap.Cell syn = (x, y) -> Tr3Sweep.synergy(c.withPhi(x, y), 0.7, 5);
        l.add(new CoopetitionMap("3", "Mechanism-synergy ratio at θ = 0.7", axis("φ_B", 0, 1), axis("φ_C", 0, 0.6),
                "ratio", syn, List.of(new CoopetitionMap.Contour("1.1", 1.1, syn)), List.of()));
        CoopetitionMap.Cell fr = (x, y) -> c.withParameters(x, c.beta(), y).freeRidingEffort(5);
        l.add(new CoopetitionMap("4", "Free-riding effort a*_FR (θ = 0, n = 5)", axis("ω", 5, 50), axis("c", 0.5, 4),
                "a*_FR", fr, List.of(new CoopetitionMap.Contour("floor 0.01", 0.01, fr)), List.of(),
                List.of(new CoopetitionMap.Band("below the floor (target 1 fails)", 0, 0.01, fr))));
        l.add(new CoopetitionMap("5", "Output gain Q(θ)/Q(0)", axis("θ", 0, 1), axis("β", 0.3, 0.8), "Q(θ)/Q(0)",
                (x, y) -> {
                    TeamModel m = c.withParameters(c.omega(), y, c.cost());
                    return m.output(5 * m.effort(x, 5)) / m.output(5 * m.effort(0, 5));
                }, List.of(), List.of()));
        l.add(new CoopetitionMap("6", "Share of effort carried by the 2 loyal members (n = 5)", axis("θ_high", 0, 1),
                axis("θ_low", 0, 1), "share", (x, y) -> loyalShare(c, x, y), List.of(), List.of()));
        TeamModel apache = ApacheCase.model(mode);
        List<CoopetitionMap.Point> phases = new ArrayList<>();
        for (ApacheCase.Phase p : ApacheCase.PHASES) {
            phases.add(new CoopetitionMap.Point(p.name(), p.multiplier(), p.size()));
        }
        l.add(new CoopetitionMap("7", "Apache: predicted mean effort", axis("loyalty multiplier", 0.4, 1.0),
                intAxis("core team n", 5, 50), "mean effort", (x, y) -> apacheEffort(apache, x, (int) y), List.of(),
                phases));
        for (Specification s : List.of(Specification.POWER, Specification.LOG)) {
            String k = s.value().kind().name().toLowerCase(java.util.Locale.ROOT);
            double baseMean = SOLVER.solve(CoopetitionGame.dyad(100, 100, 0.5, 0, 0, s.value(), 0)).requireConverged()
                    .meanAction();
            CoopetitionMap.Cell coop = (x, y) -> cooperationIncrease(CoopetitionGame.dyad(100, 100, 0.5, y, y,
                    s.value(), x), baseMean);
            l.add(new CoopetitionMap("8-" + k, "Cooperation increase %, symmetric dyad (" + s.value() + ")",
                    axis("γ", 0, 1), axis("D", 0, 1), "coop %", coop,
                    List.of(new CoopetitionMap.Contour("15 %", 15, coop), new CoopetitionMap.Contour("50 %", 50, coop)),
                    List.of(), List.of(new CoopetitionMap.Band("historical 15–50 % band", 15, 50, coop))));
        }
        l.add(new CoopetitionMap("9-asymmetry", "Action asymmetry |a_0 − a_1|/mean (log)", axis("D_01", 0, 1),
                axis("D_10", 0, 1), "asymmetry", (x, y) -> slcdLike(x, y, 0.55).asymmetry(), List.of(), List.of()));
        l.add(new CoopetitionMap("9-share", "Payoff share π_0/(π_0 + π_1) (log)", axis("D_01", 0, 1),
                axis("D_10", 0, 1), "share", (x, y) -> slcdLike(x, y, 0.55).share(), List.of(), List.of()));
        l.add(new CoopetitionMap("10-action", "Actor 0's equilibrium action (log, D_10 = 0.86)", axis("α_0", 0, 1),
                axis("D_01", 0, 1), "a*_0", (x, y) -> SOLVER.solve(game10(x, y)).requireConverged().action(0),
                List.of(), List.of()));
        l.add(new CoopetitionMap("10-utility", "Actor 0's integrated utility (log, D_10 = 0.86)", axis("α_0", 0, 1),
                axis("D_01", 0, 1), "U_0", (x, y) -> {
                    CoopetitionGame g = game10(x, y);
                    return g.utility(0, SOLVER.solve(g).requireConverged().actions());
                }, List.of(), List.of()));
        l.add(new CoopetitionMap("11-log", "60-point score, S-LCD (log)", axis("γ", 0, 1), axis("θ", 15, 30), "score",
                (x, y) -> CaseResult.evaluate(DyadCase.SLCD, new Specification(ValueFunction.log(y), x), SOLVER)
                        .total(), List.of(), List.of()));
        l.add(new CoopetitionMap("11-power", "60-point score, S-LCD (power)", axis("γ", 0, 1), axis("β", 0.65, 0.85),
                "score", (x, y) -> CaseResult.evaluate(DyadCase.SLCD, new Specification(ValueFunction.power(y), x),
                        SOLVER).total(), List.of(), List.of()));
        l.add(new CoopetitionMap("12", "Recovery ratio after a violation", axis("λ⁻/λ⁺", 1, 9), axis("μ_R", 0.5, 0.7),
                "recovery ratio", CoopetitionMaps::recovery, List.of(), List.of()));
        l.add(new CoopetitionMap("13", "Trust drop after one violation", axis("violation magnitude", 0, 3),
                axis("D_ij", 0, 1), "trust drop", CoopetitionMaps::trustDrop, List.of(), List.of()));
        return List.copyOf(l);
    }

    /** The map with this id. @throws IllegalArgumentException naming the known ids */
    public static CoopetitionMap byId(String id, WelfareMode mode) {
        for (CoopetitionMap m : all(mode)) {
            if (m.id().equalsIgnoreCase(id.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("no coopetition map \"" + id + "\"; known: "
                + String.join(", ", all(mode).stream().map(CoopetitionMap::id).toList()));
    }

    private static CoopetitionGame game10(double alpha0, double d01) {
        return CoopetitionGame.dyad(100, 100, alpha0, d01, 0.86, ValueFunction.log(20), 0.65);
    }

    private static CaseResult slcdLike(double d01, double d10, double alpha0) {
        return CaseResult.evaluate(new DyadCase("map 9", 100, 100, alpha0, d01, d10), Specification.LOG, SOLVER);
    }

    /** Map 6 cell: a 5-member team with 2 members of loyalty θ_high and 3 of θ_low; share of the total by the 2. */
    public static double loyalShare(TeamModel m, double high, double low) {
        double[] t = {high, high, low, low, low};
        TeamEquilibrium e = TeamEquilibrium.solve(m, t).requireConverged();
        double[] a = e.efforts();
        return (a[0] + a[1]) / e.total();
    }

    /** Map 7 cell: Apache-style team of size n, θ_k = base[k mod 8] × multiplier; mean effort. */
    public static double apacheEffort(TeamModel m, double multiplier, int n) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = ApacheCase.FOUNDER_LOYALTY[k % 8] * multiplier;
        }
        return TeamEquilibrium.total(m, t) / n;
    }

    /** Map 12 cell (lab definition): T after one violation (−1, D 0.5) and 10 cooperative rounds (+1) ÷ 0.5. */
    public static double recovery(double ratio, double mu) {
        TrustUpdater u = TrustUpdater.DEFAULTS.withGains(0.10, 0.10 * ratio).withDamage(mu);
        TrustUpdater.State s = u.step(TrustUpdater.State.INITIAL, -1, 0.5);
        for (int k = 0; k < 10; k++) {
            s = u.step(s, 1, 0.5);
        }
        return s.trust() / TrustUpdater.State.INITIAL.trust();
    }

    /** Map 13 cell: 0.5 − T after one violation of this magnitude at dependence D_ij. */
    public static double trustDrop(double magnitude, double dependence) {
        return TrustUpdater.State.INITIAL.trust()
                - TrustUpdater.DEFAULTS.step(TrustUpdater.State.INITIAL, -magnitude, dependence).trust();
    }
}
