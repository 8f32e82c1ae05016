package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.api.EventDate;
import org.parley.api.Sentence;
import org.parley.testing.TestPipeline;
import org.parley.testing.TestText;

/** Every rule has an example it finds, earlier rules win overlaps, and no input breaks the stage. */
class TimeExpressionsTest {
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("iso date", "The truce was signed on 2019-02-12."),
            Map.entry("month day year", "The truce was signed on Feb. 12, 2019."),
            Map.entry("day month year", "The truce was signed on 12 February 2019."),
            Map.entry("part of month year", "The truce was signed in mid-February 2019."),
            Map.entry("month year", "The truce was signed in February 2019."),
            Map.entry("decade", "The truce held through the 1990s."),
            Map.entry("year", "The truce was signed in 2019."),
            Map.entry("month day", "The truce was signed on February 12."),
            Map.entry("day month", "The truce was signed on 12 February."),
            Map.entry("part of month", "The truce was signed in late February."),
            Map.entry("month", "The truce was signed in February."),
            Map.entry("span", "The truce has held over the past two years."),
            Map.entry("relative day", "The truce was signed yesterday."),
            Map.entry("weekday", "The truce was signed on Wednesday."),
            Map.entry("weekend", "The truce was signed over the weekend."),
            Map.entry("later", "The truce was signed two days later."),
            Map.entry("next day", "The truce was signed the following day."),
            Map.entry("day after", "The truce was signed the day after."),
            Map.entry("later that", "The truce was signed later that month."),
            Map.entry("ago", "The truce was signed three weeks ago."),
            Map.entry("period", "The truce was signed last month."));

    @Test
    void everyRuleFindsItsExample() {
        List<DateRule> rules = Stream.concat(CalendarRules.rules().stream(), RelativeRules.rules().stream()).toList();
        assertThat(rules).extracting(DateRule::name).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
        for (DateRule rule : rules) {
            List<TimeExpressions.Found> found = TimeExpressions.find(EXAMPLES.get(rule.name()));
            assertThat(found).as(rule.name()).singleElement()
                    .satisfies(f -> assertThat(f.rule().name()).isEqualTo(rule.name()));
        }
    }

    @Test
    void theDayBeforeCountsFromThePreviousDate() {
        EventDate date = Dates.of("On Feb 3, 2019, the talks opened. The day before, rebels shelled the city.",
                "shelled");
        assertThat(date.date()).isEqualTo(LocalDate.of(2019, 2, 2));
    }

    @Test
    void boundsAreFoundButDateNothing() {
        assertThat(Dates.expressions("Russia has kept contact with Hamas since 2006.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).isEqualTo("since 2006");
                    assertThat(e.dating()).isFalse();
                });
    }

    @Test
    void skippingRulesWithoutTheirCuesFindsTheSame() {
        String[] words = {"in", "on", "since", "by", "the", "mid-", "mid", "early", "late", "July", "May", "may",
            "March", "march", "Sept.", "Feb", "12", "31st", "2006", "2019", "1990s", "'90s", ",", "Wednesday",
            "Mondays", "last", "next", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "a",
            "few", "couple", "of", "days", "day", "later", "Later", "afterwards", "ago", "AGO", "will", "which",
            "yesterday", "Yesterday's", "today", "Russia", "tonight", "morning", "this", "night", "overnight",
            "2019-02-12", "following", "previous", "preceding", "before", "after", "that", "same", "earlier",
            "weekend", "two", "for", "within", "recent", "past", "coming", "hosted", "met", "midOctober",
            "earlyJuly", "LATEMarch", "Day-after", "éJanuary", "5July", "July5", "_June", "Ministry", "UNESCO", ".",
            "-", "’", "\n", "Jan", "Sept.", "Sep", "Oct.", "Dec", "Apr", "12th", "3,000", "2019-02-30", "mid-Sept",
            "August", "beginning", "end", "throughout", "during", "20190", "1990", "'80s", "’70s", "1980s,", "2000s",
            "12019", "2019s", "mid-2019", "mid2019", "from", "0s", "10s", "x1990s", "1990s's",
            // The longest reaches before a cue word, which a search from a few words before the first cue must keep.
            "a couple of days later", "a couple of weeks ago", "the day before yesterday", "the beginning of July",
            "at the end of March 2019", "for two more weeks", "the past two years", "over the weekend",
            "earlier this week", "late last year", "12 of February 2019", "12th of Sept. 2019", "in early 2019",
            "the early 1990s", "the following day", "the day after", "later that month", "a few days afterwards",
            "a\tcouple\nof  days later", "the\u000Bday before yesterday"};
        Random random = new Random(8);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertThat(describe(TimeExpressions.find(t))).as(t).isEqualTo(describe(TimeExpressions.find(t, false)));
        }
    }

    /** The PLOVER gold sentences are news as written: the cues skip no expression in them. */
    @Test
    void skippingRulesChangesNothingOnNews() throws Exception {
        Path shared = TestPipeline.sharedData();
        Path gold = shared == null ? null : shared.resolve("plover/gsr-dev.jsonl");
        Assumptions.assumeTrue(gold != null && Files.exists(gold), "PLOVER gold sentences not present");
        ObjectMapper json = new ObjectMapper();
        int found = 0;
        for (String line : Files.readAllLines(gold)) {
            if (!line.isBlank()) {
                String text = json.readTree(line).get("text").asText();
                assertThat(describe(TimeExpressions.find(text))).as(text)
                        .isEqualTo(describe(TimeExpressions.find(text, false)));
                found += TimeExpressions.find(text).size();
            }
        }
        assertThat(found).isGreaterThan(50);
    }

    @Test
    void mostSentencesAreNotSearched() {
        assertThat(TimeExpressions.find("Hamas leaders met Egyptian officials to discuss the ceasefire.")).isEmpty();
        assertThat(TimeExpressions.find("Hamas leaders met Egyptian officials in midOctober.")).singleElement()
                .satisfies(f -> assertThat(f.rule().name()).isEqualTo("part of month"));
    }

    private static List<String> describe(List<TimeExpressions.Found> found) {
        return found.stream().map(f -> f.rule().name() + "@" + f.start() + "-" + f.end() + ":" + f.bound()).toList();
    }

    @Test
    void survivesRandomTimeLikeInput() {
        String[] words = {"in", "on", "since", "by", "the", "mid-", "early", "late", "July", "May", "February", "12",
            "31", "2006", "2019", "1990s", ",", "Wednesday", "last", "next", "week", "month", "year", "a", "few",
            "days", "later", "ago", "will", "which", "when", "and", "then", "yesterday", "2019-02-30", "Feb.", "of",
            "following", "day", "before", "that", "this", "earlier", "weekend", "two", "hosted", "met", "."};
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            RuleDateResolver.Timeline timeline = new RuleDateResolver.Timeline(Dates.STORY);
            for (Sentence sentence : TestText.sentences(text.toString(), Dates.STORY)) {
                SentenceTimes times = timeline.read(sentence);
                for (int token = 0; token < sentence.size(); token++) {
                    EventDate date = times.dateAt(token);
                    assertThat(date.date().getYear()).as(text.toString()).isBetween(1900, 2100);
                }
            }
        }
    }
}
