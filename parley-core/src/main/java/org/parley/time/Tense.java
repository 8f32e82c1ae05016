package org.parley.time;

import java.util.Locale;
import java.util.Set;
import org.parley.api.Sentence;
import org.parley.text.Clauses;

/**
 * Whether a clause speaks of the future, which decides whether "in July" or "on Wednesday" looks back or ahead.
 * "would" counts: "said it would hold talks in July" looks ahead from the statement.
 */
final class Tense {
    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "wo", "would", "upcoming");
    /** Words that mark the future only before "to" or "for": "plans to visit", but "the peace plan" is a noun. */
    private static final Set<String> BEFORE_TO = Set.of("scheduled", "planned", "plans", "plan", "planning", "due",
            "set", "expected", "going");

    private Tense() {
    }

    /** True when the clause has a future marker: a future auxiliary or "is due/set/scheduled/planning to". */
    static boolean future(Sentence sentence, Clauses clauses, int clause) {
        for (int i = 0; i < sentence.size(); i++) {
            if (clauses.clauseOf(i) != clause) {
                continue;
            }
            String word = sentence.token(i).text().toLowerCase(Locale.ROOT);
            if (FUTURE.contains(word) || BEFORE_TO.contains(word) && followedByTo(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByTo(Sentence sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        String next = sentence.token(i + 1).text().toLowerCase(Locale.ROOT);
        return next.equals("to") || next.equals("for");
    }
}
