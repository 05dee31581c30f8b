package org.gtlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gtlab.learn.Steps;
import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.CounterExampleGame;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;
import org.gtlab.game.TeamRpsGame;
import org.gtlab.learn.team.FictitiousCrossPlay;
import org.gtlab.learn.team.FictitiousSelfPlay;
import org.gtlab.learn.team.MetaSolvers;
import org.gtlab.learn.team.SeedOutcomes;
import org.gtlab.learn.team.NoRegretSelfPlay;
import org.gtlab.learn.team.Psro;
import org.gtlab.learn.team.SelfPlay;
import org.gtlab.learn.team.SelfPlayProfile;
import org.gtlab.learn.team.SoftBestResponseOracle;
import org.gtlab.learn.team.TeamLearner;
import org.gtlab.learn.team.TeamLearnerState;

/**
 * Speed harness for the team lab (not a unit test). Targets from issue 6: exact team BR in SAD
 * (28,561 joint actions) ≤ 20 ms; a full FXP run on SAD (m = 10) ≤ 2 s; the reproduction of the three
 * figures ≤ 30 s. Prints wall-clock medians and the main thread's CPU time (more reliable on a loaded
 * machine). Run: {@code java -cp target/classes:target/test-classes:<commons-math3.jar> org.gtlab.bench.TeamBench}.
 */
public final class TeamBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private TeamBench() {
    }

    private static double[] time(int reps, Runnable r) {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        for (int i = 0; i < reps; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[reps / 2], cpu[reps / 2], wall[0]};
    }

    private static void report(String what, double[] t, double target) {
        System.out.printf(Locale.ROOT, "%-58s median %9.3f ms (cpu %9.3f ms, best %9.3f ms)%s%n", what, t[0], t[1], t[2],
                target > 0 ? String.format(Locale.ROOT, "  target ≤ %.0f ms: %s", target, t[0] <= target ? "OK" : "MISSED") : "");
    }

    private static <S extends TeamLearnerState> Runnable run(Supplier<TeamLearner<S>> l) {
        return () -> {
            TeamLearner<S> x = l.get();
            Steps.toEnd(x);
        };
    }

    public static void main(String[] args) {
        SeekAttackDefendGame sad = SeekAttackDefendGame.standard();
        TeamPolicy u = TeamPolicy.uniform(4, 13);
        // warm-up
        for (int i = 0; i < 200; i++) {
            TeamEvaluation.bestResponse(sad, TeamPolicy.uniform(4, 13));
        }
        report("exact team BR, SAD, fresh uniform policy (incl. joint dist.)",
                time(200, () -> TeamEvaluation.bestResponse(sad, TeamPolicy.uniform(4, 13))), 20);
        double[] q = u.jointDistribution();
        report("exact team BR, SAD, given joint distribution", time(200, () -> TeamEvaluation.bestResponse(sad, q)), 20);

        FictitiousCrossPlay fxp = FictitiousCrossPlay.standard(sad);
        time(2, run(() -> fxp));
        report("FXP on SAD (m = 10, LP, main tracked)", time(5, run(() -> fxp)), 2000);
        report("FXP on SAD (m = 10, LP, main not tracked)", time(5, run(() -> fxp.withMainTracking(false))), 2000);
        report("FXP on SAD (m = 10, FP-999, paper-faithful)", time(5, run(() -> FictitiousCrossPlay.paperFaithful(sad))), 2000);

        TeamGame ex = CounterExampleGame.standard();
        TeamGame rps = TeamRpsGame.standard();
        List<Supplier<TeamLearner<?>>> figures = new ArrayList<>();
        for (TeamGame g : List.of(ex, sad)) {
            figures.add(() -> new SelfPlay(g, SoftBestResponseOracle.standard(0), SelfPlayProfile.REPEAT_QUIRK));
            figures.add(() -> new FictitiousSelfPlay(g, Double.NaN, FictitiousSelfPlay.Averaging.FIRST_20,
                    SoftBestResponseOracle.standard(0)));
            figures.add(() -> new FictitiousSelfPlay(g, 0.99, FictitiousSelfPlay.Averaging.FIRST_20,
                    SoftBestResponseOracle.standard(0)));
            for (NoRegretSelfPlay.Rule r : NoRegretSelfPlay.Rule.values()) {
                figures.add(() -> new NoRegretSelfPlay(g, r, r.defaultLr(), SelfPlayProfile.REPEAT_QUIRK, 1000));
            }
            figures.add(() -> FictitiousCrossPlay.paperFaithful(g));
            figures.add(() -> FictitiousCrossPlay.paperFaithful(g).withReset(true));
            figures.add(() -> Psro.withSolver(g, MetaSolvers.fictitiousPlay(999), Psro.Oracle.DAMPED, true, 12));
            figures.add(() -> Psro.withSolver(g, MetaSolvers.fictitiousPlay(999), Psro.Oracle.DAMPED, false, 20));
            figures.add(() -> Psro.withSolver(g, MetaSolvers.uniform(), Psro.Oracle.DAMPED, true, 20));
            figures.add(() -> Psro.withSolver(g, MetaSolvers.uniform(), Psro.Oracle.DAMPED, false, 20));
            figures.add(() -> Psro.onlineDoubleOracle(g, 1, Psro.Oracle.DAMPED, true, 12));
            figures.add(() -> Psro.onlineDoubleOracle(g, 1, Psro.Oracle.DAMPED, false, 20));
        }
        figures.add(() -> new SelfPlay(rps, SoftBestResponseOracle.standard(0), SelfPlayProfile.REPEAT_QUIRK));
        figures.add(() -> new FictitiousSelfPlay(rps, 0.99, FictitiousSelfPlay.Averaging.FIRST_20,
                SoftBestResponseOracle.standard(0)));
        figures.add(() -> Psro.withSolver(rps, MetaSolvers.uniform(), Psro.Oracle.DAMPED, true, 20));
        figures.add(() -> Psro.withSolver(rps, MetaSolvers.uniform(), Psro.Oracle.DAMPED, false, 20));
        figures.add(() -> FictitiousCrossPlay.paperFaithful(rps));
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Supplier<TeamLearner<?>> f : figures) {
            runAny(f.get());
        }
        System.out.printf(Locale.ROOT, "%-58s %9.3f s (cpu %.3f s, %d runs, one thread)  target ≤ 30 s%n",
                "reproduction of the three figures (paper-faithful)", (System.nanoTime() - t0) / 1e9,
                (CPU.getCurrentThreadCpuTime() - c0) / 1e9, figures.size());

        SeedOutcomes ms = SeedOutcomes.standard();
        for (int n : new int[] {2, 3, 4, 5}) {
            CounterExampleGame g = new CounterExampleGame(n, 1.5, 0.1);
            SeedOutcomes.Summary a = Steps.seeds(ms, SeedOutcomes.Init.RAND, new SelfPlay(g), 100);
            SeedOutcomes.Summary b = Steps.seeds(ms, SeedOutcomes.Init.RAND, new SelfPlay(g, SoftBestResponseOracle.standard(0), SelfPlayProfile.REPEAT_QUIRK), 100);
            SeedOutcomes.Summary c = Steps.seeds(ms, SeedOutcomes.Init.RAND, FictitiousCrossPlay.standard(g).withMainTracking(false), 100);
            System.out.printf(Locale.ROOT, "N = %d, 100 seeds: SP global %.2f / local %.2f; np.repeat SP global %.2f / local %.2f;"
                    + " FXP global %.2f [%.3f, %.3f]%n", n, a.global().rate(), a.local().rate(), b.global().rate(),
                    b.local().rate(), c.global().rate(), c.global().lower(), c.global().upper());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void runAny(TeamLearner l) {
        Steps.toEnd(l);
    }
}
