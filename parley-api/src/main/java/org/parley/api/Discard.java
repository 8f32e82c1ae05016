package org.parley.api;

import java.util.Objects;

/**
 * A predicate that matched an event pattern but was not coded.
 *
 * @param sentence index of the sentence in its document
 * @param verb     the predicate's words
 * @param cameo    the code the pattern proposed
 * @param reason   why it was not coded
 */
public record Discard(int sentence, String verb, String cameo, Reason reason) implements Extraction {
    /**
     * The closed set of reasons to drop a candidate event. {@code NO_TARGET}: an event without a target where the
     * conventions require both actors (PETRARCH's).
     */
    public enum Reason { NEGATED, HYPOTHETICAL, NO_SOURCE, SAME_ACTOR, STATEMENT_WITHOUT_TARGET, NON_POLITICAL, NO_TARGET }

    public Discard {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(reason, "reason");
    }
}
