package org.parley.api;

import java.util.List;
import java.util.Objects;

/**
 * A document after coding: its sentences and everything extracted from them.
 *
 * @param document  the input
 * @param sentences the analysed sentences
 * @param actors    the actors recognised in each sentence, aligned with {@code sentences}
 * @param events    the coded events, in sentence order
 * @param discards  candidate events that were dropped, with reasons
 */
public record CodedDocument(Document document, List<Sentence> sentences, List<List<ActorMention>> actors,
                            List<CodedEvent> events, List<Discard> discards) {
    public CodedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        actors = actors.stream().map(List::copyOf).toList();
        if (actors.size() != sentences.size()) {
            throw new IllegalArgumentException("actors must align with sentences: " + actors.size() + " lists for "
                    + sentences.size() + " sentences");
        }
        events = List.copyOf(events);
        discards = List.copyOf(discards);
    }

    /**
     * This document as a store keeps it: its sentences without their tokens, and without the discarded candidates.
     * A writer that holds many documents at once holds a fraction of the memory.
     */
    public CodedDocument withoutTokens() {
        List<Sentence> bare = sentences.stream()
                .map(s -> s.tokens().isEmpty() ? s : new Sentence(s.index(), s.start(), s.end(), s.text(), List.of()))
                .toList();
        return new CodedDocument(document, bare, actors, events, List.of());
    }
}
