package org.parley.event;

import java.util.List;
import java.util.Objects;

/**
 * One verb pattern: a head lemma followed by lemmas and at most one target slot, coding a CAMEO event.
 *
 * @param cameo    the CAMEO event code it assigns, or {@link #NO_EVENT} for a pattern that marks a use of the verb
 *                 that is no event ("pass away"), so that a less specific pattern does not code it
 * @param head     the predicate's lemma, e.g. "meet"
 * @param elements what must follow the head, in order: lemmas, and {@link #TARGET} for the target actor
 * @param text     the pattern as written in the dictionary, e.g. "meet with +"
 */
public record VerbPattern(String cameo, String head, List<String> elements, String text) {
    /** The element that stands for the target actor. */
    public static final String TARGET = "+";

    /** The code of a pattern that codes nothing (PETRARCH's {@code [---]}). */
    public static final String NO_EVENT = "---";

    public VerbPattern {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(text, "text");
        elements = List.copyOf(elements);
        if (elements.stream().filter(TARGET::equals).count() > 1) {
            throw new IllegalArgumentException("a pattern has at most one target slot: '" + text + "'");
        }
    }

    /** Parses "meet with +" for a code. */
    public static VerbPattern parse(String cameo, String pattern) {
        String[] words = pattern.strip().toLowerCase().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || TARGET.equals(words[0])) {
            throw new IllegalArgumentException("a pattern must start with its head lemma: '" + pattern + "'");
        }
        return new VerbPattern(cameo, words[0], List.of(words).subList(1, words.length), pattern.strip());
    }

    /** True for a pattern that marks a use of the verb that is no event. */
    public boolean codesNothing() {
        return NO_EVENT.equals(cameo);
    }

    /** True when the pattern names a target slot. */
    public boolean hasTarget() {
        return elements.contains(TARGET);
    }
}
