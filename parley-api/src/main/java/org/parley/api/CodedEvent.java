package org.parley.api;

import java.util.Objects;

/**
 * One coded event: who did what to whom, when and where, with the evidence it came from.
 *
 * @param docId     the document it came from
 * @param sentence  0-based index of the evidence sentence in the document
 * @param source    the actor that acts
 * @param target    the actor acted upon, or {@code null}
 * @param type      the CAMEO event type with its PLOVER classification
 * @param date      when it happened
 * @param location  where it happened, or {@code null}
 * @param verbText  the predicate's words, e.g. "met with"
 * @param verbStart document character offset of the predicate
 * @param verbEnd   document character offset one past the predicate
 * @param pattern   the dictionary pattern that coded it, e.g. "meet with +"
 * @param text      the evidence sentence
 */
public record CodedEvent(String docId, int sentence, ActorMention source, ActorMention target, EventType type,
                         EventDate date, Location location, String verbText, int verbStart, int verbEnd,
                         String pattern, String text) implements Extraction {
    public CodedEvent {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(verbText, "verbText");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(text, "text");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0, got " + sentence);
        }
        if (verbStart < 0 || verbEnd < verbStart) {
            throw new IllegalArgumentException("verb offsets must satisfy 0 <= start <= end");
        }
    }

    /** A copy with this date. */
    public CodedEvent withDate(EventDate when) {
        return withWhenAndWhere(when, location);
    }

    /** A copy with this location ({@code null} for none). */
    public CodedEvent withLocation(Location where) {
        return withWhenAndWhere(date, where);
    }

    /** A copy with the date and location resolved. */
    public CodedEvent withWhenAndWhere(EventDate when, Location where) {
        return new CodedEvent(docId, sentence, source, target, type, when, where, verbText, verbStart, verbEnd,
                pattern, text);
    }
}
