package org.parley.time;

import java.util.Arrays;
import java.util.Set;

/**
 * The words of a text that a date rule needs before its pattern can match, found in one pass: most sentences hold
 * no time expression, and a scan for a few dozen words costs far less than running every rule's pattern.
 *
 * <p>Words are runs of ASCII letters, lower-cased. Each rule names the words one of which every match of its pattern
 * holds as such a run ({@link DateRule.Cues}): its keywords sit between word boundaries or whitespace, never glued
 * to other letters, except a capitalised month after "mid", "early" or "late" ("midOctober"), which is why a run's
 * tail from an inner capital is read as a word too. So a rule whose cue is missing cannot match, and skipping it
 * finds exactly what running it would.
 */
final class TimeCues {
    /** The shortest and longest cue words ("ago", "wednesdays"); runs of other lengths are not looked up. */
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 10;

    private final boolean digit;
    private final boolean year;
    private final boolean decade;
    private final String[] words;
    private final int count;

    private TimeCues(boolean digit, boolean year, boolean decade, String[] words, int count) {
        this.digit = digit;
        this.year = year;
        this.decade = decade;
        this.words = words;
        this.count = count;
    }

    /** Scans a text for the cue words in {@code vocabulary} and for digits. */
    static TimeCues of(String text, Set<String> vocabulary) {
        boolean digit = false;
        boolean year = false;
        boolean decade = false;
        String[] found = null;
        int count = 0;
        char[] lower = new char[MAX_LENGTH];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                int start = i;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                digit = true;
                year |= i - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
                decade |= i - start >= 2 && text.charAt(i - 1) == '0' && i < n && text.charAt(i) == 's';
                continue;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean innerCapital = false;
            while (i < n && isAsciiLetter(text.charAt(i))) {
                innerCapital |= i > start && text.charAt(i) <= 'Z';
                i++;
            }
            for (int from = start; from < i; from++) {
                if (from > start && (!innerCapital || text.charAt(from) > 'Z')) {
                    continue;
                }
                String word = word(text, from, i, lower, vocabulary);
                if (word != null) {
                    if (found == null) {
                        found = new String[4];
                    } else if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = word;
                }
            }
        }
        return new TimeCues(digit, year, decade, found, count);
    }

    /** Whether the text holds digits of the kind. */
    boolean has(DateRule.Cues.Digits digits) {
        return switch (digits) {
            case NONE -> true;
            case ANY -> digit;
            case YEAR -> year;
            case DECADE -> decade;
        };
    }

    /** Whether the text holds one of the words. */
    boolean anyOf(Set<String> cueWords) {
        for (int i = 0; i < count; i++) {
            if (cueWords.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds no cue word and no digit: no rule can match. */
    boolean none() {
        return !digit && count == 0;
    }

    /** The vocabulary word the run {@code text[from, to)} spells in lower case, or null. */
    private static String word(String text, int from, int to, char[] lower, Set<String> vocabulary) {
        int length = to - from;
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return null;
        }
        for (int j = 0; j < length; j++) {
            char c = text.charAt(from + j);
            lower[j] = c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        String word = new String(lower, 0, length);
        return vocabulary.contains(word) ? word : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
