package org.gtlab.coopetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr1.SymmetricDyad;
import org.gtlab.coopetition.tr1.ValueFunction;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.junit.jupiter.api.Test;

/** The per-cell functions of the 13 maps of spec §8, with T-43 (map / closed-form consistency). */
class MapsTest {

    @Test
    void t43MapCellsMatchTheClosedForms() {
        assertEquals(3.6160, CoopetitionMaps.byId("1", WelfareMode.SUMMED).cell().at(0.9, 5), 1e-4);
        assertEquals(15.04, CoopetitionMaps.byId("2", WelfareMode.SUMMED).cell().at(0.55, 4), 0.005);
        double coop = CoopetitionMaps.byId("8-log", WelfareMode.SUMMED).cell().at(0.65, 0.5);
        assertEquals(100 * (25.446281 - 19) / 19, coop, 0.01);
        assertEquals(33.93, coop, 0.01);
    }

    @Test
    void everyMapOfTheSpecIsThereAndEvaluatesToFiniteValues() {
        List<CoopetitionMap> maps = CoopetitionMaps.all(WelfareMode.SUMMED);
        for (String prefix : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13")) {
            assertTrue(maps.stream().anyMatch(m -> m.id().equals(prefix) || m.id().startsWith(prefix + "-")), prefix);
        }
        for (CoopetitionMap m : maps) {
            double[][] g = m.grid(4, 3);
            for (double[] row : g) {
                for (double v : row) {
                    assertTrue(Double.isFinite(v), m.id() + " gave " + v);
                }
            }
        }
    }

    @Test
    void symmetricDyadMapAgreesWithTheClosedFormEverywhere() {
        CoopetitionMap m = CoopetitionMaps.byId("8-power", WelfareMode.SUMMED);
        for (double gamma : new double[] {0, 0.3, 0.7, 1}) {
            for (double d : new double[] {0, 0.4, 1}) {
                assertEquals(SymmetricDyad.cooperationIncrease(ValueFunction.power(0.75), gamma, d),
                        m.cell().at(gamma, d), 0.01, "γ " + gamma + " D " + d);
            }
        }
    }

    @Test
    void averagedDifferentiationMapIsFlatInN() {
        CoopetitionMap m = CoopetitionMaps.byId("2", WelfareMode.AVERAGED);
        assertEquals(m.cell().at(0.5, 3), m.cell().at(0.5, 12), 1e-9);
        CoopetitionMap s = CoopetitionMaps.byId("2", WelfareMode.SUMMED);
        assertTrue(s.cell().at(0.5, 12) > s.cell().at(0.5, 3));
    }

    @Test
    void loyaltyLiftsEffortAboveTheHolmstromLevelAndTrustMapsBehave() {
        TeamModel c = TeamModel.of(20, 0.5, 2.5);
        for (int n = 2; n <= 12; n++) {
            assertTrue(CoopetitionMaps.effort(c, 0.5, n) > c.freeRidingEffort(n));
        }
        // corner allocation: the less loyal members sit at the 0.01 floor, the loyal ones supply S*(θ_high)
        assertEquals(1 - 3 * 0.01 / c.preferredTotal(0.9, 5), CoopetitionMaps.loyalShare(c, 0.9, 0.1), 1e-9);
        // interdependence amplifies the trust drop; a bigger violation hurts more
        assertTrue(CoopetitionMaps.trustDrop(1, 1) > CoopetitionMaps.trustDrop(1, 0));
        assertTrue(CoopetitionMaps.trustDrop(2, 0.5) > CoopetitionMaps.trustDrop(1, 0.5));
        // stronger negativity bias leaves trust lower after the same recovery
        assertTrue(CoopetitionMaps.recovery(9, 0.6) < CoopetitionMaps.recovery(1, 0.6));
    }
}
