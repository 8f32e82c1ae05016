package org.parley.brief;

import java.util.Objects;

/**
 * A side's stand on an issue.
 *
 * @param side      the side's name
 * @param holder    the words naming the side
 * @param stance    the stance words as written ("calls for", "opposes", "rejection of")
 * @param favours   true for support, false for opposition
 * @param issue     the issue as written ("a two-state solution")
 * @param contrast  the other side's name when the sentence sets the two against each other ("Unlike Hamas, ..."),
 *                  else {@code null}
 * @param evidence  the sentence
 */
public record Position(String side, String holder, String stance, boolean favours, String issue, String contrast,
                       Evidence evidence) {
    public Position {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(evidence, "evidence");
    }
}
