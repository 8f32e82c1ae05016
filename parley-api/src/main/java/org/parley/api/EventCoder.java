package org.parley.api;

import java.util.List;

/**
 * Stage 3: codes the events of a sentence from its tokens and actors. Thread-safe. Every event has a source actor,
 * so a sentence without actor mentions yields no extraction, and the pipeline does not ask.
 */
public interface EventCoder {
    /**
     * The extractions of one sentence: coded events (dated with the story date; a later stage refines the date)
     * and discards.
     */
    List<Extraction> code(Document document, Sentence sentence, List<ActorMention> actors);
}
