package org.parley.api;

import java.util.List;

/** Stage 4: finds when the events of a sentence happened. Per-document state lives in the {@link Reading}. */
public interface DateResolver {
    /** Starts reading one document. */
    Reading open(Document document);

    /** The date-resolution state of one document, read sentence by sentence in order. */
    interface Reading {
        /**
         * Dates the events of the next sentence of the document. Called for every sentence in order, with or
         * without events, because a later sentence may count from this one's dates ("a few weeks later").
         *
         * @param sentence the sentence
         * @param events   the events coded from it, possibly none
         * @return the same events in the same order, each with its date resolved (the story date when the text
         *         gives none)
         */
        List<CodedEvent> resolve(Sentence sentence, List<CodedEvent> events);
    }
}
