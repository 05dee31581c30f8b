package org.gtlab.coopetition.checks;

import org.gtlab.coopetition.Check;
import org.gtlab.coopetition.Stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr1.CaseResult;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Interdependence;
import org.gtlab.coopetition.tr1.Rubric60;
import org.gtlab.coopetition.tr1.Specification;
import org.gtlab.coopetition.tr1.SymmetricDyad;
import org.gtlab.coopetition.tr1.Tr1Experiments;
import org.gtlab.coopetition.tr1.ValueFunction;
import org.gtlab.coopetition.tr2.TrustUpdater;
import org.gtlab.coopetition.tr3.ApacheCase;
import org.gtlab.coopetition.tr3.Cohesion;
import org.gtlab.coopetition.tr3.TeamEquilibrium;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.Tr3Sweep;
import org.gtlab.coopetition.tr3.WelfareMode;

/**
 * The 43 acceptance checks of spec §11 as data ({@code gtlab reproduce coopetition}, the Lab's
 * table): each computed now from the models, never from stored results, with the spec's reference,
 * tolerance and seed (42 for the Monte Carlo runs). A check passes only if all of its conditions
 * hold; its row shows the headline value. The JUnit suite checks the same numbers independently
 * ({@code Tr1ChecksTest}, {@code Tr3Tr2ChecksTest}, {@code MapsTest}).
 */
public final class Reproduction {

    /** Seed of the Monte Carlo and convergence runs. */
    public static final long SEED = 42;

    private static final EquilibriumSolver SOLVER = EquilibriumSolver.defaults();

    private Reproduction() {
    }

    /** The check IDs T-01 … T-43 in order. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= 43; k++) {
            ids.add(String.format(Locale.ROOT, "T-%02d", k));
        }
        return ids;
    }

    /** Runs every check (about a second). */
    public static List<Check> run() {
        return run(k -> { });
    }

    /**
     * Runs every check, telling {@code progress} after each one (the number done, 1 … 43).
     */
    public static List<Check> run(java.util.function.IntConsumer progress) {
        List<Supplier<Check>> all = suppliers();
        List<Check> out = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            out.add(all.get(k).get());
            progress.accept(k + 1);
        }
        return out;
    }

    /** Runs one check by ID. @throws IllegalArgumentException for an unknown ID */
    public static Check run(String id) {
        int k = ids().indexOf(id.strip().toUpperCase(Locale.ROOT));
        if (k < 0) {
            throw new IllegalArgumentException("no check \"" + id + "\"; known: T-01 … T-43");
        }
        return suppliers().get(k).get();
    }

    // ---------------------------------------------------------------- helpers

    private static final class Acc {
        final List<String> failed = new ArrayList<>();

        boolean near(String what, double measured, double reference, double tol) {
            boolean ok = Math.abs(measured - reference) <= tol;
            if (!ok) {
                failed.add(what + " = " + fmt(measured) + " (want " + fmt(reference) + " ± " + tol + ")");
            }
            return ok;
        }

        boolean rel(String what, double measured, double reference, double tol) {
            return near(what, measured, reference, tol * Math.abs(reference));
        }

        boolean that(String what, boolean ok) {
            if (!ok) {
                failed.add(what);
            }
            return ok;
        }

        boolean eq(String what, int[] measured, int[] reference) {
            return that(what + " = " + Arrays.toString(measured) + " (want " + Arrays.toString(reference) + ")",
                    Arrays.equals(measured, reference));
        }

        Check check(String id, String title, String label, String measured, String reference, String tol) {
            return new Check(id, title, label, measured, reference, tol, failed.isEmpty(), String.join("; ", failed));
        }
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static double[] uniform(int n, double t) {
        double[] a = new double[n];
        Arrays.fill(a, t);
        return a;
    }

    private static Check tr1Case(String id, String title, String label, DyadCase c, Specification s, double[] a,
            double tolA, double coop, double vinc, double share, double asym, int[] cats) {
        Acc x = new Acc();
        CaseResult r = CaseResult.evaluate(c, s, SOLVER);
        x.near("a*_0", r.equilibrium().action(0), a[0], tolA);
        x.near("a*_1", r.equilibrium().action(1), a[1], tolA);
        x.near("coop", r.cooperationIncrease(), coop, 0.01);
        x.near("vinc", r.valueIncrease(), vinc, 0.01);
        if (!Double.isNaN(share)) {
            x.near("share", r.share(), share, 1e-4);
            x.near("asym", r.asymmetry(), asym, 1e-4);
        }
        x.eq("categories", r.score().categories(), cats);
        return x.check(id, title, label, fmt(r.cooperationIncrease()) + " % / " + r.total(),
                fmt(coop) + " % / " + Arrays.stream(cats).sum(), "coop abs 0.01; a abs " + tolA + "; score exact");
    }

    private static boolean focSmall(CoopetitionGame g, Equilibrium e) {
        for (int i = 0; i < g.actors(); i++) {
            if (!(Math.abs(g.focResidual(i, e.actions())) < 1e-4)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- the checks

    private static List<Supplier<Check>> suppliers() {
        List<Supplier<Check>> l = new ArrayList<>();
        l.add(() -> {
            Acc x = new Acc();
            Interdependence m = new Interdependence(List.of("developer", "platform"), List.of(
                    List.of(Interdependence.dependum("d1", 0.5, 1, 0.90), Interdependence.dependum("d2", 0.3, 1, 0.85),
                            Interdependence.dependum("d3", 0.2, 1, 0.60)),
                    List.of(Interdependence.dependum("d4", 1, 0, 1))));
            double d = m.coefficient(0, 1);
            x.near("D", d, 0.825, 1e-12);
            Interdependence none = new Interdependence(List.of("a", "b"), List.of(
                    List.of(new Interdependence.Dependum("d", 1, java.util.Map.of())),
                    List.of(new Interdependence.Dependum("e", 1, java.util.Map.of()))));
            x.near("D (no links)", none.coefficient(0, 1), 0, 0);
            return x.check("T-01", "interdependence from i* dependencies", "D", fmt(d), "0.825", "abs 1e-12");
        });
        l.add(() -> {
            Acc x = new Acc();
            CoopetitionGame g = CoopetitionGame.dyad(100, 100, 0.5, 0, 0, ValueFunction.log(20), 0.65);
            double[] a = {50, 50};
            x.near("f(50)", g.value(50), 78.63651, 1e-5);
            x.near("γ·g", 0.65 * CoopetitionGame.synergy(a), 32.5, 1e-12);
            double v = g.totalValue(a);
            x.near("V", v, 189.77303, 1e-4);
            return x.check("T-02", "value function, synergy and total value", "D", fmt(v), "189.77303", "abs 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            double g = CoopetitionGame.synergy(new double[] {4, 9});
            x.near("g(4,9)", g, 6, 1e-12);
            x.near("g(0,5)", CoopetitionGame.synergy(new double[] {0, 5}), 0, 0);
            x.near("g(−1,5)", CoopetitionGame.synergy(new double[] {-1, 5}), 0, 0);
            x.near("power f(0)", ValueFunction.power(0.75).value(0), 0, 0);
            return x.check("T-03", "synergy (geometric mean)", "D", fmt(g), "6", "abs 1e-12");
        });
        l.add(() -> {
            Acc x = new Acc();
            Equilibrium p = SOLVER.solve(DyadCase.SLCD.game(Specification.POWER).baseline());
            Equilibrium g = SOLVER.solve(DyadCase.SLCD.game(Specification.LOG).baseline());
            x.near("power a_0", p.action(0), 0.31640625, 1e-5);
            x.near("power a_1", p.action(1), 0.31640625, 1e-5);
            x.near("closed form", SymmetricDyad.baseline(ValueFunction.power(0.75)), 0.31640625, 1e-15);
            x.near("log a_0", g.action(0), 19, 1e-4);
            x.near("log a_1", g.action(1), 19, 1e-4);
            return x.check("T-04", "baselines D = 0, γ = 0", "D, R", fmt(p.action(0)) + " / " + fmt(g.action(0)),
                    "0.31640625 / 19", "abs 1e-5 / 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            double[] ds = {0, 0.5, 0.9};
            double[][] ref = {{0.539775, 0.726025, 0.936021}, {22.880597, 25.446281, 27.933092}};
            Specification[] sp = {Specification.POWER, Specification.LOG};
            double worst = 0;
            for (int s = 0; s < 2; s++) {
                for (int k = 0; k < 3; k++) {
                    double cf = SymmetricDyad.action(sp[s].value(), sp[s].gamma(), ds[k]);
                    x.near(sp[s].value() + " d=" + ds[k] + " closed form", cf, ref[s][k], 1e-6);
                    Equilibrium e = SOLVER.solve(CoopetitionGame.dyad(100, 100, 0.5, ds[k], ds[k], sp[s].value(),
                            sp[s].gamma()));
                    x.near("solver a_0", e.action(0), cf, 1e-4);
                    x.near("solver a_1", e.action(1), cf, 1e-4);
                    worst = Math.max(worst, Math.max(Math.abs(e.action(0) - cf), Math.abs(e.action(1) - cf)));
                }
            }
            return x.check("T-05", "symmetric-dyad closed forms vs solver", "D", "max |Δ| " + fmt(worst), "0",
                    "abs 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            int n = 0;
            List<CoopetitionGame> games = new ArrayList<>();
            for (double d : new double[] {0, 0.5, 0.9}) {
                games.add(CoopetitionGame.dyad(100, 100, 0.5, d, d, ValueFunction.power(0.75), 0.5));
                games.add(CoopetitionGame.dyad(100, 100, 0.5, d, d, ValueFunction.log(20), 0.65));
            }
            for (DyadCase c : List.of(DyadCase.SLCD, DyadCase.SLCD_LEGACY)) {
                games.add(c.game(Specification.POWER));
                games.add(c.game(Specification.LOG));
            }
            double worst = 0;
            for (CoopetitionGame g : games) {
                Equilibrium e = SOLVER.solve(g);
                for (int i = 0; i < 2; i++) {
                    worst = Math.max(worst, Math.abs(g.focResidual(i, e.actions())));
                }
                x.that("FOC residual at " + g, focSmall(g, e));
                n++;
            }
            return x.check("T-06", "FOC residual at " + n + " interior equilibria", "D", fmt(worst), "0", "< 1e-4");
        });
        l.add(() -> tr1Case("T-07", "S-LCD legacy, log", "P, R", DyadCase.SLCD_LEGACY, Specification.LOG,
                new double[] {27.4797, 26.2697}, 1e-3, 41.45, 13.91, Double.NaN, Double.NaN,
                new int[] {10, 15, 13, 10, 10}));
        l.add(() -> tr1Case("T-08", "S-LCD legacy, power", "P, R", DyadCase.SLCD_LEGACY, Specification.POWER,
                new double[] {0.8765, 0.8077}, 1e-4, 166.14, 117.43, Double.NaN, Double.NaN,
                new int[] {10, 7, 9, 10, 10}));
        l.add(() -> tr1Case("T-09", "S-LCD correct orientation, log", "R", DyadCase.SLCD, Specification.LOG,
                new double[] {26.6334, 27.3991}, 1e-3, 42.19, 14.14, 0.5033, 0.0283, new int[] {10, 15, 13, 10, 10}));
        l.add(() -> tr1Case("T-10", "S-LCD correct orientation, power", "R", DyadCase.SLCD, Specification.POWER,
                new double[] {0.8329, 0.8767}, 1e-4, 170.17, 120.09, 0.5001, 0.0512, new int[] {10, 7, 9, 10, 10}));
        l.add(() -> {
            Acc x = new Acc();
            String m = "";
            for (DyadCase c : List.of(DyadCase.SLCD, DyadCase.SLCD_LEGACY)) {
                int lg = CaseResult.evaluate(c, Specification.LOG, SOLVER).total();
                int pw = CaseResult.evaluate(c, Specification.POWER, SOLVER).total();
                x.that(c.name() + ": log " + lg + " power " + pw, lg == 58 && pw == 46);
                m += (m.isEmpty() ? "" : ", ") + lg + "/" + pw;
            }
            return x.check("T-11", "published headline log 58 vs power 46 (both orientations)", "P", m, "58/46, 58/46",
                    "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            Rubric60.Score a = Rubric60.score(true, true, true, true, true, 41.45, true, 13.91, true, true, true,
                    0.5024, true, 0.045);
            Rubric60.Score b = Rubric60.score(true, true, true, true, true, 166.14, true, 117.43, true, true, true,
                    0.5001, true, 0.0817);
            x.eq("log categories", a.categories(), new int[] {10, 15, 13, 10, 10});
            x.eq("power categories", b.categories(), new int[] {10, 7, 9, 10, 10});
            Rubric60.Score e = Rubric60.score(true, true, true, true, true, 15, true, 13.91, true, true, true, 0.50,
                    true, 0.02);
            x.that("coop = 15 boundaries", e.cooperation() == 13);
            x.that("share = 0.50 passes", e.distribution() == 10);
            x.that("asym = 0.02 fails", e.realism() == 6);
            return x.check("T-12", "rubric unit tests and boundaries", "D", a.total() + " / " + b.total(), "58 / 46",
                    "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            int conv = 0;
            for (Specification s : List.of(Specification.POWER, Specification.LOG)) {
                CoopetitionGame g = DyadCase.SLCD.game(s);
                Equilibrium ref = SOLVER.solve(g);
                for (Equilibrium e : Tr1Experiments.convergence(g, 50, SEED, SOLVER)) {
                    conv += e.converged() ? 1 : 0;
                    x.that("end point " + e + " ≠ " + ref, Math.abs(e.action(0) - ref.action(0)) <= 1e-4
                            && Math.abs(e.action(1) - ref.action(1)) <= 1e-4);
                }
            }
            x.that("converged " + conv + "/100", conv == 100);
            return x.check("T-13", "convergence from 50 random starts × 2 specs", "R", conv + "/100", "100/100",
                    "exact; end points abs 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr1Experiments.MonteCarlo c = Tr1Experiments.monteCarlo(DyadCase.SLCD, 500, 0.15, SEED, SOLVER);
            Tr1Experiments.MonteCarlo g = Tr1Experiments.monteCarlo(DyadCase.SLCD_LEGACY, 500, 0.15, SEED, SOLVER);
            double cl = Stats.mean(c.logScores());
            x.near("correct log mean", cl, 56.73, 0.3);
            x.near("correct power mean", Stats.mean(c.powerScores()), 45.41, 0.3);
            x.near("legacy log mean", Stats.mean(g.logScores()), 57.44, 0.3);
            x.near("legacy power mean", Stats.mean(g.powerScores()), 45.30, 0.3);
            for (Tr1Experiments.MonteCarlo m : List.of(c, g)) {
                x.that("log wins " + m.logWins() + " ≥ 495", m.logWins() >= 495);
                x.that("band shares log 100 %, power 0 %", m.logBandShare() == 1 && m.powerBandShare() == 0);
            }
            long pIn = c.trials().stream().filter(t -> t.powerScore() >= 42 && t.powerScore() <= 46).count();
            long lIn = c.trials().stream().filter(t -> t.logScore() >= 54 && t.logScore() <= 58).count();
            x.that("≥ 95 % of power scores in [42, 46]: " + pIn, pIn >= 475);
            x.that("≥ 95 % of log scores in [54, 58]: " + lIn, lIn >= 475);
            return x.check("T-14", "Monte Carlo ±15 %, 500 trials (seed 42)", "P, R", fmt(cl) + " (log wins "
                    + c.logWins() + "/500)", "56.73 (500/500)", "mean ± 0.3; wins ≥ 495");
        });
        l.add(() -> {
            Acc x = new Acc();
            Stats.Paired c = Tr1Experiments.monteCarlo(DyadCase.SLCD, 500, 0.05, SEED, SOLVER).paired();
            x.near("mean diff", c.meanDiff(), 11.90, 0.3);
            x.that("Cohen's d " + c.cohensD() + " > 9", c.cohensD() > 9);
            x.that("p " + c.p() + " < 0.001", c.p() < 0.001);
            Tr1Experiments.MonteCarlo g = Tr1Experiments.monteCarlo(DyadCase.SLCD_LEGACY, 500, 0.05, SEED, SOLVER);
            x.that("legacy: every trial 46 vs 58", g.trials().stream().allMatch(t -> t.powerScore() == 46
                    && t.logScore() == 58));
            Stats.Paired lp = g.paired();
            x.that("legacy SD(diff) = 0, d undefined", lp.sdDiff() == 0 && Double.isNaN(lp.cohensD()));
            return x.check("T-15", "significance ±5 %, 500 trials (seed 42)", "P, R", fmt(c.meanDiff()) + " (d "
                    + fmt(c.cohensD()) + ")", "11.90 (d 19.44)", "mean ± 0.3; d > 9; p < 0.001");
        });
        l.add(() -> {
            Acc x = new Acc();
            int[][] ref = {{46, 58}, {38, 56}, {41, 54}, {49, 58}, {39, 51}};
            List<DyadCase> cases = DyadCase.fiveCases();
            StringBuilder m = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                int p = CaseResult.evaluate(cases.get(k), Specification.POWER, SOLVER).total();
                int lg = CaseResult.evaluate(cases.get(k), Specification.LOG, SOLVER).total();
                int tol = k == 1 || k == 2 ? 4 : 0;
                x.that(cases.get(k).name() + " (" + p + ", " + lg + ")", Math.abs(p - ref[k][0]) <= tol
                        && Math.abs(lg - ref[k][1]) <= tol && lg >= p);
                m.append(k == 0 ? "" : " ").append(p).append('/').append(lg);
            }
            return x.check("T-16", "five-case table (power/log)", "R", m.toString(), "46/58 38/56 41/54 49/58 39/51",
                    "exact; ±4 symmetric");
        });
        l.add(() -> {
            Acc x = new Acc();
            int[] p = Tr1Experiments.dSensitivity(Specification.POWER, Tr1Experiments.dGrid(), SOLVER);
            int[] g = Tr1Experiments.dSensitivity(Specification.LOG, Tr1Experiments.dGrid(), SOLVER);
            x.eq("power", p, new int[] {49, 49, 42, 42, 46, 46, 46, 46});
            x.eq("log", g, new int[] {58, 58, 54, 54, 58, 58, 58, 58});
            return x.check("T-17", "D sensitivity (power | log)", "R", join(p) + " | " + join(g),
                    "49 49 42 42 46 46 46 46 | 58 58 54 54 58 58 58 58", "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            int[] p = Tr1Experiments.gammaSensitivity(DyadCase.SLCD, ValueFunction.power(0.75),
                    Tr1Experiments.gammaGrid(), SOLVER);
            int[] g = Tr1Experiments.gammaSensitivity(DyadCase.SLCD, ValueFunction.log(20), Tr1Experiments.gammaGrid(),
                    SOLVER);
            x.eq("power", p, new int[] {54, 60, 54, 49, 46, 46, 46, 46, 46, 46});
            x.eq("log", g, new int[] {42, 44, 49, 49, 53, 58, 60, 60, 57, 55});
            return x.check("T-18", "γ sensitivity (power | log)", "R", join(p) + " | " + join(g),
                    "54 60 54 49 46 46 46 46 46 46 | 42 44 49 49 53 58 60 60 57 55", "exact");
        });
        tr3(l);
        tr2(l);
        l.add(() -> {
            Acc x = new Acc();
            double m1 = CoopetitionMaps.byId("1", WelfareMode.SUMMED).cell().at(0.9, 5);
            double m2 = CoopetitionMaps.byId("2", WelfareMode.SUMMED).cell().at(0.55, 4);
            double m8 = CoopetitionMaps.byId("8-log", WelfareMode.SUMMED).cell().at(0.65, 0.5);
            x.near("map 1 cell", m1, 3.6160, 1e-4);
            x.near("map 2 cell", m2, 15.04, 0.005);
            x.near("map 8 cell", m8, 100 * (25.446281 - 19) / 19, 0.01);
            x.near("map 8 vs closed form", m8, SymmetricDyad.cooperationIncrease(ValueFunction.log(20), 0.65, 0.5),
                    0.01);
            return x.check("T-43", "map / closed-form consistency (maps 1, 2, 8)", "D", fmt(m1) + " / " + fmt(m2)
                    + " / " + fmt(m8), "3.6160 / 15.04 / 33.93", "abs 1e-4 / 0.005 / 0.01");
        });
        return l;
    }

    private static String join(int[] v) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < v.length; k++) {
            b.append(k == 0 ? "" : " ").append(v[k]);
        }
        return b.toString();
    }

    private static void tr3(List<Supplier<Check>> l) {
        TeamModel centre = TeamModel.of(20, 0.5, 2.5);
        Supplier<Tr3Sweep.Result> summed = memo(() -> Tr3Sweep.run(centre));
        l.add(() -> {
            Acc x = new Acc();
            TeamModel d = TeamModel.codeDefaults();
            double f = d.freeRidingEffort(5);
            double s = TeamEquilibrium.solve(d, uniform(5, 0)).mean();
            x.near("a*_FR (ω 25, β 0.7, c 1, n 5)", f, 13.0194, 1e-4);
            x.rel("solver mean", s, f, 1e-6);
            x.near("grid centre a*_FR", centre.freeRidingEffort(5), 0.1280, 1e-4);
            x.rel("team total", d.freeRidingTotal(5), 5 * f, 1e-9);
            return x.check("T-19", "free-riding formula vs solver", "D, R", fmt(f) + " / " + fmt(s), "13.0194",
                    "rel 1e-6");
        });
        l.add(() -> {
            Acc x = new Acc();
            double[] th = {0, 0.3, 0.5, 0.7, 0.9};
            double[] s = {0.1280, 0.5938, 1.1976, 2.1530, 3.6160};
            double[] a = {0.1280, 0.2377, 0.3472, 0.4991, 0.7106};
            for (int k = 0; k < 5; k++) {
                x.near("summed θ=" + th[k], centre.effort(th[k], 5), s[k], 1e-4);
                x.near("averaged θ=" + th[k], centre.withMode(WelfareMode.AVERAGED).effort(th[k], 5), a[k], 1e-4);
            }
            return x.check("T-20", "grid-centre θ series (summed | averaged at θ = 0.9)", "R, D",
                    fmt(centre.effort(0.9, 5)) + " | " + fmt(centre.withMode(WelfareMode.AVERAGED).effort(0.9, 5)),
                    "3.6160 | 0.7106", "abs 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            TeamModel d = TeamModel.codeDefaults();
            TeamModel a = d.withMode(WelfareMode.AVERAGED);
            x.near("summed θ 0.1", d.effort(0.1, 5), 36.358, 1e-3);
            x.near("summed θ 0.3", d.effort(0.3, 5), 50, 1e-3);
            x.near("averaged θ 0.3", a.effort(0.3, 5), 36.519, 1e-3);
            x.near("averaged θ 0.5", a.effort(0.5, 5), 50, 1e-3);
            return x.check("T-21", "code-defaults regime", "D", fmt(d.effort(0.1, 5)), "36.358", "abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            int n = 0;
            double worst = 0;
            for (double w : Tr3Sweep.OMEGA) {
                for (double b : new double[] {0.4, 0.6}) {
                    for (double c : new double[] {1.5, 3.5}) {
                        for (int size : Tr3Sweep.SIZE) {
                            for (double t : Tr3Sweep.LOYALTY) {
                                TeamModel m = TeamModel.of(w, b, c);
                                double cf = m.effort(t, size);
                                TeamEquilibrium e = TeamEquilibrium.gaussSeidel(m, uniform(size, t),
                                        TeamEquilibrium.indexOrder(size), 25, 1e-12, 1000);
                                x.that("converged", e.converged());
                                x.rel(m + " n " + size + " θ " + t, e.mean(), cf, 1e-9);
                                worst = Math.max(worst, Math.abs(e.mean() - cf) / cf);
                                n++;
                            }
                        }
                    }
                }
            }
            return x.check("T-22", "closed form = exact-BR Gauss–Seidel (" + n + " configurations)", "D",
                    "max rel " + fmt(worst), "0", "rel 1e-9");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            long g4 = r.rows().stream().map(w -> List.of(w.omega(), w.beta(), w.cost(), (double) w.n())).distinct()
                    .count();
            long g3 = r.rows().stream().map(w -> List.of(w.omega(), w.beta(), w.cost())).distinct().count();
            x.that("3,125 configurations", r.configurations() == 3125);
            x.that("625 groups", g4 == 625);
            x.that("125 groups", g3 == 125);
            return x.check("T-23", "sweep size", "P", r.configurations() + " / " + g4 + " / " + g3, "3125 / 625 / 125",
                    "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            List<Tr3Sweep.Row> miss = r.rows().stream().filter(w -> w.freeRidingError() >= 0.05).toList();
            List<Tr3Sweep.Row> below = r.rows().stream().filter(w -> w.theta() == 0 && w.freeRiding() < 0.01).toList();
            List<Tr3Sweep.Row> pass = below.stream().filter(w -> w.freeRidingError() < 0.05).toList();
            x.that("3,015 passes", r.freeRidingPass() == 3015);
            x.that("110 misses all below the floor", miss.size() == 110 && miss.stream()
                    .allMatch(w -> w.freeRiding() < 0.01));
            x.that("23 cells below the floor", below.size() == 23);
            x.that("one of them passes at 0.00959", pass.size() == 1
                    && Math.abs(pass.get(0).freeRiding() - 0.00959) < 5e-6);
            return x.check("T-24", "target 1, free riding", "P, R", r.freeRidingPass() + "/3125 = "
                    + fmt(100 * r.freeRidingShare()) + " %", "3015/3125 = 96.48 %", "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            x.that("625 monotone", r.monotoneGroups() == 625);
            return x.check("T-25", "target 2, monotonicity", "P", r.monotoneGroups() + "/625", "625/625", "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            x.that("625 ratios > 2", r.differentiationPass() == 625);
            x.near("median", r.differentiationMedian(), 15.036, 1e-3);
            x.near("mean", Stats.mean(r.differentiation()), 18.386, 1e-2);
            x.near("min", Stats.min(r.differentiation()), 2.997, 1e-2);
            x.near("max", Stats.max(r.differentiation()), 60.035, 1e-2);
            return x.check("T-26", "target 3, differentiation median", "P, R", fmt(r.differentiationMedian()),
                    "15.036", "abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            double[][] t = {{5.55, 7.64, 9.69, 11.66, 15.33}, {6.48, 9.19, 11.91, 14.58, 19.65},
                {7.81, 11.47, 15.26, 19.06, 26.47}, {9.82, 15.04, 20.65, 26.45, 38.09},
                {13.06, 21.10, 30.15, 39.83, 60.03}};
            double worst = 0;
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    double r = CoopetitionMaps.differentiation(centre, Tr3Sweep.BETA[i], Tr3Sweep.SIZE[j]);
                    double other = CoopetitionMaps.differentiation(TeamModel.of(30, 0.5, 1.5), Tr3Sweep.BETA[i],
                            Tr3Sweep.SIZE[j]);
                    x.near("β " + Tr3Sweep.BETA[i] + " n " + Tr3Sweep.SIZE[j], r, t[i][j], 0.005);
                    x.rel("independent of ω, c", other, r, 1e-12);
                    worst = Math.max(worst, Math.abs(r - t[i][j]));
                }
            }
            return x.check("T-27", "differentiation table by (β, n)", "D", "max |Δ| " + fmt(worst), "0", "abs 0.005");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            x.that("125 non-increasing", r.teamSizeGroups() == 125);
            return x.check("T-28", "target 4, team size", "P", r.teamSizeGroups() + "/125", "125/125", "exact");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            x.that("3,110 rows > 1.1", r.synergyPass() == 3110);
            x.near("median", r.synergyMedian(), 1.5664, 1e-3);
            x.near("grid centre", Tr3Sweep.synergy(centre, 0.7, 5), 1.5664, 1e-3);
            return x.check("T-29", "target 5, mechanism synergy", "P, R", r.synergyPass() + "/3125, median "
                    + fmt(r.synergyMedian()), "3110/3125, median 1.5664", "exact; abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result r = summed.get();
            x.that("3,125 bounded", r.boundedRows() == 3125);
            x.that("27 at the cap, 23 at the floor", r.atCap() == 27 && r.atFloor() == 23);
            x.near("mean", Stats.mean(r.efforts()), 3.555, 1e-3);
            x.near("SD", Stats.populationSd(r.efforts()), 7.308, 1e-3);
            return x.check("T-30", "target 6, bounded outcomes (mean effort)", "P", r.boundedRows() + "/3125, mean "
                    + fmt(Stats.mean(r.efforts())), "3125/3125, mean 3.555", "exact; abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            Stats.Paired p = summed.get().paired();
            x.near("mean diff", p.meanDiff(), 7.707, 1e-3);
            x.near("t", p.t(), 17.86, 0.01);
            x.near("Cohen's d", p.cohensD(), 0.7148, 1e-3);
            x.that("p " + p.p() + " < 0.001", p.p() < 0.001);
            return x.check("T-31", "paired test E(0.9) vs E(0), Cohen's d", "P, R", fmt(p.cohensD()), "0.7148",
                    "abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            int[] ns = {3, 4, 5, 6, 8};
            double[] ref = {6.6205, 4.6846, 3.6160, 2.9413, 2.1393};
            for (int k = 0; k < 5; k++) {
                x.near("n " + ns[k], centre.unclippedEffort(0.9, ns[k]), ref[k], 1e-4);
                if (k > 0) {
                    x.that("decreasing", centre.unclippedEffort(0.9, ns[k]) < centre.unclippedEffort(0.9, ns[k - 1]));
                }
            }
            return x.check("T-32", "team-size structure at θ = 0.9 (n = 3)", "D", fmt(centre.unclippedEffort(0.9, 3)),
                    "6.6205", "abs 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            Tr3Sweep.Result a = Tr3Sweep.run(centre.withMode(WelfareMode.AVERAGED));
            x.near("median", a.differentiationMedian(), 4.478, 1e-3);
            x.near("min", Stats.min(a.differentiation()), 2.036, 1e-3);
            x.near("max", Stats.max(a.differentiation()), 6.515, 1e-3);
            x.near("synergy median", a.synergyMedian(), 1.424, 1e-3);
            x.near("Cohen's d", a.paired().cohensD(), 0.440, 1e-3);
            x.that("targets 1/2/4/5/6 pass rates unchanged", Math.abs(a.freeRidingShare() - 0.965) < 5e-4
                    && a.monotoneGroups() == 625 && a.teamSizeGroups() == 125
                    && Math.abs(a.synergyShare() - 0.995) < 5e-4 && a.boundedRows() == 3125);
            x.that("summed run differs", Math.abs(summed.get().differentiationMedian() - 4.478) > 1);
            return x.check("T-33", "variant tripwire: AVERAGED differentiation median", "R",
                    fmt(a.differentiationMedian()), "4.478", "abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            double[] p = ApacheCase.solve(WelfareMode.SUMMED).stream().mapToDouble(ApacheCase.PhaseResult::meanEffort)
                    .toArray();
            double[] ref = {50.000, 35.928, 14.532, 11.470};
            for (int k = 0; k < 4; k++) {
                x.near("phase " + k, p[k], ref[k], 1e-3);
            }
            int s = Arrays.stream(ApacheCase.score(p)).sum();
            x.eq("rubric", ApacheCase.score(p), new int[] {15, 15, 15, 15});
            return x.check("T-34", "Apache, summed: rubric", "P, R", s + "/60", "60/60", "exact; efforts abs 1e-3");
        });
        l.add(() -> {
            Acc x = new Acc();
            double[] p = ApacheCase.solve(WelfareMode.AVERAGED).stream()
                    .mapToDouble(ApacheCase.PhaseResult::meanEffort).toArray();
            x.near("formation", p[0], 9.666, 1e-3);
            x.rel("growth", p[1], 0.0963, 1e-2);
            x.rel("maturation", p[2], 0.0111, 1e-2);
            x.rel("evolution", p[3], 0.0147, 1e-2);
            x.eq("rubric", ApacheCase.score(p), new int[] {12, 12, 11, 10});
            return x.check("T-35", "Apache, averaged: rubric", "R", Arrays.stream(ApacheCase.score(p)).sum() + "/60",
                    "45/60", "exact; efforts abs 1e-3 / rel 1e-2");
        });
        l.add(() -> {
            Acc x = new Acc();
            double worst = 0;
            for (WelfareMode mode : WelfareMode.values()) {
                TeamModel m = ApacheCase.model(mode);
                for (ApacheCase.Phase ph : ApacheCase.PHASES) {
                    double[] t = ApacheCase.loyalty(ph);
                    int[] rev = new int[t.length];
                    for (int k = 0; k < t.length; k++) {
                        rev[k] = t.length - 1 - k;
                    }
                    double f = TeamEquilibrium.solve(m, t).total();
                    double r = TeamEquilibrium.gaussSeidel(m, t, rev, 25, 1e-12, 1000).total();
                    x.near(mode + " " + ph.name(), r, f, 1e-9);
                    worst = Math.max(worst, Math.abs(r - f));
                }
            }
            return x.check("T-36", "Apache order invariance of the team total", "D", "max |Δ| " + fmt(worst), "0",
                    "abs 1e-9");
        });
        l.add(() -> {
            Acc x = new Acc();
            double c = Cohesion.of(ApacheCase.FOUNDER_WEIGHTS, ApacheCase.FOUNDER_LOYALTY);
            x.near("founders", c, 0.8124, 1e-4);
            List<ApacheCase.PhaseResult> r = ApacheCase.solve(WelfareMode.SUMMED);
            double[] cc = {0.812, 0.686, 0.563, 0.484};
            double[] ml = {0.795, 0.678, 0.556, 0.480};
            for (int k = 0; k < 4; k++) {
                x.near("cohesion " + k, r.get(k).cohesion(), cc[k], 1e-3);
                x.near("mean loyalty " + k, r.get(k).meanLoyalty(), ml[k], 1e-3);
            }
            x.near("all-zero weights", Cohesion.of(new double[] {0, 0}, new double[] {0.3, 0.4}), 0, 0);
            return x.check("T-37", "cohesion (founders)", "R, D", fmt(c), "0.8124", "abs 1e-4");
        });
        l.add(() -> {
            Acc x = new Acc();
            int s = Arrays.stream(ApacheCase.score(new double[] {50, 35.93, 14.53, 11.47})).sum();
            x.that("60", s == 60);
            x.eq("averaged", ApacheCase.score(new double[] {9.67, 0.096, 0.011, 0.015}), new int[] {12, 12, 11, 10});
            return x.check("T-38", "Apache rubric unit tests", "D", s + " / " + join(ApacheCase.score(
                    new double[] {9.67, 0.096, 0.011, 0.015})), "60 / 12 12 11 10", "exact");
        });
    }

    private static void tr2(List<Supplier<Check>> l) {
        TrustUpdater u = TrustUpdater.DEFAULTS;
        l.add(() -> {
            Acc x = new Acc();
            TrustUpdater.State s = u.step(TrustUpdater.State.INITIAL, 1, 0);
            x.near("T", s.trust(), 0.538080, 1e-6);
            x.near("R", s.damage(), 0, 1e-6);
            return x.check("T-39", "positive signal", "D", fmt(s.trust()), "0.538080", "abs 1e-6");
        });
        l.add(() -> {
            Acc x = new Acc();
            TrustUpdater.State s = u.step(TrustUpdater.State.INITIAL, -1, 0.5);
            x.near("T", s.trust(), 0.357201, 1e-6);
            x.near("R", s.damage(), 0.456956, 1e-6);
            return x.check("T-40", "violation (T, R)", "D", fmt(s.trust()) + ", " + fmt(s.damage()),
                    "0.357201, 0.456956", "abs 1e-6");
        });
        l.add(() -> {
            Acc x = new Acc();
            TrustUpdater.State s = u.step(u.step(TrustUpdater.State.INITIAL, -1, 0.5), 1, 0.5);
            x.near("T", s.trust(), 0.371355, 1e-6);
            x.near("R", s.damage(), 0.443248, 1e-6);
            org.gtlab.math.Rng rng = org.gtlab.math.Rng.of(SEED);
            TrustUpdater.State y = TrustUpdater.State.INITIAL;
            boolean ok = true;
            for (int k = 0; k < 2000; k++) {
                double dev = 6 * rng.nextDouble() - 3;
                TrustUpdater.State next = u.step(y, dev, rng.nextDouble());
                if (dev > 0 && y.trust() <= y.ceiling()) {
                    ok &= next.trust() <= 1 - y.damage() + 1e-15;
                }
                y = next;
            }
            x.that("T ≤ 1 − R_prev after positive steps", ok);
            return x.check("T-41", "hysteresis (T, R)", "D", fmt(s.trust()) + ", " + fmt(s.damage()),
                    "0.371355, 0.443248", "abs 1e-6");
        });
        l.add(() -> {
            Acc x = new Acc();
            double minRatio = Double.POSITIVE_INFINITY;
            for (double m : new double[] {0.01, 0.1, 0.5, 1, 2, 5}) {
                for (double d : new double[] {0, 0.3, 1}) {
                    double up = u.step(TrustUpdater.State.INITIAL, m, d).trust() - 0.5;
                    double down = 0.5 - u.step(TrustUpdater.State.INITIAL, -m, d).trust();
                    x.that("|ΔT−| > ΔT+ at x " + m + ", D " + d, down > up);
                    minRatio = Math.min(minRatio, down / up);
                }
            }
            x.that("ratio ≥ 3", minRatio >= 3 - 1e-12);
            return x.check("T-42", "negativity bias (smallest |ΔT−|/ΔT+)", "D", fmt(minRatio), "3", "≥ 3");
        });
    }

    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
