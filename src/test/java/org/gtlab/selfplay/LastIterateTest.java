package org.gtlab.selfplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;

/**
 * Why the average and not the last iterate (spec §3.5, optional last-iterate variants): on a
 * preference game with an interior von Neumann winner, plain Hedge's last iterate drifts away
 * (KL(x* ‖ x_t) never decreases, spec §3.7), while optimistic Hedge and extragradient converge in
 * the last iterate (Daskalakis &amp; Panageas 2019; Mertikopoulos et al. 2019). Deterministic modes,
 * fixed start (0.6, 0.3, 0.1), η = 1, 5000 steps. Measured: plain KL 0.157 → 5.11; optimistic
 * and extragradient KL below 1e-15, gap below 1e-9.
 */
class LastIterateTest {

    private static final double[] START = {0.6, 0.3, 0.1};

    private static HedgeSelfPlay.State run(Preference p, HedgeSelfPlay.Mode m, double eta, int steps, double[] kl) {
        HedgeSelfPlay h = new HedgeSelfPlay(p, m, eta, 1, true, START);
        double[] w = p.winner();
        HedgeSelfPlay.State s = h.start(0);
        for (int t = 0; t < steps; t++) {
            s = h.step(s);
            kl[t] = HedgeSelfPlay.klFrom(w, s);
        }
        return s;
    }

    @Test
    void optimisticAndExtragradientConvergeInTheLastIterateWherePlainHedgeDrifts() {
        for (Preference p : List.of(Preference.threeRaters(), Preference.cycle(0.8))) {
            double[] w = p.winner();
            double kl0 = HedgeSelfPlay.klFrom(w, new HedgeSelfPlay(p, HedgeSelfPlay.Mode.EXACT, 1, 1, true, START)
                    .start(0));
            int steps = 5000;
            double[] plain = new double[steps];
            HedgeSelfPlay.State h = run(p, HedgeSelfPlay.Mode.EXACT, 1, steps, plain);
            double prev = kl0;
            for (double k : plain) {
                assertTrue(k >= prev - 1e-12, "plain Hedge KL decreased: " + prev + " -> " + k);
                prev = k;
            }
            assertTrue(plain[steps - 1] > 1, "plain Hedge drifts: KL " + plain[steps - 1]);
            assertTrue(p.gap(h.x()) > 0.05, "plain Hedge's last iterate is far from the winner: " + p.gap(h.x()));
            for (HedgeSelfPlay.Mode m : List.of(HedgeSelfPlay.Mode.OPTIMISTIC, HedgeSelfPlay.Mode.EXTRAGRADIENT)) {
                double[] kl = new double[steps];
                HedgeSelfPlay.State s = run(p, m, 1, steps, kl);
                assertTrue(kl[steps - 1] < 1e-12, m + " KL " + kl[steps - 1]);
                assertTrue(p.gap(s.x()) < 1e-6, m + " last-iterate gap " + p.gap(s.x()));
                for (int i = 0; i < w.length; i++) {
                    assertEquals(w[i], s.x()[i], 1e-6, m + " x_" + (i + 1));
                }
                assertTrue(kl[999] < kl0, m + " is already closer after 1000 steps: " + kl[999]);
            }
        }
    }

    @Test
    void aSmallerStepConvergesMoreSlowlyButStillInTheLastIterate() {
        Preference p = Preference.threeRaters();
        double[] kl = new double[10_000];
        run(p, HedgeSelfPlay.Mode.OPTIMISTIC, 0.5, kl.length, kl);
        assertTrue(kl[kl.length - 1] < 1e-6, "optimistic η = 0.5: " + kl[kl.length - 1]);
        assertTrue(kl[999] > kl[kl.length - 1]);
    }

    @Test
    void thePresetsRunThroughThePipelineAndReportTheLastIterate() {
        GameSpec three = GameSpec.of("three-raters", GameCatalog.get("three-raters").game());
        var f = StandardMethods.catalog().forGame("sppo", three);
        for (String preset : List.of("optimistic", "extragradient")) {
            RunSpec spec = RunSpec.of(f, f.preset(preset).settings(), three, 1, new Limits(3000, 3000, 0));
            Snapshot[] last = new Snapshot[1];
            RunHandle r = RunExecutor.synchronous().start(spec, new org.gtlab.run.RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    last[0] = s;
                }
            });
            assertEquals(RunStatus.COMPLETED, r.status());
            assertTrue(last[0].metric("kl_last") < 1e-9, preset + " " + last[0].metric("kl_last"));
            assertTrue(last[0].metric("gap_last") < 1e-5, preset + " " + last[0].metric("gap_last"));
            assertEquals(0.5, last[0].metric("x_p1_1"), 1e-5);
        }
        RunSpec plain = RunSpec.of(f, Map.of("eta", "1"), three, 1, new Limits(3000, 3000, 0));
        Snapshot[] last = new Snapshot[1];
        RunExecutor.synchronous().start(plain, new org.gtlab.run.RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                last[0] = s;
            }
        });
        assertTrue(last[0].metric("kl_last") > 1, "plain Hedge drifts: " + last[0].metric("kl_last"));
    }
}
