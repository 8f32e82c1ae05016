package org.parley.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the time expressions of a sentence's text with the date rules, earlier rules winning overlaps. */
final class TimeExpressions {
    private static final List<DateRule> RULES = Stream.concat(CalendarRules.rules().stream(),
            RelativeRules.rules().stream()).toList();
    /** Every rule's cue words: all the words a text is scanned for. */
    private static final Set<String> CUE_WORDS = RULES.stream().flatMap(rule -> rule.cues().words().stream())
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Words that make a time a bound rather than the date of the event: "has kept contact since 2006" is an ongoing
     * state, "must leave by Friday" a deadline, "until July" the end of a span.
     */
    private static final Set<String> BOUNDS = Set.of("since", "until", "till", "by", "before", "after");
    /**
     * The most words any rule's match has before the word holding its cue: "a couple of days later", "a couple of
     * days ago" (four); "the day before yesterday", "the beginning of July", "for two more weeks" (three).
     */
    private static final int REACH = 4;

    private TimeExpressions() {
    }

    /**
     * A time expression.
     *
     * @param rule  the rule that found it
     * @param match the rule's match, offsets relative to the sentence text
     * @param bound true when a bound word ("since", "by") makes it date nothing
     */
    record Found(DateRule rule, MatchResult match, boolean bound) {
        int start() {
            return match.start();
        }

        int end() {
            return match.end();
        }

        String text() {
            return match.group().strip();
        }
    }

    /**
     * The expressions in the text, in order of position, none overlapping. Only the rules whose cues the text holds
     * are run; the others cannot match.
     */
    static List<Found> find(String text) {
        return find(text, true);
    }

    /** The expressions, found with every rule when {@code useCues} is false (to test that the cues change nothing). */
    static List<Found> find(String text, boolean useCues) {
        TimeCues cues = TimeCues.of(text, CUE_WORDS);
        if (useCues && cues.none()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (DateRule rule : RULES) {
            if (useCues && !rule.cues().in(cues)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            // The pattern is searched from a few words before its first cue: no match starts earlier.
            boolean more = m.find(useCues ? wordsBefore(text, rule.cues().firstAt(cues), REACH) : 0);
            while (more) {
                if (!overlaps(found, m.start(), m.end())) {
                    found.add(new Found(rule, m.toMatchResult(), bound(text, m)));
                }
                more = m.find();
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Where the whitespace-separated word holding {@code at} starts, moved back over {@code words} more words; a
     * word here is what a pattern's {@code \s+} separates, so "a couple of days later" is four words before "later".
     */
    static int wordsBefore(String text, int at, int words) {
        int i = at;
        while (i > 0 && !space(text.charAt(i - 1))) {
            i--;
        }
        for (int k = 0; k < words && i > 0; k++) {
            while (i > 0 && space(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !space(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** The characters of {@code \s} in the rules' patterns. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** The expression's own first word or the word before it is a bound word. */
    private static boolean bound(String text, Matcher m) {
        String own = m.group().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (BOUNDS.contains(own)) {
            return true;
        }
        int end = m.start();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return BOUNDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
