package org.gtlab.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The bounded worker budget: named daemon threads, never more than the budget, tryExecute never waits. */
class WorkersTest {

    @Test
    void runsTasksOnNamedDaemonThreadsWithinTheBudget() throws Exception {
        try (Workers w = new Workers(2, "wt")) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(2);
            Set<String> names = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 2; i++) {
                w.execute(() -> {
                    names.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? "" : " (not daemon)"));
                    started.countDown();
                    await(release);
                });
            }
            assertTrue(started.await(30, TimeUnit.SECONDS));
            assertEquals(Set.of("wt-1", "wt-2"), names);
            // the budget is used up: tryExecute refuses at once, execute queues
            assertFalse(w.tryExecute(() -> { }));
            CountDownLatch third = new CountDownLatch(1);
            w.execute(third::countDown);
            assertEquals(1, w.queued());
            assertTrue(w.othersWaiting());
            assertEquals(2, w.threads());
            release.countDown();
            assertTrue(third.await(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void tryExecuteHandsWorkToAnIdleWorkerAndNestedHelpCannotDeadlock() throws Exception {
        try (Workers w = new Workers(1, "nest")) {
            CountDownLatch done = new CountDownLatch(1);
            w.execute(() -> {
                // on the only worker: asking for help is refused, so the task does the work itself
                boolean handedOver = w.tryExecute(() -> { });
                if (!handedOver) {
                    done.countDown();
                }
            });
            assertTrue(done.await(30, TimeUnit.SECONDS), "nested tryExecute must not be accepted by a busy budget");
        }
        try (Workers w = new Workers(2, "idle")) {
            CountDownLatch ran = new CountDownLatch(1);
            assertTrue(w.tryExecute(ran::countDown), "a budget with no threads yet starts one");
            assertTrue(ran.await(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void closedWorkersRefuseWorkAndBadBudgetsAreRefused() {
        Workers w = new Workers(1, "closed");
        w.close();
        assertThrows(RejectedExecutionException.class, () -> w.execute(() -> { }));
        assertFalse(w.tryExecute(() -> { }));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Workers(0, "x"));
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
