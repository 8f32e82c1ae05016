package org.parley.brief;

import java.util.Objects;

/**
 * What one side says it wants, or the stand it takes, in one sentence.
 *
 * @param side     the side's name as the brief calls it
 * @param holder   the words that name the side in the sentence ("Moscow", "it")
 * @param cue      the words that make it a statement ("wants", "calls for", "help ... from Russia")
 * @param content  what is wanted or stood for: the words after the cue, up to the end of the clause
 * @param evidence the sentence
 */
public record Statement(String side, String holder, String cue, String content, Evidence evidence) {
    public Statement {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(evidence, "evidence");
    }
}
