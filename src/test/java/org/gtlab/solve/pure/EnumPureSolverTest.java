package org.gtlab.solve.pure;

import org.gtlab.solve.SolveResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.testutil.Corpus;
import org.junit.jupiter.api.Test;

class EnumPureSolverTest {

    private final EnumPureSolver solver = new EnumPureSolver();

    @Test
    void corpusPureEquilibriaEqualTheReferences() {
        List<Corpus.Entry> all = Corpus.all();
        assertTrue(all.size() >= 40, "corpus has " + all.size() + " games");
        int withReference = 0;
        for (Corpus.Entry e : all) {
            SolveResult r = solver.solve(e.game());
            if (hasPureReference(e)) {
                withReference++;
                assertEquals(e.pureEquilibria(), new HashSet<>(r.equilibria()), e.name());
            } else {
                // no reference listed (vonstengel_6x6_75): check against the exact definition
                Set<StrategyProfile> byDefinition = new HashSet<>();
                NormalFormGame g = e.game();
                for (int k = 0; k < g.numProfiles(); k++) {
                    StrategyProfile s = StrategyProfile.pure(g.shape(), g.profile(k));
                    if (Evaluation.isNash(g, s)) {
                        byDefinition.add(s);
                    }
                }
                assertEquals(byDefinition, new HashSet<>(r.equilibria()), e.name());
            }
            assertEquals(r.equilibria().size(), new HashSet<>(r.equilibria()).size(), e.name() + ": duplicates");
            List<StrategyProfile> sorted = new ArrayList<>(r.equilibria());
            sorted.sort(null);
            assertEquals(sorted, r.equilibria(), e.name() + ": not sorted");
        }
        assertTrue(withReference >= all.size() - 1, withReference + " games with a pure reference");
    }

    /** Corpus.Entry maps an absent "pure_equilibria" field to the empty set; tell the two apart. */
    static boolean hasPureReference(Corpus.Entry e) {
        try {
            Path json = e.nfg().resolveSibling(e.name() + ".json");
            return new ObjectMapper().readTree(json.toFile()).has("pure_equilibria");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void prisonersDilemmaLikeGambit() {
        // C, D; gambit-enumpure prints NE,0,1,0,1
        NormalFormGame pd = NormalFormGame.bimatrix(new long[][] {{3, 0}, {5, 1}}, new long[][] {{3, 5}, {0, 1}});
        SolveResult r = solver.solve(pd);
        assertEquals(List.of(StrategyProfile.pure(new int[] {2, 2}, 1, 1)), r.equilibria());
        assertEquals("enumpure", r.method());
    }

    /**
     * Three players, two strategies each. Everyone gets 1 when all three choose the same; player 3
     * also gets 2 for choosing strategy 2 (index 1). Pure equilibria: (1,1,2) — players 1 and 2
     * cannot reach agreement alone — and (2,2,2).
     */
    @Test
    void threePlayerHandMadeGame() {
        NormalFormGame z = NormalFormGame.zeros(2, 2, 2);
        Rational[][] pay = new Rational[3][8];
        for (int k = 0; k < 8; k++) {
            int[] s = z.profile(k);
            int same = s[0] == s[1] && s[1] == s[2] ? 1 : 0;
            pay[0][k] = Rational.of(same);
            pay[1][k] = Rational.of(same);
            pay[2][k] = Rational.of(same + 2L * s[2]);
        }
        NormalFormGame g = NormalFormGame.of("three", z.playerNames(), z.strategyLabels(), pay);
        int[][] eq = EnumPureSolver.equilibria(g);
        assertEquals(2, eq.length);
        assertEquals(List.of(0, 0, 1), Arrays.stream(eq[0]).boxed().toList());
        assertEquals(List.of(1, 1, 1), Arrays.stream(eq[1]).boxed().toList());
        Set<StrategyProfile> expected = Set.of(StrategyProfile.pure(g.shape(), 0, 0, 1),
                StrategyProfile.pure(g.shape(), 1, 1, 1));
        assertEquals(expected, new HashSet<>(solver.solve(g).equilibria()));
    }

    @Test
    void fractionalAndHugePayoffsCompareExactly() {
        // 1/3 vs 0.3333333333333333 and a payoff beyond 2^62 after scaling
        Rational third = Rational.of(1, 3);
        Rational close = Rational.parse("0.3333333333333333");
        Rational huge = Rational.parse("123456789012345678901234567890");
        NormalFormGame g = NormalFormGame.bimatrix(new Rational[][] {{third, huge}, {close, huge.add(Rational.of(1, 7))}},
                new Rational[][] {{Rational.ONE, Rational.ZERO}, {Rational.ZERO, Rational.ONE}});
        // row: 1/3 > close in column 1; huge+1/7 > huge in column 2; column player matches the row
        assertEquals(Set.of(StrategyProfile.pure(new int[] {2, 2}, 0, 0), StrategyProfile.pure(new int[] {2, 2}, 1, 1)),
                new HashSet<>(solver.solve(g).equilibria()));
    }

    @Test
    void allZeroGameEveryProfileIsAnEquilibrium() {
        NormalFormGame g = NormalFormGame.zeros(3, 2, 4);
        assertEquals(24, EnumPureSolver.equilibriumIndices(g).length);
    }

    @Test
    void onePlayerGameMaximisers() {
        NormalFormGame g = NormalFormGame.of("solo", List.of("P"), List.of(List.of("a", "b", "c")),
                new Rational[][] {{Rational.of(2), Rational.of(5), Rational.of(5)}});
        assertEquals(List.of(1, 2), Arrays.stream(EnumPureSolver.equilibriumIndices(g)).boxed().toList());
    }

    /** solve() lists the profiles in StrategyProfile's natural order (sorted without comparing vectors). */
    @Property(tries = 100, seed = "20261207")
    void outputIsInTheNaturalOrder(@ForAll @IntRange(min = 1, max = 4) int a, @ForAll @IntRange(min = 1, max = 4) int b,
            @ForAll @IntRange(min = 1, max = 3) int c, @ForAll @IntRange(min = 2, max = 3) int players,
            @ForAll long seed) {
        int[] shape = players == 2 ? new int[] {a, b} : new int[] {a, b, c};
        NormalFormGame g = RandomGames.nPlayer(shape, 0, 1, seed); // many ties, many equilibria
        List<StrategyProfile> eq = new EnumPureSolver().solve(g).equilibria();
        List<StrategyProfile> sorted = new ArrayList<>(eq);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, eq);
        assertEquals(EnumPureSolver.equilibriumIndices(g).length, eq.size());
    }

    /** The output is exactly the set of pure profiles passing the exact Nash test. */
    @Property(tries = 150, seed = "20261207")
    void matchesTheDefinition(@ForAll @IntRange(min = 1, max = 3) int a, @ForAll @IntRange(min = 1, max = 3) int b,
            @ForAll @IntRange(min = 1, max = 3) int c, @ForAll @IntRange(min = 2, max = 3) int players,
            @ForAll long seed) {
        int[] shape = players == 2 ? new int[] {a, b} : new int[] {a, b, c};
        NormalFormGame g = RandomGames.nPlayer(shape, 0, 3, seed);
        Set<Integer> found = new HashSet<>();
        for (int k : EnumPureSolver.equilibriumIndices(g)) {
            found.add(k);
        }
        for (int k = 0; k < g.numProfiles(); k++) {
            boolean nash = Evaluation.isNash(g, StrategyProfile.pure(g.shape(), g.profile(k)));
            assertEquals(nash, found.contains(k), "profile " + Arrays.toString(g.profile(k)));
        }
    }

    /** Permuting each player's strategies permutes the pure equilibria accordingly. */
    @Property(tries = 150, seed = "20261207")
    void invariantUnderStrategyPermutations(@ForAll @IntRange(min = 1, max = 4) int a,
            @ForAll @IntRange(min = 1, max = 4) int b, @ForAll @IntRange(min = 1, max = 3) int c,
            @ForAll @IntRange(min = 2, max = 3) int players, @ForAll long seed) {
        int[] shape = players == 2 ? new int[] {a, b} : new int[] {a, b, c};
        NormalFormGame g = RandomGames.nPlayer(shape, 0, 4, seed);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[][] perm = new int[shape.length][];
        for (int p = 0; p < shape.length; p++) {
            perm[p] = shuffled(shape[p], rng);
        }
        NormalFormGame h = g.restrict(perm); // h's strategy r of player p is g's perm[p][r]
        Set<List<Integer>> mapped = new HashSet<>();
        for (int[] s : EnumPureSolver.equilibria(h)) {
            List<Integer> orig = new ArrayList<>();
            for (int p = 0; p < s.length; p++) {
                orig.add(perm[p][s[p]]);
            }
            mapped.add(orig);
        }
        Set<List<Integer>> direct = new HashSet<>();
        for (int[] s : EnumPureSolver.equilibria(g)) {
            direct.add(Arrays.stream(s).boxed().toList());
        }
        assertEquals(direct, mapped);
    }

    private static int[] shuffled(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
