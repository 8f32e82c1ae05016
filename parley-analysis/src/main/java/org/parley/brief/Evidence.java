package org.parley.brief;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.store.StoredSentence;

/**
 * Where a statement of a brief comes from: a sentence of a stored document.
 *
 * @param docId    the document
 * @param sentence the sentence's 0-based index in it
 * @param date     the document's date
 * @param url      the document's address, or {@code null}
 * @param text     the sentence
 */
public record Evidence(String docId, int sentence, LocalDate date, String url, String text) {
    public Evidence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }

    static Evidence of(StoredSentence s) {
        return new Evidence(s.docId(), s.index(), s.date(), s.url(), s.text().replaceAll("\\s+", " ").strip());
    }

    /** A short citation: document and sentence. */
    public String cite() {
        return docId + " §" + sentence;
    }
}
