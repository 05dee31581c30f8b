package org.gtlab.solve.vertex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import org.gtlab.bench.LrsnashRunner;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.testutil.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cross-check against the external lrsnash (lrslib), skipped where it is not installed. */
class EnumMixedVsLrsnashTest {

    @BeforeAll
    static void needsLrsnash() {
        Assumptions.assumeTrue(LrsnashRunner.find().isPresent(), "lrsnash not installed");
    }

    static Stream<NormalFormGame> games() {
        List<NormalFormGame> fromCorpus = Corpus.all().stream()
                .filter(e -> e.name().startsWith("degen") || e.name().startsWith("rect") || e.name().startsWith("vonst"))
                .map(e -> e.game().withTitle(e.name())).toList();
        return Stream.concat(fromCorpus.stream(), Stream.of(
                RandomGames.bimatrix(9, 9, 0, 99, 1),
                RandomGames.bimatrix(8, 11, 0, 99, 2),
                RandomGames.bimatrix(7, 7, 0, 2, 3),
                RandomGames.bimatrix(10, 10, 0, 1, 4),
                RandomGames.bimatrix(3, 70, 0, 9, 5),
                RandomGames.bimatrix(66, 2, -5, 5, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void sameExtremeEquilibriaAsLrsnash(NormalFormGame g) {
        LrsnashRunner.Run run = LrsnashRunner.run(g, 60);
        assertEquals(new HashSet<>(run.equilibria()), new HashSet<>(new EnumMixedSolver().solve(g).equilibria()),
                g.title());
    }
}
