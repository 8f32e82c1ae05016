package org.parley.api;

import java.util.Objects;

/**
 * An actor recognised in a sentence: a span of tokens and the CAMEO actor code it stands for.
 *
 * @param code       CAMEO actor code of 3-letter chunks, e.g. {@code RUSGOV}, {@code PSEREBHMS}, {@code IGOUNO}
 * @param name       readable name of the actor, e.g. "Russia (government)"
 * @param text       the words in the sentence that name the actor
 * @param firstToken index of the first token of the span in its sentence
 * @param endToken   index one past the last token of the span
 * @param start      document character offset of the span
 * @param end        document character offset one past the span
 */
public record ActorMention(String code, String name, String text, int firstToken, int endToken, int start, int end) {
    public ActorMention {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (code.isEmpty() || code.length() % 3 != 0) {
            throw new IllegalArgumentException("actor code must be made of 3-letter chunks, got '" + code + "'");
        }
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("token span must be non-empty, got " + firstToken + ".." + endToken);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /** The leading country, IGO, NGO or IMG chunk of the code. */
    public String primaryChunk() {
        return code.substring(0, 3);
    }

    /** True when the two spans share no token. */
    public boolean disjoint(ActorMention other) {
        return endToken <= other.firstToken || other.endToken <= firstToken;
    }
}
