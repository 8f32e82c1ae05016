package org.parley.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news document to be coded: the unit of input and of re-ingestion.
 *
 * @param id     stable identifier, unique within a store; re-ingesting the same id replaces its events
 * @param date   publication date, the anchor for relative dates in the text
 * @param text   the article body, paragraphs separated by blank lines
 * @param title  headline, or {@code null}
 * @param url    where it came from, or {@code null}
 * @param source publisher, or {@code null}
 */
public record Document(String id, LocalDate date, String text, String title, String url, String source) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** A document with only the required fields. */
    public static Document of(String id, LocalDate date, String text) {
        return new Document(id, date, text, null, null, null);
    }
}
