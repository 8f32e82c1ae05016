package org.parley.event;

/**
 * A predicate found by clause analysis: the lexical verb with its auxiliary chain.
 *
 * @param head       token index of the lexical verb
 * @param groupStart token index where the verb group starts (first auxiliary, negation or infinitival "to")
 * @param passive    "was attacked": the grammatical subject is the target
 * @param negated    "did not meet", "never visited"
 * @param modality   the modal or future marker, if any
 * @param infinitive "to meet": a complement of an earlier predicate, whose subject it shares
 */
public record Predicate(int head, int groupStart, boolean passive, boolean negated, Modality modality,
                        boolean infinitive) {
    /** What the verb group says about the reality of the event. */
    public enum Modality {
        /** Asserted as happening or having happened. */
        FACTUAL,
        /** "will", "shall": announced for the future. */
        FUTURE,
        /** "could", "may", "might", "would", "should": possible, not asserted. */
        HYPOTHETICAL,
        /** "must", "should": required of the subject, which a speaker's "said X must" turns into a demand. */
        OBLIGATION
    }

    public Predicate {
        if (head < 0 || groupStart < 0 || groupStart > head) {
            throw new IllegalArgumentException("verb group must start at or before its head: " + groupStart + ".." + head);
        }
    }
}
