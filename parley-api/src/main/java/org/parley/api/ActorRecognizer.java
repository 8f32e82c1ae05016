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

        /**
         * Whether {@link #recognize} could find an actor in the sentence, judged from its words alone (its tokens
         * may be untagged). When this says no, {@code recognize} must find none and remember nothing from it, so
         * the caller may skip tagging and recognising the sentence. The default, yes, is always safe.
         */
        default boolean mayMention(Sentence untagged) {
            return true;
        }
    }
}
