package org.parley.api;

import java.util.List;

/**
 * Stage 1: splits a document into sentences and tokens, with part-of-speech tags and lemmas. Thread-safe.
 *
 * <p>Tagging can be asked for in two steps, {@link #tokenize} then {@link #tag} per sentence, so that the pipeline
 * tags only the sentences that can hold an event; analysers that cannot split the work need not: by default
 * {@code tokenize} analyses fully and {@code tag} has nothing left to do.
 */
public interface TextAnalyzer {
    /** The analysed sentences of the document, in order. */
    List<Sentence> analyze(Document document);

    /**
     * The document's sentences and tokens, possibly not yet tagged: untagged tokens have an empty {@code pos} and
     * {@code lemma}. {@link #tag} completes a sentence; the sentences and tokens are those {@link #analyze} gives.
     */
    default List<Sentence> tokenize(Document document) {
        return analyze(document);
    }

    /** The sentence with tags and lemmas, as {@link #analyze} gives it; a tagged sentence is returned as it is. */
    default Sentence tag(Sentence sentence) {
        return sentence;
    }
}
