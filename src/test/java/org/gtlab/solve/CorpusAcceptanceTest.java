package org.gtlab.solve;

import org.gtlab.solve.catalog.Solvers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.StrategyProfile;
import org.gtlab.testutil.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The foundation's acceptance test: for every game of the reference corpus (src/test/resources/corpus), each registered method
 * returns exactly the Gambit/lrsnash reference, compared as sets of exact fractions.
 */
class CorpusAcceptanceTest {

    static Stream<Corpus.Entry> corpus() {
        return Corpus.all().stream();
    }

    private static Set<StrategyProfile> solve(String method, Corpus.Entry e) {
        List<StrategyProfile> eq = Solvers.byName(method).solve(e.game()).equilibria();
        Set<StrategyProfile> set = new HashSet<>(eq);
        assertEquals(eq.size(), set.size(), method + " reported a profile twice on " + e);
        for (StrategyProfile p : eq) {
            assertTrue(Evaluation.isNash(e.game(), p), method + " returned a non-equilibrium on " + e + ": " + p);
        }
        return set;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void extremeEquilibriaAndMaximalNashSubsetsAreTheReference(Corpus.Entry e) {
        SolveResult r = Solvers.byName("enummixed").solve(e.game());
        Set<StrategyProfile> found = solve("enummixed", e);
        e.extremeEquilibria().ifPresent(ref -> assertEquals(ref, found, "extreme equilibria of " + e));
        e.extremeCount().ifPresent(n -> assertEquals(n.intValue(), found.size(), "number of extreme equilibria of " + e));
        e.maximalNashSubsets().ifPresent(ref -> {
            Set<Set<StrategyProfile>> subsets = r.maximalNashSubsets().stream().map(HashSet::new)
                    .collect(Collectors.toSet());
            assertEquals(ref, subsets, "maximal Nash subsets of " + e);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void pureEquilibriaAreTheReference(Corpus.Entry e) {
        Set<StrategyProfile> pure = solve("enumpure", e);
        if (e.extremeEquilibria().isPresent()) {
            assertEquals(e.pureEquilibria(), pure, "pure equilibria of " + e);
        }
        // every pure equilibrium is an extreme one, and the pure extreme ones are exactly the pure equilibria
        Set<StrategyProfile> pureExtreme = solve("enummixed", e).stream()
                .filter(p -> p.get(0).isPure() && p.get(1).isPure()).collect(Collectors.toSet());
        assertEquals(pureExtreme, pure, "pure equilibria vs pure extreme equilibria of " + e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void lemkeHowsonReachesTheReferenceSet(Corpus.Entry e) {
        Set<StrategyProfile> lh = solve("lcp", e);
        if (e.lemkeHowsonReachable().isPresent()) {
            assertEquals(e.lemkeHowsonReachable().get(), lh, "Lemke-Howson reachable set of " + e);
        } else {
            // degenerate games: every equilibrium reached is an extreme equilibrium
            Set<StrategyProfile> extreme = e.extremeEquilibria().orElseGet(() -> solve("enummixed", e));
            assertTrue(extreme.containsAll(lh), "Lemke-Howson reached a non-extreme equilibrium on " + e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void zeroSumValueIsTheReference(Corpus.Entry e) {
        Assumptions.assumeTrue(e.zeroSumValue().isPresent(), "not a zero-sum game of the corpus");
        SolveResult r = Solvers.byName("lp").solve(e.game());
        assertEquals(e.zeroSumValue().get(), r.value().orElseThrow(), "value of " + e);
        solve("lp", e);
    }
}
