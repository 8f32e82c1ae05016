package org.parley.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.api.EventDate;
import org.parley.api.Sentence;
import org.parley.text.Clauses;

/**
 * The time expressions of one sentence, resolved, and which predicate each one dates.
 *
 * <p>A predicate takes the nearest dating expression of its own clause; failing that, of the clause it hangs from,
 * and so on up to the main clause. Expressions in clauses below it never date it: in "Hamas wants Russia to help it
 * restore relations with the regime, which broke down in 2012", the year dates the breakdown, not the wish. A
 * coordinate clause hangs from the one before it, so "In mid-October, they met in Doha and then called" dates both.
 */
final class SentenceTimes {
    /**
     * A time expression of the sentence.
     *
     * @param text       its words
     * @param firstToken its first token
     * @param clause     the clause it belongs to
     * @param date       what it resolves to, or {@code null} when it dates nothing ("since 2006", "the 1990s")
     */
    record Expression(String text, int firstToken, int clause, EventDate date) {
        Expression {
            Objects.requireNonNull(text, "text");
        }

        boolean dating() {
            return date != null;
        }
    }

    private final LocalDate story;
    private final Clauses clauses;
    private final List<Expression> expressions;

    SentenceTimes(LocalDate story, Clauses clauses, List<Expression> expressions) {
        this.story = Objects.requireNonNull(story, "story");
        this.clauses = Objects.requireNonNull(clauses, "clauses");
        this.expressions = List.copyOf(expressions);
    }

    private SentenceTimes(LocalDate story) {
        this.story = Objects.requireNonNull(story, "story");
        this.clauses = null;
        this.expressions = List.of();
    }

    /** A sentence without time expressions, the most common kind: its clauses need not be segmented. */
    static SentenceTimes none(LocalDate story) {
        return new SentenceTimes(story);
    }

    /** The expressions, in order of position. */
    List<Expression> expressions() {
        return expressions;
    }

    /** The date of the predicate whose head is at {@code token}: from the text, or the story date. */
    EventDate dateAt(int token) {
        if (expressions.isEmpty()) {
            return EventDate.storyDate(story);
        }
        for (int clause : clauses.scope(token)) {
            Expression nearest = null;
            for (Expression e : expressions) {
                if (e.dating() && e.clause() == clause && (nearest == null
                        || Math.abs(e.firstToken() - token) < Math.abs(nearest.firstToken() - token))) {
                    nearest = e;
                }
            }
            if (nearest != null) {
                return nearest.date();
            }
        }
        return EventDate.storyDate(story);
    }

    /** The token a document character offset falls in (the last token for offsets past the end). */
    static int tokenAt(Sentence sentence, int offset) {
        for (int i = 0; i < sentence.size(); i++) {
            if (offset < sentence.token(i).end()) {
                return i;
            }
        }
        return Math.max(0, sentence.size() - 1);
    }
}
