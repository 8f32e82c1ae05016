package org.parley.api;

import java.util.List;

/**
 * Stage 2: finds the actors named in sentences. Thread-safe; per-document memory (names introduced earlier in
 * the document) lives in the {@link Reading} it opens, never in the recognizer.
 */
public interface ActorRecognizer {
    /** Starts reading one document; the returned reading is used by one thread, sentence by sentence in order. */
    Reading open(Document document);

    /** The actor-recognition state of one document. */
    interface Reading {
        /** The actors in the sentence, ordered by position, non-overlapping. */
        List<ActorMention> recognize(Sentence sentence);
    }
}
