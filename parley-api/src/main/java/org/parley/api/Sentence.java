package org.parley.api;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a document with its tokens.
 *
 * @param index  0-based position of the sentence in its document
 * @param start  character offset of the sentence in the document text
 * @param end    character offset one past the sentence's end
 * @param text   the sentence as written
 * @param tokens the tokens, in order; offsets are document offsets
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The token at {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }
}
