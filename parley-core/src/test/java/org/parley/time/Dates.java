package org.parley.time;

import java.time.LocalDate;
import java.util.List;
import org.parley.api.EventDate;
import org.parley.api.Sentence;
import org.parley.testing.TestText;

/** Test helper: the date the time stage gives a predicate in a real analysed text. */
final class Dates {
    /** The story date of the tests, a Saturday: the seed article's date. */
    static final LocalDate STORY = LocalDate.of(2019, 11, 30);

    private Dates() {
    }

    /** The date of the predicate headed by {@code verb} (its first occurrence) in a text dated {@link #STORY}. */
    static EventDate of(String text, String verb) {
        return of(text, verb, STORY);
    }

    /** The date of the predicate headed by {@code verb} (its first occurrence) in a text of the given date. */
    static EventDate of(String text, String verb, LocalDate story) {
        RuleDateResolver.Timeline timeline = new RuleDateResolver.Timeline(story);
        EventDate date = null;
        for (Sentence sentence : TestText.sentences(text, story)) {
            SentenceTimes times = timeline.read(sentence);
            if (date == null && sentence.tokens().stream().anyMatch(t -> t.text().equals(verb))) {
                date = times.dateAt(TestText.token(sentence, verb));
            }
        }
        if (date == null) {
            throw new AssertionError("no '" + verb + "' in: " + text);
        }
        return date;
    }

    /** The time expressions the stage finds in a one-sentence text. */
    static List<SentenceTimes.Expression> expressions(String text) {
        Sentence sentence = TestText.sentences(text, STORY).get(0);
        return new RuleDateResolver.Timeline(STORY).read(sentence).expressions();
    }
}
