package org.gtlab.repeated;

import java.util.Arrays;

/** The growing arrays of one match (package-private; read through {@link History}). */
final class MatchArrays {
    int[] a1;
    int[] a2;
    double[] u1;
    double[] u2;
    int played;
    int coop1;
    int coop2;
    double total1;
    double total2;

    MatchArrays(int capacity) {
        int c = Math.max(1, capacity);
        a1 = new int[c];
        a2 = new int[c];
        u1 = new double[c];
        u2 = new double[c];
    }

    void reset() {
        played = 0;
        coop1 = 0;
        coop2 = 0;
        total1 = 0;
        total2 = 0;
    }

    void append(int x1, int x2, double p1, double p2) {
        if (played == a1.length) {
            int c = a1.length * 2;
            a1 = Arrays.copyOf(a1, c);
            a2 = Arrays.copyOf(a2, c);
            u1 = Arrays.copyOf(u1, c);
            u2 = Arrays.copyOf(u2, c);
        }
        a1[played] = x1;
        a2[played] = x2;
        u1[played] = p1;
        u2[played] = p2;
        played++;
        if (x1 == 0) {
            coop1++;
        }
        if (x2 == 0) {
            coop2++;
        }
        total1 += p1;
        total2 += p2;
    }
}
