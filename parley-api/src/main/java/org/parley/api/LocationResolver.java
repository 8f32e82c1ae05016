package org.parley.api;

import java.util.List;

/**
 * Stage 5: finds where the events of a sentence happened. Thread-safe; per-document state (the countries the
 * document is about so far) lives in the {@link Reading}.
 */
public interface LocationResolver {
    /** Starts reading one document; the returned reading is used by one thread, sentence by sentence in order. */
    Reading open(Document document);

    /** The location-resolution state of one document. */
    interface Reading {
        /**
         * Locates the events of the next sentence. Called for every sentence in order, with or without events, so
         * that the actors of earlier sentences can disambiguate place names ("Tripoli" in a story about Lebanon).
         *
         * @param sentence the sentence
         * @param actors   the actors recognised in it
         * @param events   the events coded from it, possibly none
         * @return the same events in the same order, each with its location, or none when the text names no place
         */
        List<CodedEvent> locate(Sentence sentence, List<ActorMention> actors, List<CodedEvent> events);
    }
}
