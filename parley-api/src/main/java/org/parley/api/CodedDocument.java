package org.parley.api;

import java.util.List;
import java.util.Objects;

/**
 * A document after coding: its sentences and everything extracted from them.
 *
 * @param document  the input
 * @param sentences the analysed sentences
 * @param events    the coded events, in sentence order
 * @param discards  candidate events that were dropped, with reasons
 */
public record CodedDocument(Document document, List<Sentence> sentences, List<CodedEvent> events,
                            List<Discard> discards) {
    public CodedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
        discards = List.copyOf(discards);
    }
}
