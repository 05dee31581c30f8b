package org.gtlab.chart.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Fitting text into a given width: shortening with an ellipsis and wrapping at spaces into a few
 * lines (balanced for two lines, so that an axis label breaks near its middle). Widths come from
 * {@link Metrics}, so the result holds for the font the text is drawn in.
 */
public final class TextFit {

    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /**
     * {@code s} if it fits {@code maxW}, else its longest prefix followed by "…" that fits (at
     * least one character and the ellipsis, even if that is still too wide).
     */
    public static String ellipsize(Metrics fm, String s, double maxW) {
        if (fm.stringWidth(s) <= maxW || s.length() <= 1) {
            return s;
        }
        // binary search on the prefix length: width grows with the prefix
        int lo = 1;
        int hi = s.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fm.stringWidth(s.substring(0, mid).stripTrailing() + ELLIPSIS) <= maxW) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code s} in at most {@code maxLines} lines no wider than {@code maxW}: one line if it fits;
     * for two lines the break (at a space) that makes the wider line narrowest; otherwise greedy
     * filling. Whatever does not fit in the last line is cut with an ellipsis.
     */
    public static List<String> wrap(Metrics fm, String s, double maxW, int maxLines) {
        if (s.isEmpty()) {
            return List.of();
        }
        if (fm.stringWidth(s) <= maxW || maxLines <= 1) {
            return List.of(ellipsize(fm, s, maxW));
        }
        String[] words = s.split(" ");
        if (maxLines == 2 && words.length > 1) {
            int best = -1;
            double bestW = Double.POSITIVE_INFINITY;
            for (int k = 1; k < words.length; k++) {
                double wl = Math.max(fm.stringWidth(join(words, 0, k)), fm.stringWidth(join(words, k, words.length)));
                if (wl < bestW) {
                    bestW = wl;
                    best = k;
                }
            }
            if (bestW <= maxW) {
                return List.of(join(words, 0, best), join(words, best, words.length));
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < words.length && lines.size() < maxLines - 1) {
            int j = i + 1;
            while (j < words.length && fm.stringWidth(join(words, i, j + 1)) <= maxW) {
                j++;
            }
            lines.add(ellipsize(fm, join(words, i, j), maxW));
            i = j;
        }
        if (i < words.length) {
            lines.add(ellipsize(fm, join(words, i, words.length), maxW));
        }
        return lines;
    }

    /** The widest of the lines (0 for none). */
    public static double width(Metrics fm, List<String> lines) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, fm.stringWidth(l));
        }
        return w;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }
}
