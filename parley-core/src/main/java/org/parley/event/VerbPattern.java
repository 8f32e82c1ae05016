package org.parley.event;

import java.util.List;
import java.util.Objects;

/**
 * One verb pattern: a head lemma, the words that must precede it, and the lemmas and slots that must follow it,
 * coding a CAMEO event.
 *
 * <p>Slots after the head: {@link #TARGET} takes the target actor; {@link #SOURCE} takes the source actor, the
 * subject then being the target ("received money from +" written {@code + * MONEY $}); {@link #SKIP} passes over
 * one noun phrase that is no slot ("celebrated Iftar in Cairo with +"); {@link #JOINED} between two words says
 * they stand next to each other.
 *
 * @param cameo    the CAMEO event code it assigns, or {@link #NO_EVENT} for a pattern that marks a use of the verb
 *                 that is no event ("pass away"), so that a less specific pattern does not code it
 * @param head     the predicate's lemma, e.g. "meet"
 * @param before   lemmas that must stand, in order, between the subject and the head ("death toll" in "the death
 *                 toll has risen"); usually empty
 * @param elements what must follow the head, in order: lemmas and slots
 * @param text     the pattern as written in the dictionary, e.g. "meet with +"
 * @param reverse  the code of the same event seen from the target ("left for +" is a visit, 042, and the target
 *                 hosts it, 043), or {@code null} when the dictionary gives none
 */
public record VerbPattern(String cameo, String head, List<String> before, List<String> elements, String text,
                          String reverse) {
    /** The element that stands for the target actor. */
    public static final String TARGET = "+";

    /** The element that stands for the source actor, written after the head when the subject is the target. */
    public static final String SOURCE = "$";

    /** The element that passes over one noun phrase. */
    public static final String SKIP = "^";

    /** The element that joins the words on either side: nothing may stand between them ("economic _ relations"). */
    public static final String JOINED = "_";

    /** The code of a pattern that codes nothing (PETRARCH's {@code [---]}). */
    public static final String NO_EVENT = "---";

    public VerbPattern {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(text, "text");
        before = List.copyOf(before);
        elements = List.copyOf(elements);
        if (elements.stream().filter(TARGET::equals).count() > 1) {
            throw new IllegalArgumentException("a pattern has at most one target slot: '" + text + "'");
        }
        if (elements.stream().filter(SOURCE::equals).count() > 1) {
            throw new IllegalArgumentException("a pattern has at most one source slot: '" + text + "'");
        }
        if (before.contains(TARGET) || before.contains(SOURCE) || before.contains(SKIP) || before.contains(JOINED)) {
            throw new IllegalArgumentException("the words before the head are words only: '" + text + "'");
        }
    }

    /** A pattern of words after the head only, with no reverse code. */
    public VerbPattern(String cameo, String head, List<String> elements, String text) {
        this(cameo, head, List.of(), elements, text, null);
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

    /** True when the pattern names a source slot after the head: its subject is then the target. */
    public boolean hasSource() {
        return elements.contains(SOURCE);
    }

    /** The number of words and slots the pattern requires: longer patterns are more specific. */
    public int length() {
        return before.size() + elements.size();
    }
}
