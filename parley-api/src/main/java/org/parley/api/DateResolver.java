package org.parley.api;

/** Stage 4: finds when the events of a sentence happened. Per-document state lives in the {@link Reading}. */
public interface DateResolver {
    /** Starts reading one document. */
    Reading open(Document document);

    /** The date-resolution state of one document, read sentence by sentence in order. */
    interface Reading {
        /** The date of events in this sentence: from its own time expressions or the story date. */
        EventDate resolve(Sentence sentence);
    }
}
