package org.parley.api;

import java.util.List;

/** Stage 1: splits a document into sentences and tokens, with part-of-speech tags and lemmas. Thread-safe. */
public interface TextAnalyzer {
    /** The analysed sentences of the document, in order. */
    List<Sentence> analyze(Document document);
}
