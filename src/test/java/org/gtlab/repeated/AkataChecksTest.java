package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.gtlab.repeated.akata.AkataChecks;
import org.gtlab.repeated.akata.AkataPresets;
import org.gtlab.repeated.akata.AkataTournament;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance checklist of spec repeated-games §11, one dynamic test per item (integers exact,
 * doubles 1e-9, Monte Carlo 4 standard errors, fixed seeds), plus the two reference tables entry by
 * entry so a failure names the cell.
 */
class AkataChecksTest {

    private static final List<AkataChecks.Check> CHECKS = AkataChecks.all();

    @TestFactory
    Stream<DynamicTest> everySpecCheckPasses() {
        return CHECKS.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> assertTrue(c.pass(),
                c.id() + ": measured " + c.measured() + ", reference " + c.reference())));
    }

    @Test
    void allTwentyFourChecksArePresent() {
        assertEquals(24, CHECKS.size());
        for (int k = 0; k < 24; k++) {
            assertTrue(CHECKS.get(k).id().startsWith((k + 1) + "-"), CHECKS.get(k).id());
        }
    }

    @Test
    void pdCrossTableEntryByEntry() {
        AkataTournament.Result r = AkataTournament.play(AkataPresets.PD, 10, AkataPresets.crossTableRoster());
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                assertEquals(AkataChecks.CROSS_TABLE[i][j], r.mean1(i, j), 0.0,
                        AkataPresets.CROSS_TABLE_LABELS.get(i) + " vs " + AkataPresets.CROSS_TABLE_LABELS.get(j));
                assertEquals(r.mean1(j, i), r.mean2(i, j), 0.0, "symmetry " + i + "," + j);
            }
        }
    }

    @Test
    void tftVariantTableEntryByEntry() {
        AkataTournament.Result r = AkataTournament.play(AkataPresets.PD, 20, AkataPresets.tftVariantRoster());
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(AkataChecks.TFT_TABLE[i][j], r.mean1(i, j), 0.0, i + "," + j);
            }
        }
    }

    @Test
    void predictThenBestRespondMovesMatchSpec() {
        String ties = AkataChecks.moves(AkataPresets.BOS, 10,
                new Learners.PredictThenBestRespond(1, Learners.TieBreak.TIES_TO_J),
                Strategies.get("alternator-defect-first").create(), 0, 1);
        String mf = AkataChecks.moves(AkataPresets.BOS, 10,
                new Learners.PredictThenBestRespond(1, Learners.TieBreak.MOST_FREQUENT),
                Strategies.get("alternator-defect-first").create(), 0, 1);
        assertEquals("JJJJFJFJFJ", ties);
        assertEquals("JFJJFJFJFJ", mf);
    }
}
