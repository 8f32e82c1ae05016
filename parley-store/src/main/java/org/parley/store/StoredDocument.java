package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored document with its sentence boundaries, for reading an event's evidence in context.
 *
 * @param id        the document id
 * @param date      its date
 * @param title     its title, or {@code null}
 * @param url       its address, or {@code null}
 * @param source    its publisher, or {@code null}
 * @param text      its full text
 * @param sentences its sentences' character ranges in {@code text}, in order
 */
public record StoredDocument(String id, LocalDate date, String title, String url, String source, String text,
                             List<Span> sentences) {
    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /**
     * A sentence's place in the text.
     *
     * @param index its 0-based index
     * @param start its first character
     * @param end   one past its last character
     */
    public record Span(int index, int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
