package org.gtlab.coopetition;

import java.util.Objects;

/**
 * One reproduction check of spec §11: its ID ({@code T-01} … {@code T-43}), what it checks, the
 * headline measured value next to its reference and tolerance, and whether the whole check (all of
 * its conditions, not only the headline) passed.
 *
 * @param id        "T-01" … "T-43"
 * @param title     what is checked, one line
 * @param label     provenance label(s) of the reference: P, R, D (spec §1.3)
 * @param measured  the headline value as computed now
 * @param reference the reference value (text, e.g. "58" or "0.825")
 * @param tolerance the tolerance (text, e.g. "abs 1e-12", "exact")
 * @param pass      true if every condition of the check holds
 * @param detail    the sub-conditions that failed (empty when it passed)
 */
public record Check(String id, String title, String label, String measured, String reference, String tolerance,
        boolean pass, String detail) {

    /** @throws NullPointerException for a missing text */
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tolerance, "tolerance");
        detail = Objects.requireNonNullElse(detail, "");
    }
}
