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
     * What every match of a rule's pattern holds: digits of some kind, one of some words as a whole run of ASCII
     * letters (see {@link TimeCues}), or both. Written beside each pattern; {@code TimeExpressionsTest} checks on many
     * sentences that skipping the rules whose cue is missing finds the same expressions.
     *
     * @param digits the digits every match holds
     * @param words  lower-case words one of which every match holds; empty when the digits are all a match needs
     */
    record Cues(Digits digits, Set<String> words) {
        /** Digits a match holds, as maximal runs of ASCII digits ({@code \d} in the patterns). */
        enum Digits {
            /** None needed. */
            NONE,
            /** Any digit. */
            ANY,
            /** A year: a run of four digits starting 19 or 20 ("2019", and in "2019-02-12", "mid-2019"). */
            YEAR,
            /** A decade: a run of two or more digits ending in 0, then "s" ("1990s", "'90s"). */
            DECADE
        }

        Cues {
            Objects.requireNonNull(digits, "digits");
            words = Set.copyOf(words);
            if (digits == Digits.NONE && words.isEmpty()) {
                throw new IllegalArgumentException("cues must name digits or words");
            }
            for (String word : words) {
                if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z') || word.length() < TimeCues.MIN_LENGTH
                        || word.length() > TimeCues.MAX_LENGTH) {
                    throw new IllegalArgumentException("cue words must be lower-case ASCII letters, "
                            + TimeCues.MIN_LENGTH + " to " + TimeCues.MAX_LENGTH + " of them, got " + word);
                }
            }
        }

        /** Matches hold these digits. */
        static Cues digits(Digits digits) {
            return new Cues(digits, Set.of());
        }

        /** Matches hold these digits and one of the words. */
        static Cues digitsAndAnyWord(Digits digits, String... words) {
            return new Cues(digits, Set.of(words));
        }

        /** Matches hold one of the words. */
        static Cues anyWord(String... words) {
            return new Cues(Digits.NONE, Set.of(words));
        }

        /**
         * Where in a text holding these cues (see {@link #in}) the first cue starts: every match holds a cue word
         * there or later, or, without words, a digit at or after the first.
         */
        int firstAt(TimeCues text) {
            return words.isEmpty() ? text.firstDigit() : text.firstOf(words);
        }

        /** Whether a text with these cues may hold a match. */
        boolean in(TimeCues text) {
            return text.has(digits) && (words.isEmpty() || text.anyOf(words));
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
