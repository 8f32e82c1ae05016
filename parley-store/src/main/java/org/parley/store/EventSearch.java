package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One page of a filtered event listing, for browsing: the filters of {@link EventQuery} plus a PLOVER type, words
 * of the evidence sentence and a keyset cursor. Pages are in the listing order (event date, document, sentence,
 * position) and each ends with the {@link Cursor} to pass for the next one, so paging stays stable and cheap however
 * deep it goes. {@code null} fields do not filter.
 *
 * @param actor     an actor code prefix that must be the source or the target
 * @param dyadA     with {@code dyadB}: events between the two code prefixes, either direction
 * @param dyadB     see {@code dyadA}
 * @param cameoRoot two-digit CAMEO root, e.g. "19"
 * @param plover    PLOVER event type, e.g. "ASSAULT" (case-insensitive)
 * @param text      words the evidence sentence must contain, as written (case-insensitive)
 * @param from      first event date included
 * @param to        last event date included
 * @param after     the cursor of the previous page's last report, or {@code null} for the first page
 * @param limit     the most reports on the page, 1 to 1000
 */
public record EventSearch(String actor, String dyadA, String dyadB, String cameoRoot, String plover, String text,
                          LocalDate from, LocalDate to, Cursor after, int limit) {
    public EventSearch {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, got " + limit);
        }
        // The same checks as a plain query; building one throws the same messages.
        new EventQuery(actor, dyadA, dyadB, cameoRoot, from, to, limit);
        if (plover != null && !plover.matches("[A-Za-z_]{1,40}")) {
            throw new IllegalArgumentException("plover must be a PLOVER event type such as ASSAULT, got '" + plover + "'");
        }
        if (text != null && (text.isBlank() || text.length() > 200)) {
            throw new IllegalArgumentException("text must be 1 to 200 characters");
        }
    }

    /** The first page of every event. */
    public static EventSearch all(int limit) {
        return new EventSearch(null, null, null, null, null, null, null, null, null, limit);
    }

    /** The same search from another cursor. */
    public EventSearch after(Cursor cursor) {
        return new EventSearch(actor, dyadA, dyadB, cameoRoot, plover, text, from, to, cursor, limit);
    }

    /**
     * A position in the listing order: the key of one report.
     *
     * @param date     its event date
     * @param docId    its document
     * @param sentence its sentence
     * @param ordinal  its position among the sentence's reports
     */
    public record Cursor(LocalDate date, String docId, int sentence, int ordinal) {
        public Cursor {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(docId, "docId");
        }
    }

    /**
     * A page of reports.
     *
     * @param mentions the reports, in listing order
     * @param next     where the next page starts, or {@code null} when this is the last
     */
    public record Page(java.util.List<StoredMention> mentions, Cursor next) {
        public Page {
            mentions = java.util.List.copyOf(mentions);
        }
    }
}
