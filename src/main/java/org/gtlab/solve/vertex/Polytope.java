package org.gtlab.solve.vertex;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A bounded polytope {@code { z ∈ ℝᵈ : z ≥ 0, C z ≤ 1 }} whose constraints carry game labels:
 * variable z_j has label {@code labelOf[j]}, the slack of row i of C has label
 * {@code labelOf[d + i]}. A vertex is identified by its <em>complete</em> label set, the labels of
 * all constraints tight there; that set determines the vertex exactly (two vertices with the same
 * tight set would span a face of positive dimension on which all those constraints are tight), so
 * a degenerate vertex reached through several bases is still one vertex, with all its labels.
 */
final class Polytope {

    final BigInteger[][] cm;
    final int[] labelOf;
    /** Mask width in 64-bit words. */
    final int words;

    /**
     * @param cm      the constraint matrix C (h × d), for example positive entrywise (bounded)
     * @param labelOf label of each variable: z_0…z_{d-1}, then slacks w_0…w_{h-1}
     * @param words   mask width in 64-bit words (every label &lt; 64·words)
     */
    Polytope(BigInteger[][] cm, int[] labelOf, int words) {
        this.cm = cm;
        this.labelOf = labelOf;
        this.words = words;
    }

    int dimension() {
        return cm[0].length;
    }

    /** The dictionary of the vertex z = 0 (the root), with the objective row Σz. */
    LexDictionary rootDictionary() {
        return new LexDictionary(cm, true);
    }

    /** Writes the complete label set of the current basis' vertex into {@code buf[0…words-1]}. */
    void labels(LexDictionary dict, long[] buf) {
        Arrays.fill(buf, 0, words, 0L);
        final int[] lab = labelOf;
        for (int j = 1; j <= dict.d; j++) {
            int b = lab[dict.cobasic[j]];
            buf[b >>> 6] |= 1L << b;
        }
        for (int i = 0; i < dict.h; i++) {
            if (dict.basicIsZero(i)) {
                int b = lab[dict.basic[i]];
                buf[b >>> 6] |= 1L << b;
            }
        }
    }

    /**
     * Knuth's (1975) unbiased estimate of the number of lexicographically feasible bases (the
     * vertex count of a nondegenerate polytope), averaged over {@code probes} random root-to-leaf
     * paths of the reverse search tree ({@link LexDictionary#isReverseSearchChild}): one path
     * contributes {@code 1 + k₀ + k₀k₁ + k₀k₁k₂ + …}, kᵢ the number of children at depth i. The
     * estimator is unbiased but heavy-tailed: trust its order of magnitude, not its digits.
     *
     * @param poll called after each probe (may throw to stop)
     */
    double estimateBases(int probes, SplittableRandom rng, Runnable poll) {
        if (probes < 1) {
            throw new IllegalArgumentException("need at least one probe, got " + probes);
        }
        final LexDictionary root = rootDictionary();
        final LexDictionary dict = root.copy();
        final int d = dict.d;
        int[] cr = new int[d];
        int[] cs = new int[d];
        double total = 0;
        for (int p = 0; p < probes; p++) {
            dict.copyFrom(root);
            double prod = 1;
            double est = 1;
            while (true) {
                int k = 0;
                for (int s = 1; s <= d; s++) {
                    if (dict.signAt(dict.h, s) >= 0) {
                        continue;
                    }
                    int r = dict.ratioTest(s);
                    if (r >= 0 && dict.isReverseSearchChild(r, s)) {
                        cr[k] = r;
                        cs[k] = s;
                        k++;
                    }
                }
                if (k == 0) {
                    break;
                }
                prod *= k;
                est += prod;
                int pick = rng.nextInt(k);
                dict.pivot(cr[pick], cs[pick]);
            }
            total += est;
            poll.run();
        }
        return total / probes;
    }
}
