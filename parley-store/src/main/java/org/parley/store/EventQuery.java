package org.parley.store;

import java.time.LocalDate;

/**
 * A filter over stored events; {@code null} fields do not filter.
 *
 * @param actor     an actor code prefix that must be the source or the target ("RUS", "PSEREBHMS")
 * @param dyadA     with {@code dyadB}: events between the two, either direction
 * @param dyadB     see {@code dyadA}
 * @param cameoRoot two-digit CAMEO root, e.g. "04"
 * @param from      first event date included
 * @param to        last event date included
 * @param limit     the most events returned
 */
public record EventQuery(String actor, String dyadA, String dyadB, String cameoRoot, LocalDate from, LocalDate to,
                         int limit) {
    public EventQuery {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        if ((dyadA == null) != (dyadB == null)) {
            throw new IllegalArgumentException("a dyad needs both actors");
        }
        if (cameoRoot != null && !cameoRoot.matches("\\d{2}")) {
            throw new IllegalArgumentException("cameoRoot must be two digits, got '" + cameoRoot + "'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + to);
        }
    }

    /** Every event, up to a limit. */
    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, limit);
    }
}
