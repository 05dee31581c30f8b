package org.gtlab.solve.lh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.BitSet;

import org.junit.jupiter.api.Test;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;

class LhVerifierTest {

    /** Key from 1-based basic labels of P and of Q. */
    private static BitSet key(LhProblem p, int[] basisP, int[] basisQ) {
        BitSet k = new BitSet();
        for (int l : basisP) {
            k.set(l - 1);
        }
        for (int l : basisQ) {
            k.set(p.vars + l - 1);
        }
        return k;
    }

    @Test
    void acceptsEquilibriaAndRejectsEverythingElse() {
        // battle of the sexes: A = [[2,0],[0,1]], B = [[1,0],[0,2]]; labels 1,2 rows, 3,4 columns
        NormalFormGame bos = NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
        LhProblem p = LhProblem.of(bos);
        // pure (row 1, column 1): x1 basic in P with s2 (label 4); y1 basic in Q with r2 (label 2)
        StrategyProfile top = LhVerifier.equilibrium(p, key(p, new int[] {1, 4}, new int[] {3, 2}));
        assertEquals(StrategyProfile.pure(new int[] {2, 2}, 0, 0), top);
        // the mixed equilibrium: x1, x2 basic in P; y1, y2 basic in Q
        StrategyProfile mixed = LhVerifier.equilibrium(p, key(p, new int[] {1, 2}, new int[] {3, 4}));
        assertNotNull(mixed);
        assertEquals("[[2/3, 1/3], [1/3, 2/3]]", mixed.toString());
        // the artificial equilibrium is not an equilibrium
        assertNull(LhVerifier.equilibrium(p, key(p, new int[] {3, 4}, new int[] {1, 2})));
        // not complementary: label 1 basic on both sides
        assertNull(LhVerifier.equilibrium(p, key(p, new int[] {1, 4}, new int[] {1, 3})));
        // complementary but infeasible: (row 1, column 2) is not an equilibrium
        assertNull(LhVerifier.equilibrium(p, key(p, new int[] {1, 3}, new int[] {4, 2})));
    }

    @Test
    void degenerateBasesMustBeLexicographicallyFeasible() {
        // 1×2 all-zero game: P = { x ≥ 0 : x ≤ 1, x ≤ 1 } after the shift (all payoffs become 1).
        // Perturbed: x ≤ 1 − ε (row 1), x ≤ 1 − ε² (row 2); the vertex is x = 1 − ε with row 1 tight,
        // so the basis {x, s2} is lexicographically feasible and {x, s1} (s1 = −ε + ε²) is not.
        LhProblem p = LhProblem.of(NormalFormGame.zeros(1, 2));
        boolean[] xS2 = {true, false, true};
        boolean[] xS1 = {true, true, false};
        LhVerifier.SidePoint ok = LhVerifier.side(p, 0, xS2);
        assertNotNull(ok);
        assertEquals(BigInteger.ONE, ok.num()[0].divide(ok.den()));
        assertNull(LhVerifier.side(p, 0, xS1));
        // a basis with the wrong number of variables is refused
        assertNull(LhVerifier.side(p, 0, new boolean[] {true, true, true}));
    }
}
