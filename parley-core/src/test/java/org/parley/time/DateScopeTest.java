package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;

/** Which predicate a time expression dates: its own clause and the clauses above it, never those below. */
class DateScopeTest {
    private static final String REGIME = "Moreover, Hamas wants Russia to help it restore its relations with the "
            + "Syrian regime, which broke down in 2012 when the former backed the Syrian anti-regime protests.";
    private static final String ELECTIONS = "Russia has maintained high-level contact with it since it won "
            + "parliamentary elections and assumed control of Gaza in 2006.";

    @Test
    void aYearInARelativeClauseDoesNotDateTheMainVerb() {
        assertThat(Dates.of(REGIME, "restore")).isEqualTo(EventDate.storyDate(Dates.STORY));
        EventDate backed = Dates.of(REGIME, "backed");
        assertThat(backed.date()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(backed.precision()).isEqualTo(Precision.YEAR);
        assertThat(backed.historical()).isTrue();
    }

    @Test
    void aSinceClauseDatesItsOwnVerbsNotTheOngoingState() {
        assertThat(Dates.of(ELECTIONS, "maintained")).isEqualTo(EventDate.storyDate(Dates.STORY));
        for (String verb : new String[] {"won", "assumed"}) {
            EventDate date = Dates.of(ELECTIONS, verb);
            assertThat(date.date()).as(verb).isEqualTo(LocalDate.of(2006, 1, 1));
            assertThat(date.historical()).as(verb).isTrue();
        }
    }

    @Test
    void aCoordinateClauseWithItsOwnTimeTakesIt() {
        String text = "In mid-October, they met again in Doha, Qatar, and then a few weeks later the Russian envoy "
                + "had a phone conversation with Hamas's chief, Ismail Haniya.";
        assertThat(Dates.of(text, "met").date()).isEqualTo(LocalDate.of(2019, 10, 1));
        EventDate call = Dates.of(text, "had");
        assertThat(call.date()).isAfter(LocalDate.of(2019, 10, 15));
        assertThat(call.precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void aCoordinateClauseWithoutATimeTakesTheOneBefore() {
        String text = "In mid-October, Russian President Vladimir Putin said that his country would support any "
                + "deal that would bring peace, but called Washington's proposal pretty vague.";
        assertThat(Dates.of(text, "called").date()).isEqualTo(LocalDate.of(2019, 10, 1));
    }

    @Test
    void aRelativeClauseBetweenCommasEnds() {
        String text = "Hamas, which won elections in 2006, attacked Israel on Tuesday.";
        assertThat(Dates.of(text, "attacked").date()).isEqualTo(LocalDate.of(2019, 11, 26));
        assertThat(Dates.of(text, "won").date()).isEqualTo(LocalDate.of(2006, 1, 1));
    }

    @Test
    void anAdverbialClauseKeepsItsTime() {
        String text = "After the talks collapsed in March, Israel struck Gaza on Sunday.";
        assertThat(Dates.of(text, "struck").date()).isEqualTo(LocalDate.of(2019, 11, 24));
        assertThat(Dates.of(text, "collapsed").date()).isEqualTo(LocalDate.of(2019, 3, 1));
    }

    @Test
    void theFutureIsReadPerClause() {
        String text = "The minister said on Monday that he will visit Moscow in July.";
        assertThat(Dates.of(text, "said").date()).isEqualTo(LocalDate.of(2019, 11, 25));
        assertThat(Dates.of(text, "visit").date()).isEqualTo(LocalDate.of(2020, 7, 1));
    }

    @Test
    void aSentenceWithoutATimeHasTheStoryDate() {
        EventDate none = Dates.of("Russia appears to position itself as a competitor to the US.", "appears");
        assertThat(none).isEqualTo(EventDate.storyDate(Dates.STORY));
        assertThat(none.expression()).isNull();
    }
}
