package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;

class RuleDateResolverTest {
    private static final LocalDate STORY = LocalDate.of(2019, 11, 30); // a Saturday

    private static EventDate resolve(String text) {
        return RuleDateResolver.resolve(text, STORY, EventDate.storyDate(STORY));
    }

    @Test
    void monthNameIsTheMostRecentPastMonth() {
        EventDate july = resolve("In July, Hamas' deputy leader visited Moscow.");
        assertThat(july.date()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(july.precision()).isEqualTo(Precision.MONTH);
        assertThat(july.historical()).isFalse();
        assertThat(resolve("In December, the talks resumed.").date()).isEqualTo(LocalDate.of(2018, 12, 1));
    }

    @Test
    void midMonth() {
        EventDate mid = resolve("In mid-October, they met again in Doha, Qatar.");
        assertThat(mid.date()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(mid.precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void weekdayIsTheLastOneOnOrBeforeTheStory() {
        assertThat(resolve("The minister said on Wednesday that talks would go on.").date())
                .isEqualTo(LocalDate.of(2019, 11, 27));
        assertThat(resolve("On Saturday the army withdrew.").date()).isEqualTo(STORY);
    }

    @Test
    void explicitDatesAndYears() {
        assertThat(resolve("talks in Moscow, Russia Feb 12, 2019").date()).isEqualTo(LocalDate.of(2019, 2, 12));
        EventDate year = resolve("since it won parliamentary elections in 2006");
        assertThat(year.date()).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(year.precision()).isEqualTo(Precision.YEAR);
        assertThat(year.historical()).isTrue();
    }

    @Test
    void relativeDays() {
        assertThat(resolve("Israel struck Gaza yesterday.").date()).isEqualTo(STORY.minusDays(1));
        assertThat(resolve("The envoy arrived last week.").date()).isEqualTo(STORY.minusWeeks(1));
        assertThat(resolve("Earlier this month, the two sides met.").precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void laterIsRelativeToThePreviousDate() {
        EventDate october = resolve("In mid-October, they met again.");
        EventDate later = RuleDateResolver.resolve("A few weeks later the envoy called.", STORY, october);
        assertThat(later.date()).isEqualTo(LocalDate.of(2019, 10, 1).plusWeeks(3).withDayOfMonth(1));
    }

    @Test
    void noExpressionMeansTheStoryDate() {
        EventDate none = resolve("Russia appears to position itself as a competitor.");
        assertThat(none.date()).isEqualTo(STORY);
        assertThat(none.expression()).isNull();
    }

    @Test
    void theLookForCuesNeverChangesADate() {
        String[] words = {"In", "in", "July", "JULY", "may", "May", "Sept.", "on", "Monday", "monday", "today",
            "Yesterday", "last", "night", "this", "morning", "the", "day", "before", "past", "week", "month", "year",
            "earlier", "later", "a", "few", "weeks", "days", "2019", "1999", "12", "3rd", ",", "-", "2019-07-04",
            "Hamas", "met", "Russia", "Mayor", "Marches", "Decembrist", "Sunday's", "Moscow", "envoys", "said", "This",
            "previous", "Past", "LATER", "tonight", "Tonight's", "March", "3", "of", "since", "mid-", "2030"};
        java.util.Random random = new java.util.Random(7);
        EventDate previous = new EventDate(LocalDate.of(2019, 6, 1), Precision.DAY, false, "June 1");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int w = 0; w < n; w++) {
                text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            String sentence = text.toString();
            assertThat(RuleDateResolver.resolve(sentence, STORY, previous)).as(sentence)
                    .isEqualTo(RuleDateResolver.byRules(sentence, STORY, previous));
        }
    }
}
