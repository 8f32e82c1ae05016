package org.parley.api;

/**
 * What the event coder made of one predicate: a coded event, or a discard that says why not.
 * Keeping discards lets users see why a sentence produced nothing.
 */
public sealed interface Extraction permits CodedEvent, Discard {
    /** Index of the sentence in its document. */
    int sentence();
}
