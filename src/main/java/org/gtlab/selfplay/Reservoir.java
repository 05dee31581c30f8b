package org.gtlab.selfplay;

import org.gtlab.math.Rng;

/**
 * Reservoir sampling, Vitter's Algorithm R (Vitter 1985, "Random sampling with a reservoir", ACM
 * TOMS 11(1)): item n (1-based) goes to slot n − 1 if n ≤ m, otherwise j is drawn uniformly from
 * 1..n and the item replaces slot j − 1 if j ≤ m. After n offers every item is retained with
 * probability m/n. The caller keeps the stored items; this class decides the slots. NFSP's
 * supervised memory M_SL (Heinrich &amp; Silver 2016) is such a reservoir.
 *
 * <p>Failure mode: a capacity below 1 is refused.
 */
public final class Reservoir {

    private final int capacity;
    private long seen;

    /** A reservoir of {@code capacity} slots. */
    public Reservoir(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("reservoir capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** The slot the next item goes to, or −1 if it is dropped. */
    public int offer(Rng rng) {
        seen++;
        if (seen <= capacity) {
            return (int) (seen - 1);
        }
        long j = (long) (rng.nextDouble() * seen);
        return j < capacity ? (int) j : -1;
    }

    /** An independent copy (same capacity and count). */
    public Reservoir copy() {
        Reservoir r = new Reservoir(capacity);
        r.seen = seen;
        return r;
    }

    /** A reservoir of {@code capacity} slots that has already been offered {@code seen} items (for restoring). */
    public static Reservoir restored(int capacity, long seen) {
        if (seen < 0) {
            throw new IllegalArgumentException("reservoir seen count must be >= 0, got " + seen);
        }
        Reservoir r = new Reservoir(capacity);
        r.seen = seen;
        return r;
    }

    /** Items offered so far. */
    public long seen() {
        return seen;
    }

    /** Slots in use. */
    public int filled() {
        return (int) Math.min(seen, capacity);
    }

    /** Capacity m. */
    public int capacity() {
        return capacity;
    }
}
