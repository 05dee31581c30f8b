package org.gtlab.solve.vertex;

import java.util.Arrays;

/**
 * An insertion-ordered set of fixed-width bit masks ({@code w} words of 64 bits each) that numbers
 * its members 0, 1, 2, … in insertion order. Open addressing with linear probing over a table of
 * member numbers; the masks themselves live in one dense {@code long[]} (member k occupies words
 * {@code k·w … k·w+w-1}), so there is no per-member object. Used for the vertex label sets found
 * by {@link VertexSearch} and for the join in {@link EnumMixedSolver}.
 *
 * <p>The all-zero mask may not be stored (it never is a basis or a label set here). Not
 * thread-safe.
 */
final class MaskIndex {

    private final int w;
    private long[] keys;
    private int size;
    private int[] table; // member number + 1, 0 = empty
    private int tableMask;

    MaskIndex(int words, int expected) {
        this.w = words;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new int[cap];
        tableMask = cap - 1;
        keys = new long[Math.max(16, expected) * words];
    }

    int words() {
        return w;
    }

    int size() {
        return size;
    }

    /** The dense member array: member k is {@code keys()[k·w … k·w+w-1]}. Do not modify. */
    long[] keys() {
        return keys;
    }

    /** Word {@code i} of member {@code k}. */
    long word(int k, int i) {
        return keys[k * w + i];
    }

    private static int hash(long[] src, int off, int w) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < w; i++) {
            h = (h ^ src[off + i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
    }

    private boolean sameAt(int k, long[] src, int off) {
        int base = k * w;
        for (int i = 0; i < w; i++) {
            if (keys[base + i] != src[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** The member number of the mask at {@code src[off…off+w-1]}, or -1 if absent. */
    int indexOf(long[] src, int off) {
        int slot = hash(src, off, w) & tableMask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                return -1;
            }
            if (sameAt(e - 1, src, off)) {
                return e - 1;
            }
            slot = (slot + 1) & tableMask;
        }
    }

    /**
     * Adds the mask at {@code src[off…off+w-1]}.
     *
     * @return its new member number (≥ 0) if it was absent, else {@code -1 - existingNumber}
     */
    int add(long[] src, int off) {
        int slot = hash(src, off, w) & tableMask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                break;
            }
            if (sameAt(e - 1, src, off)) {
                return -e;
            }
            slot = (slot + 1) & tableMask;
        }
        int k = size;
        if ((k + 1) * w > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, (k + 1) * w));
        }
        System.arraycopy(src, off, keys, k * w, w);
        table[slot] = k + 1;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return k;
    }

    private void rehash() {
        int cap = table.length * 2;
        if (cap <= 0) {
            throw new IllegalStateException("mask index too large");
        }
        int[] t = new int[cap];
        int m = cap - 1;
        for (int k = 0; k < size; k++) {
            int slot = hash(keys, k * w, w) & m;
            while (t[slot] != 0) {
                slot = (slot + 1) & m;
            }
            t[slot] = k + 1;
        }
        table = t;
        tableMask = m;
    }
}
