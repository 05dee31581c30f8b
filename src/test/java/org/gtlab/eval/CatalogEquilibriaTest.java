package org.gtlab.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;

/** Every equilibrium the catalog claims is an exact Nash equilibrium; complete lists miss no pure one. */
class CatalogEquilibriaTest {

    static List<GameCatalog.Entry> entries() {
        return GameCatalog.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyKnownEquilibriumIsNash(GameCatalog.Entry e) {
        for (StrategyProfile s : e.knownEquilibria()) {
            assertTrue(Evaluation.isNash(e.game(), s), e.name() + ": " + s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void completeListsContainEveryPureEquilibrium(GameCatalog.Entry e) {
        Assumptions.assumeTrue(e.complete(), "the catalog does not claim a complete list for this game");
        NormalFormGame g = e.game();
        for (int k = 0; k < g.numProfiles(); k++) {
            StrategyProfile pure = StrategyProfile.pure(g.shape(), g.profile(k));
            if (Evaluation.isNash(g, pure)) {
                assertTrue(e.knownEquilibria().contains(pure), e.name() + " misses the pure equilibrium " + pure);
            }
        }
    }
}
