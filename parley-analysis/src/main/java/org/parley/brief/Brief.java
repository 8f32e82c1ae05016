package org.parley.brief;

import java.util.List;
import java.util.Objects;

/**
 * What is behind a relationship, every statement backed by a sentence: the two sides' interactions, the trend of
 * their relations, what each side wants from or through the other, where they agree and differ, and who else is
 * involved.
 *
 * @param a            one side's name
 * @param b            the other's
 * @param matchA       how side a was matched to actor codes
 * @param matchB       how side b was matched
 * @param documents    documents that name both sides
 * @param timeline     interactions, in date order
 * @param trend        the trend in a few sentences
 * @param aimsA        side a's stated aims and motives
 * @param aimsB        side b's
 * @param issues       agreements and disagreements
 * @param positions    other stated positions of either side
 * @param thirdParties actors named with both, most involved first
 */
public record Brief(String a, String b, String matchA, String matchB, int documents, List<TimelineEntry> timeline,
                    List<String> trend, List<Statement> aimsA, List<Statement> aimsB, List<Issue> issues,
                    List<Position> positions, List<ThirdParty> thirdParties) {
    public Brief {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        timeline = List.copyOf(timeline);
        trend = List.copyOf(trend);
        aimsA = List.copyOf(aimsA);
        aimsB = List.copyOf(aimsB);
        issues = List.copyOf(issues);
        positions = List.copyOf(positions);
        thirdParties = List.copyOf(thirdParties);
    }
}
