package org.parley.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueMatcherTest {
    private static Position position(String side, boolean favours, String issue, String contrast) {
        return new Position(side, side, favours ? "supports" : "opposes", favours, issue, contrast,
                new Evidence("d", 0, LocalDate.of(2019, 11, 30), null, side + " on " + issue));
    }

    @Test
    void theSameIssueIsRecognisedAcrossWordings() {
        assertThat(IssueMatcher.same("a two-state solution", "the two-state solutions")).isTrue();
        assertThat(IssueMatcher.same("deal of the century", "the “deal of the century”")).isTrue();
        assertThat(IssueMatcher.same("any deal that would bring peace", "deal of the century")).isFalse();
        assertThat(IssueMatcher.same("armed resistance", "a two-state solution")).isFalse();
    }

    @Test
    void sidesAgreeDifferOrStandAlone() {
        List<Position> unmatched = new ArrayList<>();
        List<Issue> issues = IssueMatcher.issues(List.of(
                position("Hamas", false, "the deal of the century", null),
                position("Russia", false, "deal of the century", null),
                position("Russia", true, "a two-state solution", "Hamas"),
                position("Iran", true, "sanctions relief", null),
                position("Israel", true, "the annexation plan", null),
                position("Jordan", false, "annexation plan", null)), unmatched);
        assertThat(issues).extracting(Issue::issue, Issue::agreement, Issue::basis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the deal of the century", true, "both oppose"),
                org.assertj.core.groups.Tuple.tuple("a two-state solution", false, "Russia set against Hamas"),
                org.assertj.core.groups.Tuple.tuple("the annexation plan", false, "opposite stances"));
        assertThat(unmatched).extracting(Position::side).containsExactly("Iran");
    }
}
