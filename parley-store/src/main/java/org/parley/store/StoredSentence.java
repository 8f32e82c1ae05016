package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.api.ActorMention;

/**
 * A stored sentence with the actors it names, for reading what documents say about actors.
 *
 * @param docId   the document
 * @param date    the document's date
 * @param title   the document's title, or {@code null}
 * @param url     the document's address, or {@code null}
 * @param index   the sentence's 0-based index in the document
 * @param start   the sentence's character offset in the document
 * @param text    the sentence
 * @param actors  the actors it names, in order; offsets are document offsets
 */
public record StoredSentence(String docId, LocalDate date, String title, String url, int index, int start,
                             String text, List<ActorMention> actors) {
    public StoredSentence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        actors = List.copyOf(actors);
    }
}
