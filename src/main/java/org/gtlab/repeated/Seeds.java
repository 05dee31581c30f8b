package org.gtlab.repeated;

/**
 * Derives independent 64-bit seeds from a master seed and a path of integers (pairing, repetition,
 * seat…) with the SplitMix64 finaliser (Steele, Lea, Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014). The derivation is a pure function of its arguments, so a stream does not
 * depend on which thread asks for it or in which order.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The SplitMix64 finaliser (a bijection of 64-bit words with good avalanche). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for the node {@code path} under {@code master}. */
    public static long derive(long master, long... path) {
        long h = mix(master + 0x9e3779b97f4a7c15L);
        for (long p : path) {
            h = mix(h ^ mix(p + 0x632be59bd9b4e019L));
        }
        return h;
    }
}
