package org.gtlab.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.gtlab.math.Rational;
import org.gtlab.testutil.Corpus;

class GameCatalogTest {

    /** Catalog games that have a twin in the reference corpus (test resources). */
    static final Map<String, String> CORPUS_TWINS = Map.ofEntries(
            Map.entry("prisoners-dilemma", "classic_prisoners_dilemma"),
            Map.entry("matching-pennies", "classic_matching_pennies"),
            Map.entry("rock-paper-scissors", "classic_rock_paper_scissors"),
            Map.entry("battle-of-the-sexes", "classic_battle_of_sexes"),
            Map.entry("stag-hunt", "classic_stag_hunt"),
            Map.entry("chicken", "classic_chicken"),
            Map.entry("shapley", "classic_shapley_3x3"),
            Map.entry("coordination-3x3", "classic_coordination_3x3"),
            Map.entry("vonstengel-3x2", "degen_vonstengel_3x2"),
            Map.entry("entry-game", "degen_entry_2x2"),
            Map.entry("rps-duplicated-rock", "degen_rps_dup_rock_4x3"),
            Map.entry("vonstengel-6x6-75", "vonstengel_6x6_75"));

    static List<String> twins() {
        return List.copyOf(CORPUS_TWINS.keySet());
    }

    @Test
    void namesAreKebabCaseUniqueAndIncludeTheRequiredGames() {
        List<String> names = GameCatalog.names();
        assertTrue(names.size() >= 15, names.toString());
        assertEquals(names.size(), new HashSet<>(names).size());
        for (String n : names) {
            assertTrue(n.matches("[a-z0-9]+(-[a-z0-9]+)*"), n);
        }
        for (String required : List.of("prisoners-dilemma", "matching-pennies", "rock-paper-scissors",
                "biased-rock-paper-scissors", "battle-of-the-sexes", "stag-hunt", "chicken", "shapley",
                "coordination-3x3", "vonstengel-3x2", "entry-game", "three-player-matching-pennies",
                "vonstengel-6x6-75")) {
            assertTrue(names.contains(required), required);
        }
        assertTrue(GameCatalog.entries().stream().anyMatch(e -> e.game().numPlayers() == 3));
    }

    @Test
    void unknownNamesListTheCatalog() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GameCatalog.get("poker"));
        assertTrue(e.getMessage().startsWith("unknown catalog game \"poker\""), e.getMessage());
        for (String n : GameCatalog.names()) {
            assertTrue(e.getMessage().contains(n), n);
        }
        assertSame(GameCatalog.get("hawk-dove"), GameCatalog.get("Hawk_Dove "));
        assertTrue(GameCatalog.find("nothing").isEmpty());
        assertTrue(GameCatalog.find(null).isEmpty());
    }

    @Test
    void everyEntryIsDocumented() {
        for (GameCatalog.Entry e : GameCatalog.entries()) {
            assertFalse(e.title().isBlank(), e.name());
            assertTrue(e.description().length() > 40, e.name());
            assertFalse(e.reference().authors().isBlank(), e.name());
            assertFalse(e.reference().work().isBlank(), e.name());
            assertTrue(e.reference().year() >= 1900 && e.reference().year() <= 2030, e.name());
            assertEquals(e.title(), e.game().title());
            assertTrue(e.game().comment().contains(e.reference().toString()), e.name());
            assertTrue(e.game().isExact(), e.name());
            assertFalse(e.knownEquilibria().isEmpty(), e.name());
            assertEquals(e.knownEquilibria().size(), new HashSet<>(e.knownEquilibria()).size(), "distinct: " + e.name());
            for (int p = 0; p < e.game().numPlayers(); p++) {
                assertEquals(e.game().numStrategies(p), e.game().strategyLabels(p).size());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void corpusTwinsHaveTheCorpusPayoffsAndItsEquilibria(String name) {
        GameCatalog.Entry e = GameCatalog.get(name);
        Corpus.Entry c = Corpus.load(CORPUS_TWINS.get(name));
        assertTrue(e.game().samePayoffs(c.game()), name);
        assertTrue(e.complete(), name);
        if (c.extremeEquilibria().isPresent()) {
            assertEquals(c.extremeEquilibria().get(), Set.copyOf(e.knownEquilibria()), name);
        } else {
            assertEquals(c.extremeCount().orElseThrow(), e.knownEquilibria().size(), name);
        }
        assertTrue(Set.copyOf(e.knownEquilibria()).containsAll(c.pureEquilibria()), name);
    }

    @Test
    void biasedRockPaperScissorsIsTheOpenSpielGame() {
        GameCatalog.Entry e = GameCatalog.get("biased-rock-paper-scissors");
        assertArrayEquals(GameCatalog.matrix("0 -1/4 1/2; 1/4 0 -1/20; -1/2 1/20 0"), e.game().matrix(0));
        assertTrue(e.game().isZeroSum());
        assertTrue(e.game().isSymmetric());
        StrategyProfile ne = StrategyProfile.of(MixedStrategy.parse("1/16", "10/16", "5/16"),
                MixedStrategy.parse("1/16", "10/16", "5/16"));
        assertEquals(List.of(ne), e.knownEquilibria());
        // A·x = 0: every pure strategy earns the value 0 against x
        for (Rational v : e.game().strategyValues(0, ne)) {
            assertEquals(Rational.ZERO, v);
        }
    }

    @Test
    void helpersParseExactly() {
        StrategyProfile p = GameCatalog.profile("1/2 1/2 | 1 0 0");
        assertEquals(2, p.numPlayers());
        assertEquals(Rational.of(1, 2), p.get(0).probability(1));
        assertEquals(3, p.get(1).size());
        assertThrows(IllegalArgumentException.class, () -> GameCatalog.profile("1/2 1/3"));
    }
}
