package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.PhaseDiagram;
import org.junit.jupiter.api.Test;

/**
 * Ashlock fingerprints against Tit For Tat's analytic fingerprint.
 *
 * <p><b>Derivation</b> (PD with R = 3, S = 0, T = 5, P = 1; TFT = A in seat 1, probe in seat 2).
 * Write a_t, b_t for the moves of TFT and of the probe. TFT copies: a_{t+1} = b_t. For x + y ≤ 1
 * the probe JA(TFT, x, y) plays C with probability x, D with probability y, else copies TFT's last
 * move a_t = b_{t−1}; so P(b_{t+1} = C) = x + (1 − x − y)·P(b_{t−1} = C), whose fixed point is
 * p = x / (x + y). For x + y &gt; 1 the probe is JA(Psycho TFT, 1 − y, 1 − x), Psycho playing the
 * opposite of TFT's last move: P(b_{t+1} = C) = (1 − y) + (x + y − 1)(1 − P(b_{t−1} = C)), with the
 * same fixed point p = x / (x + y). In both halves b_{t+1} depends on b_{t−1} only (the even and
 * odd rounds are two independent chains driven by independent draws), so in the stationary limit
 * b_t and b_{t+1} are independent, each C with probability p. TFT's payoff in round t + 1 is
 * u(a_{t+1}, b_{t+1}) = u(b_t, b_{t+1}), hence
 * <pre>
 *   F_TFT(x, y) = R p² + S p(1 − p) + T (1 − p) p + P (1 − p)² = −p² + 3p + 1
 *              = (3x² + 5xy + y²) / (x + y)²,   p = x / (x + y),
 * </pre>
 * constant along rays from the origin. Checked points: (0.3, 0.1): p = 3/4, F = 2.6875;
 * (0.5, 0.5): p = 1/2, F = 2.25; (0.2, 0.5): p = 2/7, F = 1.77551…; (0.7, 0.6): p = 7/13,
 * F = 2.32544…. Exact finite-game points: at (1, 1) the probe is Psycho TFT and the play cycles
 * (C,D), (D,D), (D,C), (C,C) — TFT scores 0, 1, 5, 3 — so 200 turns give exactly 2.25; at (1, 0) the
 * probe always cooperates: exactly 3.
 *
 * <p>Tolerance: 0.06 for 200 matches × 200 turns (about four standard errors of the per-turn mean
 * — measured spread ≈ 0.015 — plus the O(1/turns) opening transient).
 */
class FingerprintTest {

    private static final StageGame PD = StageGame.from(GameCatalog.get("prisoners-dilemma").game());
    private static final Strategy TFT = Strategies.get("tit-for-tat");

    static double analytic(double x, double y) {
        double p = x / (x + y);
        return -p * p + 3 * p + 1;
    }

    @Test
    void titForTatMatchesItsAnalyticFingerprint() {
        RepeatedGame g = RepeatedGame.fixed(PD, 200);
        double[][] points = {{0.3, 0.1}, {0.5, 0.5}, {0.2, 0.5}, {0.7, 0.6}};
        for (double[] pt : points) {
            double v = Fingerprint.value(g, TFT, TFT, pt[0], pt[1], 200, 11);
            assertEquals(analytic(pt[0], pt[1]), v, 0.06, "F_TFT(" + pt[0] + ", " + pt[1] + ")");
        }
        assertEquals(2.6875, analytic(0.3, 0.1), 1e-12);
        assertEquals(2.25, Fingerprint.value(g, TFT, TFT, 1, 1, 3, 0), 0, "TFT against Psycho TFT cycles");
        assertEquals(3, Fingerprint.value(g, TFT, TFT, 1, 0, 3, 0), 0, "the probe always cooperates");
        assertEquals(3, Fingerprint.value(g, TFT, TFT, 0, 0, 3, 0), 0, "TFT against TFT");
        // the defector's fingerprint: T against the probe's cooperation, P against its defection
        Strategy d = Strategies.get("defector");
        assertEquals(5, Fingerprint.value(g, d, TFT, 1, 0, 2, 0), 0);
    }

    @Test
    void theProbeIsRefusedOutsideTheUnitSquare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.probe(TFT, 1.2, 0));
        assertTrue(e.getMessage().contains("x"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.probe(TFT, 0.5, -0.1));
        assertTrue(e.getMessage().contains("y"), e.getMessage());
        assertTrue(Fingerprint.probe(TFT, 0.7, 0.6).name().contains("dual-tit-for-tat"), "x + y > 1: the dual probe");
    }

    @Test
    void theFingerprintIsASweepOfTheFingerprintMethod() {
        MethodCatalog catalog = StandardMethods.catalog();
        GameSpec pd = GameSpec.of("prisoners-dilemma", GameCatalog.get("prisoners-dilemma").game());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", "fingerprint");
        p.put("x", "x:0:1:3");
        p.put("y", "y:0:1:3");
        p.put("metric", "fingerprint");
        p.put("set", "strategy=tit-for-tat,probe=tit-for-tat,turns=200");
        p.put("steps", "60");
        p.put("refine", "false");
        RunSpec spec = catalog.spec("sweep", p, pd, 5, new Limits(1_000_000, 1_000_000, 0));
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        PhaseDiagram d = ((SweepExperiment) spec.experiment()).diagram(h.record().last());
        assertEquals(9, d.computedCount());
        // value(i, j): column i (x), row j (y)
        assertEquals(3, d.value(0, 0), 0, "(0, 0): TFT against TFT");
        assertEquals(2.25, d.value(2, 2), 0, "(1, 1): against Psycho TFT");
        assertEquals(3, d.value(2, 0), 0, "(1, 0): against a cooperator");
        assertEquals(analytic(0.5, 0.5), d.value(1, 1), 0.1, "(0.5, 0.5)");
        assertEquals(analytic(1, 0.5), d.value(2, 1), 0.1, "(1, 0.5)");
        // the cell equals the fingerprint computed directly on the same seed
        assertEquals(Fingerprint.value(RepeatedGame.fixed(PD, 200), TFT, TFT, 0.5, 0.5, 60, 5), d.value(1, 1), 1e-12);
    }
}
