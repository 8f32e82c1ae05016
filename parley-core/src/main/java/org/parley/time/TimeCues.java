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

    /** Where the first digit is, or -1. */
    private final int firstDigit;
    private final boolean year;
    private final boolean decade;
    /** The cue words found, in order of position, and where each starts. */
    private final String[] words;
    private final int[] starts;
    private final int count;

    private TimeCues(int firstDigit, boolean year, boolean decade, String[] words, int[] starts, int count) {
        this.firstDigit = firstDigit;
        this.year = year;
        this.decade = decade;
        this.words = words;
        this.starts = starts;
        this.count = count;
    }

    /** Scans a text for the cue words in {@code vocabulary} and for digits. */
    static TimeCues of(String text, Set<String> vocabulary) {
        int firstDigit = -1;
        boolean year = false;
        boolean decade = false;
        String[] found = null;
        int[] starts = null;
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
                firstDigit = firstDigit < 0 ? start : firstDigit;
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
                        starts = new int[4];
                    } else if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count] = from;
                    found[count++] = word;
                }
            }
        }
        return new TimeCues(firstDigit, year, decade, found, starts, count);
    }

    /** Whether the text holds digits of the kind. */
    boolean has(DateRule.Cues.Digits digits) {
        return switch (digits) {
            case NONE -> true;
            case ANY -> firstDigit >= 0;
            case YEAR -> year;
            case DECADE -> decade;
        };
    }

    /** Whether the text holds one of the words. */
    boolean anyOf(Set<String> cueWords) {
        return firstOf(cueWords) >= 0;
    }

    /** Where the first of the words starts, or -1. */
    int firstOf(Set<String> cueWords) {
        for (int i = 0; i < count; i++) {
            if (cueWords.contains(words[i])) {
                return starts[i];
            }
        }
        return -1;
    }

    /** Where the first digit is, or -1. */
    int firstDigit() {
        return firstDigit;
    }

    /** Whether the text holds no cue word and no digit: no rule can match. */
    boolean none() {
        return firstDigit < 0 && count == 0;
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
