package org.parley.time;

import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One rule of the date resolver: a pattern over the sentence text and how a match resolves against the story date.
 *
 * @param name     a short name, for tests and debugging
 * @param pattern  what the rule matches
 * @param resolver what a match means
 * @param cues     what every match holds, so that a text without it need not be searched
 */
record DateRule(String name, Pattern pattern, Resolver resolver, Cues cues) {
    DateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(cues, "cues");
    }

    /**
     * What every match of a rule's pattern holds: a digit, one of some words as a whole run of ASCII letters (see
     * {@link TimeCues}), or both. Written beside each pattern; {@code TimeExpressionsTest} checks on many sentences
     * that skipping the rules whose cue is missing finds the same expressions.
     *
     * @param digit true when every match holds a digit
     * @param words lower-case words one of which every match holds; empty when a digit is all a match needs
     */
    record Cues(boolean digit, Set<String> words) {
        Cues {
            words = Set.copyOf(words);
            if (!digit && words.isEmpty()) {
                throw new IllegalArgumentException("cues must name a digit or words");
            }
            for (String word : words) {
                if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z') || word.length() < TimeCues.MIN_LENGTH
                        || word.length() > TimeCues.MAX_LENGTH) {
                    throw new IllegalArgumentException("cue words must be lower-case ASCII letters, "
                            + TimeCues.MIN_LENGTH + " to " + TimeCues.MAX_LENGTH + " of them, got " + word);
                }
            }
        }

        /** Matches hold a digit. */
        static Cues anyDigit() {
            return new Cues(true, Set.of());
        }

        /** Matches hold a digit and one of the words. */
        static Cues digitAndAnyWord(String... words) {
            return new Cues(true, Set.of(words));
        }

        /** Matches hold one of the words. */
        static Cues anyWord(String... words) {
            return new Cues(false, Set.of(words));
        }

        /** Whether a text with these cues may hold a match. */
        boolean in(TimeCues text) {
            return (!digit || text.digit()) && (words.isEmpty() || text.anyOf(words));
        }
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
    static DateRule nonDating(String name, Pattern pattern, Cues cues) {
        return new DateRule(name, pattern, (match, context) -> null, cues);
    }
}
