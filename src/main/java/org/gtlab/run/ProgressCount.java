package org.gtlab.run;

import java.util.Locale;

/**
 * What a run's progress line counts, in the method's own unit: the default counts steps against
 * {@link Limits#maxSteps()}; a method whose step limit is only a cap (a tournament, whose length is
 * its roster's pairs) counts what it really does ({@code matches 120/360}). A {@code planned} of −1
 * means the length is not known in advance (the method stops by its own rule): only the done count
 * is shown.
 *
 * @param unit    plural noun of what is counted ("steps", "matches")
 * @param done    how many are done, ≥ 0
 * @param planned how many there will be, or −1 if unknown
 */
public record ProgressCount(String unit, long done, long planned) {

    /** The default: steps against the step limit (−1 when the method stops by its own rule). */
    public static ProgressCount steps(long step, long planned) {
        return new ProgressCount("step", step, planned);
    }

    /** True if the planned count is reached. */
    public boolean complete() {
        return planned >= 0 && done >= planned;
    }

    /** "step 1,200/10,000 (12%)", "matches 120/360 (33%)", or "step 1,200" when the length is unknown. */
    public String text() {
        if (planned < 0) {
            return String.format(Locale.ROOT, "%s %,d", unit, done);
        }
        return String.format(Locale.ROOT, "%s %,d/%,d (%.0f%%)", unit, done, planned,
                planned == 0 ? 100.0 : 100.0 * Math.min(done, planned) / planned);
    }
}
