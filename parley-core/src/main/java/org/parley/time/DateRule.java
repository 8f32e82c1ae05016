package org.parley.time;

import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One rule of the date resolver: a pattern over the sentence text and how a match resolves against the story date.
 *
 * @param name     a short name, for tests and debugging
 * @param pattern  what the rule matches
 * @param resolver what a match means
 */
record DateRule(String name, Pattern pattern, Resolver resolver) {
    DateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** Resolves a match of the rule. */
    @FunctionalInterface
    interface Resolver {
        /**
         * The date the match gives, or {@code null} when it names a time that dates no event: a decade, a span such
         * as "the past two years", or an impossible day.
         */
        Resolution resolve(MatchResult match, TimeContext context);
    }

    /** A rule whose matches name a time but never date an event. */
    static DateRule nonDating(String name, Pattern pattern) {
        return new DateRule(name, pattern, (match, context) -> null);
    }
}
