package org.gtlab.reservoir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The live view's session: played in uneven chunks it gives exactly the {@link Match#run} trace of the same
 * agent, schedule and streams (sentinel and static α), its weighted discomfort parts sum to D(t), the TfT shadow
 * earns the closed-form block payoff, and bad settings are refused before anything is built.
 */
class LiveSessionTest {

    private static final double[] BLOCKS = Schedule.builder(null).coop(20).defect(5).coop(20).build();

    @Test
    void chunkedPlayEqualsTheRoundLoopWithTheSentinel() {
        AtomicInteger epochs = new AtomicInteger();
        LiveSession s = LiveSession.build(new LiveSession.Settings(10, 4, 0, BLOCKS, Double.NaN, Sentinel.Params.DEFAULTS),
                epochs::set, () -> false);
        assertEquals(4, epochs.get());
        assertEquals(1, s.step(1));
        s.step(7);
        s.step(1000);
        assertTrue(s.finished());
        long seed = Experiments.seed(6, 0);
        Agent a = Agent.build(Agent.Config.defaults(10).withEpochs(4), seed);
        Sentinel sen = a.sentinel(Sentinel.Params.DEFAULTS, Streams.of(seed, Streams.SENTINEL_BASELINE));
        Match.Trace t = a.play(BLOCKS, sen, Streams.of(seed, Streams.EVALUATION), false);
        assertArrayEquals(t.action(), s.action);
        assertArrayEquals(t.alpha(), s.alpha);
        assertArrayEquals(t.aBody(), s.body);
        assertArrayEquals(t.discomfort(), s.discomfort);
        for (int i = 0; i < BLOCKS.length; i++) {
            assertEquals(s.discomfort[i], s.dState[i] + s.dOutput[i] + s.dDisagree[i], 1e-12);
        }
        // TfT: 20·3 + 0 + 4·1 + 5 + 19·3
        assertEquals(126, s.tftCumulative[BLOCKS.length - 1], 1e-12);
        assertEquals(t.cumulativePayoff(), s.cumulative[BLOCKS.length - 1], 1e-9);
    }

    @Test
    void aReplayWithStaticAlphaEqualsTheRoundLoop() {
        LiveSession s = LiveSession.build(new LiveSession.Settings(8, 2, 1, BLOCKS, Double.NaN, Sentinel.Params.DEFAULTS),
                e -> { }, () -> false);
        LiveSession r = s.replay(BLOCKS, 0.7, Sentinel.Params.DEFAULTS);
        r.step(Integer.MAX_VALUE);
        long seed = Experiments.seed(6, 1);
        Match.Trace t = s.agent().play(BLOCKS, Governor.fixed(0.7), Streams.of(seed, Streams.EVALUATION), false);
        assertArrayEquals(t.action(), r.action);
    }

    @Test
    void badSettingsAreRefusedAndCancelStopsTheBuild() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LiveSession.Settings(10, 1, 0, new double[0], Double.NaN, Sentinel.Params.DEFAULTS));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LiveSession.Settings(0, 1, 0, BLOCKS, Double.NaN, Sentinel.Params.DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> new LiveSession.Settings(10, 1, 0, BLOCKS, 1.5, Sentinel.Params.DEFAULTS));
        assertEquals(null, LiveSession.build(new LiveSession.Settings(10, 3, 0, BLOCKS, 0.5, Sentinel.Params.DEFAULTS),
                e2 -> { }, () -> true));
    }
}
