package org.gtlab.selfplay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every check of the self-play spec §10 (1–35), one dynamic test per measured number. */
class SelfPlayChecksTest {

    private static Stream<DynamicTest> tests(List<SelfPlayChecks.Check> checks) {
        assertTrue(checks.size() >= 5, "too few checks: " + checks.size());
        return checks.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> assertTrue(c.pass(),
                c.id() + ": measured " + c.measured() + ", reference " + c.reference() + ", tolerance " + c.tolerance())));
    }

    @TestFactory
    Stream<DynamicTest> infrastructure() {
        return tests(SelfPlayChecks.infrastructure());
    }

    @TestFactory
    Stream<DynamicTest> preferenceGames() {
        return tests(SelfPlayChecks.preference());
    }

    @TestFactory
    Stream<DynamicTest> kuhnPoker() {
        return tests(SelfPlayChecks.kuhn());
    }

    @TestFactory
    Stream<DynamicTest> nfsp() {
        return tests(SelfPlayChecks.nfsp());
    }

    @TestFactory
    Stream<DynamicTest> driftToy() {
        return tests(SelfPlayChecks.drift());
    }

    @TestFactory
    Stream<DynamicTest> adversarialPresetsAndSampler() {
        return tests(SelfPlayChecks.adversarial());
    }
}
