package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.api.DateResolver;
import org.parley.api.Document;
import org.parley.api.EventDate;
import org.parley.api.EventDate.Precision;
import org.parley.api.Sentence;

/**
 * Resolves the time expressions of news sentences against the story date: explicit dates, month names, weekdays,
 * "yesterday", "last week", "earlier this month", years, and "a few weeks later" relative to the previous dated
 * sentence.
 *
 * <p>Written here rather than taken from a library: the maintained JVM temporal taggers (SUTime, HeidelTime) are
 * GPL-licensed and bring large rule engines, while news anchoring needs a dozen rules that we can test one by one.
 */
public final class RuleDateResolver implements DateResolver {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|during|by|until|(?:in\\s+)?(?:early|mid|late)-?)\\s*" + MONTH + "\\b(?!\\s+\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on\\s+|last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tonight|this morning|last night|the day before)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_PERIOD = Pattern.compile("\\b(last|past|previous)\\s+(week|month|year)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_MONTH = Pattern.compile("\\b(?:earlier|later)\\s+this\\s+(month|year|week)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER = Pattern.compile("\\b(a few|two|three|several|a couple of|some)\\s+(days|weeks|months)\\s+later\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during|by|of|until)\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> COUNTS = Map.of("a few", 3, "two", 2, "three", 3, "several", 4,
            "a couple of", 2, "some", 3);

    @Override
    public Reading open(Document document) {
        LocalDate story = document.date();
        return new Reading() {
            private EventDate previous = EventDate.storyDate(story);

            @Override
            public EventDate resolve(Sentence sentence) {
                EventDate date = RuleDateResolver.resolve(sentence.text(), story, previous);
                if (date.expression() != null) {
                    previous = date;
                }
                return date;
            }
        };
    }

    /** The date a sentence gives its events, or the story date when it gives none. */
    static EventDate resolve(String text, LocalDate story, EventDate previous) {
        Cues cues = Cues.of(text);
        return cues.any() ? byRules(text, story, previous, cues) : EventDate.storyDate(story);
    }

    /** The rules themselves, every one tried. */
    static EventDate byRules(String text, LocalDate story, EventDate previous) {
        return byRules(text, story, previous, Cues.ALL);
    }

    /** The rules in order, skipping those whose cue the sentence lacks: they cannot match. */
    private static EventDate byRules(String text, LocalDate story, EventDate previous, Cues cues) {
        Matcher m;
        if (cues.digit() && cues.month() && (m = MONTH_DAY_YEAR.matcher(text)).find()) {
            LocalDate day = safeDate(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (day != null) {
                return dated(day, Precision.DAY, story, m.group());
            }
        }
        if (cues.digit() && cues.month() && (m = DAY_MONTH_YEAR.matcher(text)).find()) {
            LocalDate day = safeDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (day != null) {
                return dated(day, Precision.DAY, story, m.group());
            }
        }
        if (cues.digit() && (m = ISO.matcher(text)).find()) {
            LocalDate day = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (day != null) {
                return dated(day, Precision.DAY, story, m.group());
            }
        }
        if (cues.digit() && cues.month() && (m = MONTH_YEAR.matcher(text)).find()) {
            return dated(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atDay(1), Precision.MONTH, story, m.group());
        }
        if ((cues.day() || cues.night()) && (m = RELATIVE_DAY.matcher(text)).find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate day = word.equals("yesterday") || word.equals("last night") || word.equals("the day before")
                    ? story.minusDays(1) : story;
            return dated(day, Precision.DAY, story, m.group());
        }
        if (cues.day() && (m = WEEKDAY.matcher(text)).find()) {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return dated(story.with(TemporalAdjusters.previousOrSame(weekday)), Precision.DAY, story, m.group());
        }
        if (cues.digit() && cues.month() && (m = MONTH_DAY.matcher(text)).find()
                && !m.group(1).equalsIgnoreCase("may")) {
            int month = month(m.group(1));
            int dayOfMonth = Integer.parseInt(m.group(2));
            LocalDate day = safeDate(story.getYear(), month, dayOfMonth);
            if (day != null && day.isAfter(story)) {
                day = safeDate(story.getYear() - 1, month, dayOfMonth);
            }
            if (day != null) {
                return dated(day, Precision.DAY, story, m.group());
            }
        }
        if (cues.month() && (m = IN_MONTH.matcher(text)).find() && !isModalMay(m.group())) {
            int month = month(m.group(1));
            YearMonth ym = YearMonth.of(story.getYear(), month);
            if (ym.isAfter(YearMonth.from(story))) {
                ym = ym.minusYears(1);
            }
            return dated(ym.atDay(1), Precision.MONTH, story, m.group().strip());
        }
        if (cues.thisWord() && (m = THIS_MONTH.matcher(text)).find()) {
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            if (unit.equals("week")) {
                return dated(story, Precision.DAY, story, m.group());
            }
            return unit.equals("month")
                    ? dated(story.withDayOfMonth(1), Precision.MONTH, story, m.group())
                    : dated(story.withDayOfYear(1), Precision.YEAR, story, m.group());
        }
        if (cues.last() && (m = LAST_PERIOD.matcher(text)).find()) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("week")) {
                return dated(story.minusWeeks(1), Precision.DAY, story, m.group());
            }
            return unit.equals("month")
                    ? dated(story.minusMonths(1).withDayOfMonth(1), Precision.MONTH, story, m.group())
                    : dated(story.minusYears(1).withDayOfYear(1), Precision.YEAR, story, m.group());
        }
        if (cues.later() && (m = LATER.matcher(text)).find()) {
            int count = COUNTS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), 3);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            LocalDate base = previous.date();
            LocalDate day = unit.startsWith("day") ? base.plusDays(count)
                    : unit.startsWith("week") ? base.plusWeeks(count) : base.plusMonths(count);
            if (day.isAfter(story)) {
                day = story;
            }
            Precision precision = unit.startsWith("day") ? Precision.DAY : Precision.MONTH;
            return dated(precision == Precision.MONTH ? day.withDayOfMonth(1) : day, precision, story, m.group());
        }
        if (cues.digit() && (m = YEAR.matcher(text)).find()) {
            int year = Integer.parseInt(m.group(1));
            if (year <= story.getYear()) {
                return dated(LocalDate.of(year, 1, 1), Precision.YEAR, story, m.group());
            }
        }
        return EventDate.storyDate(story);
    }

    /**
     * The words and characters each rule needs, found by one cheap look at the sentence: most news sentences lack
     * them all, and then the dozen expressions need not run. The expressions match case-insensitively in ASCII
     * only, so a search of the lower-cased text finds every cue they could match.
     *
     * @param digit    a digit: explicit dates and years
     * @param month    a month's first three letters
     * @param day      "day": weekdays, "today", "yesterday", "the day before"
     * @param night    "night" or "morning": "tonight", "last night", "this morning"
     * @param thisWord "this": "earlier this month"
     * @param last     "last", "past" or "previous": "last week"
     * @param later    "later": "a few weeks later"
     */
    record Cues(boolean digit, boolean month, boolean day, boolean night, boolean thisWord, boolean last,
                boolean later) {
        static final Cues ALL = new Cues(true, true, true, true, true, true, true);
        private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

        static Cues of(String text) {
            boolean digit = false;
            for (int i = 0; i < text.length() && !digit; i++) {
                digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
            }
            String lower = text.toLowerCase(Locale.ROOT);
            boolean month = false;
            for (int k = 0; k < MONTHS.length && !month; k++) {
                month = lower.contains(MONTHS[k]);
            }
            return new Cues(digit, month, lower.contains("day"), lower.contains("night") || lower.contains("morning"),
                    lower.contains("this"), lower.contains("last") || lower.contains("past")
                    || lower.contains("previous"), lower.contains("later"));
        }

        boolean any() {
            return digit || month || day || night || thisWord || last || later;
        }
    }

    private static boolean isModalMay(String match) {
        return match.toLowerCase(Locale.ROOT).endsWith("may") && !match.toLowerCase(Locale.ROOT).startsWith("in");
    }

    private static EventDate dated(LocalDate day, Precision precision, LocalDate story, String expression) {
        LocalDate end = switch (precision) {
            case DAY -> day;
            case MONTH -> YearMonth.from(day).atEndOfMonth();
            case YEAR -> day.withDayOfYear(day.lengthOfYear());
        };
        boolean historical = end.isBefore(story.minusYears(1));
        return new EventDate(day, precision, historical, expression);
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
