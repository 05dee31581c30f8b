package org.gtlab.ui.qre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.ui.common.BackgroundExecutor;
import org.junit.jupiter.api.Test;

/**
 * The QRE lab's view model with a held background executor (jobs run only when the test says so):
 * a computation is marked running until its result arrives, Cancel stops it and its late result is
 * never shown, and a new game replaces the running job.
 */
class QreLabModelTest {

    /** Holds submitted jobs; {@link #runAll} runs the ones not cancelled, in order. */
    static final class HeldExecutor implements BackgroundExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] state = new boolean[2]; // cancelled, done
            held.add(() -> {
                if (state[0]) {
                    return;
                }
                try {
                    T r = work.call();
                    state[1] = true;
                    onSuccess.accept(r);
                } catch (Exception e) {
                    state[1] = true;
                    onFailure.accept(e);
                }
            });
            return new Job() {
                @Override
                public void cancel() {
                    state[0] = true;
                }

                @Override
                public boolean isDone() {
                    return state[0] || state[1];
                }
            };
        }

        @Override
        public void runOnUiThread(Runnable r) {
            r.run();
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void runningUntilTheResultArrivesAndCancelDropsTheLateResult() {
        HeldExecutor ex = new HeldExecutor();
        NormalFormGame mp = GameCatalog.get("matching-pennies").game();
        QreLabModel m = new QreLabModel(ex, () -> mp);
        m.useActiveGame();
        assertTrue(m.runningProperty().get());
        assertNull(m.resultProperty().get());
        m.cancel();
        assertFalse(m.runningProperty().get());
        assertEquals("cancelled", m.messageProperty().get());
        ex.runAll();
        assertNull(m.resultProperty().get(), "a cancelled job's result must not be shown");

        m.useActiveGame();
        ex.runAll();
        assertFalse(m.runningProperty().get());
        assertEquals(mp, m.resultProperty().get().game());
        assertTrue(m.messageProperty().get().startsWith("limit (λ → ∞): (1/2, 1/2); (1/2, 1/2)"),
                m.messageProperty().get());
    }

    @Test
    void aNewGameReplacesTheRunningJob() {
        HeldExecutor ex = new HeldExecutor();
        NormalFormGame mp = GameCatalog.get("matching-pennies").game();
        NormalFormGame bos = GameCatalog.get("battle-of-the-sexes").game();
        QreLabModel m = new QreLabModel(ex, () -> null);
        m.compute(mp);
        m.compute(bos);
        ex.runAll();
        assertEquals(bos, m.resultProperty().get().game());
        assertEquals(bos, m.gameProperty().get());
        assertTrue(m.tabTitle().contains(bos.title()), m.tabTitle());
        // and without a game, the lab refuses and clears what it showed
        m.useActiveGame();
        assertEquals(QreLabModel.NO_GAME, m.messageProperty().get());
        assertNull(m.resultProperty().get());
    }

    @Test
    void threePlayerGamesGetAChartPerPlayerAndACeMatrixOverTheOthersProfiles() {
        NormalFormGame g = GameCatalog.get("three-player-matching-pennies").game();
        QreLabModel.Result r = QreLabModel.solve(g);
        assertEquals(3, r.charts().size());
        assertEquals(2, r.welfare().rows().size());
        assertEquals(4, r.welfare().columns().size());
        assertEquals(g.strategyLabels(1).get(1) + ", " + g.strategyLabels(2).get(0), r.welfare().columns().get(2));
        // the matrix cell (row i, column of (j, k)) is the probability of profile (i, j, k)
        org.gtlab.math.Rational[] w = org.gtlab.solve.ce.CorrelatedEquilibria.maxWelfare(g).distribution();
        assertEquals(w[g.profileIndex(1, 1, 0)].toString(), r.welfare().cells().get(1).get(2));
        assertEquals(w[g.profileIndex(0, 0, 1)].toString(), r.welfare().cells().get(0).get(1));
    }
}
