package org.parley.api;

import java.util.Objects;

/**
 * One token of a sentence with its analysis.
 *
 * @param text  the token as written
 * @param start character offset of the first character in the document text
 * @param end   character offset one past the last character in the document text
 * @param pos   Universal Dependencies part-of-speech tag (e.g. {@code VERB}, {@code PROPN}, {@code AUX}); empty
 *              when the sentence was not tagged (see {@link TextAnalyzer#tokenize})
 * @param lemma lower-case dictionary form; empty when the sentence was not tagged
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /** True for lexical verbs (UD {@code VERB}). */
    public boolean isVerb() {
        return "VERB".equals(pos);
    }

    /** True for nouns, common or proper. */
    public boolean isNoun() {
        return "NOUN".equals(pos) || "PROPN".equals(pos);
    }
}
