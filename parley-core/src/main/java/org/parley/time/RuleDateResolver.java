package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.api.CodedEvent;
import org.parley.api.DateResolver;
import org.parley.api.Document;
import org.parley.api.Sentence;
import org.parley.text.Clauses;

/**
 * Dates events from the time expressions of their sentences, anchored on the story date: explicit dates ("Feb 12,
 * 2019", "12 February 2019", "2019-02-12", "February 2019"), months ("in July", "mid-October", "late March"),
 * years ("in 2006"), weekdays ("on Wednesday"), days and periods relative to the story ("yesterday", "last week",
 * "earlier this month", "two days ago") and to the previous date in the document ("a few weeks later").
 *
 * <p>Rules, not a library: the JVM temporal taggers that exist are GPL-licensed and heavy (HeidelTime needs the
 * TreeTagger binaries, SUTime lives inside CoreNLP), and none is maintained as a small dependency. News anchoring
 * needs a few dozen patterns ({@link CalendarRules}, {@link RelativeRules}), each tested on its own.
 *
 * <p>Decisions: a month or weekday is the latest one on or before the story, or the next one when its clause is
 * in the future tense ("will meet in July"). A time after "since", "until", "by", "before" or "after" is a bound,
 * not the event's date: "has kept contact since 2006" is a state that lasts to the story date. Decades and spans
 * ("the 1990s", "over the past decade") date nothing. Which predicate an expression dates follows the clauses
 * ({@link SentenceTimes}). A sentence without an expression gets the story date, never the previous sentence's.
 * Thread-safe; the per-document state (the last date given) lives in the reading.
 */
public final class RuleDateResolver implements DateResolver {
    @Override
    public Reading open(Document document) {
        return new Timeline(document.date());
    }

    /** The dates of one document, read sentence by sentence. */
    static final class Timeline implements Reading {
        private final LocalDate story;
        private Resolution previous;

        Timeline(LocalDate story) {
            this.story = story;
            this.previous = Resolution.day(story);
        }

        @Override
        public List<CodedEvent> resolve(Sentence sentence, List<CodedEvent> events) {
            SentenceTimes times = read(sentence);
            List<CodedEvent> dated = new ArrayList<>(events.size());
            for (CodedEvent event : events) {
                dated.add(event.withDate(times.dateAt(SentenceTimes.tokenAt(sentence, event.verbStart()))));
            }
            return dated;
        }

        /** Reads the next sentence's time expressions; each dating one becomes the anchor for the next. */
        SentenceTimes read(Sentence sentence) {
            List<TimeExpressions.Found> finds = TimeExpressions.find(sentence.text());
            if (finds.isEmpty()) {
                return SentenceTimes.none(story);
            }
            Clauses clauses = Clauses.of(sentence);
            List<SentenceTimes.Expression> expressions = new ArrayList<>(finds.size());
            for (TimeExpressions.Found found : finds) {
                int token = SentenceTimes.tokenAt(sentence, sentence.start() + found.start());
                int clause = clauses.clauseOf(token);
                Resolution resolution = null;
                if (!found.bound()) {
                    TimeContext context = new TimeContext(story, Tense.future(sentence, clauses, clause), previous);
                    resolution = found.rule().resolver().resolve(found.match(), context);
                }
                if (resolution != null) {
                    previous = resolution;
                }
                expressions.add(new SentenceTimes.Expression(found.text(), token, clause,
                        resolution == null ? null : resolution.toEventDate(story, found.text())));
            }
            return new SentenceTimes(story, clauses, expressions);
        }
    }
}
