package org.parley.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.parley.time.DateRule.Cues.Digits;

/**
 * Rules for calendar dates: "Feb 12, 2019", "12 February 2019", "2019-02-12", "February 2019", "mid-October",
 * "in July", "in 2006". Month names must be capitalised, so that "march" and "may" stay verbs. A decade ("the
 * 1990s") is recognised only to keep its digits from being read as a year: it dates nothing.
 */
final class CalendarRules {
    private static final String MONTH_NAME = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTH = "(" + MONTH_NAME + ")\\b";
    /** Abbreviations only where a day or year follows: "Jan" alone is as likely a name. */
    private static final String MONTH_OR_ABBREVIATION = "(" + MONTH_NAME
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])";
    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d'’]|s\\b)";
    private static final String PART = "(?:(?i:(early|mid|late))[- ]?|(?i:the\\s+)?(?i:(beginning|start|middle|end))"
            + "\\s+of\\s+)";

    private static final DateRule.Cues YEAR_DIGITS = DateRule.Cues.digits(Digits.YEAR);
    private static final DateRule.Cues DECADE_DIGITS = DateRule.Cues.digits(Digits.DECADE);
    /** A month name is its own word in every match, also after "mid" written without a hyphen ("midOctober"). */
    private static final String[] MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] MONTH_AND_ABBREVIATION_WORDS = {"january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
    private static final DateRule.Cues MONTHS = DateRule.Cues.anyWord(MONTH_WORDS);
    /** A day or month of a year in digits. */
    private static final DateRule.Cues MONTH_OF_YEAR = DateRule.Cues.digitsAndAnyWord(Digits.YEAR,
            MONTH_AND_ABBREVIATION_WORDS);
    /** A day of a month in digits. */
    private static final DateRule.Cues DAY_OF_MONTH = DateRule.Cues.digitsAndAnyWord(Digits.ANY,
            MONTH_AND_ABBREVIATION_WORDS);

    private CalendarRules() {
    }

    /** The rules, most specific first. */
    static List<DateRule> rules() {
        return List.of(
                new DateRule("iso date", Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b"),
                        (m, c) -> day(year(m, 1), number(m, 2), number(m, 3)), YEAR_DIGITS),
                new DateRule("month day year", Pattern.compile("\\b" + MONTH_OR_ABBREVIATION + "\\s+" + DAY + ",?\\s+"
                        + YEAR), (m, c) -> day(year(m, 3), Calendar.month(m.group(1)), number(m, 2)), MONTH_OF_YEAR),
                new DateRule("day month year", Pattern.compile("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH_OR_ABBREVIATION
                        + ",?\\s+" + YEAR), (m, c) -> day(year(m, 3), Calendar.month(m.group(2)), number(m, 1)),
                        MONTH_OF_YEAR),
                new DateRule("part of month year", Pattern.compile("\\b" + PART + MONTH + "(?:,?\\s+|\\s+of\\s+)"
                        + YEAR), (m, c) -> Resolution.month(YearMonth.of(year(m, 4), Calendar.month(m.group(3))),
                        Calendar.partOfMonth(part(m))), MONTH_OF_YEAR),
                new DateRule("month year", Pattern.compile("\\b" + MONTH_OR_ABBREVIATION + ",?\\s+(?:of\\s+)?" + YEAR),
                        (m, c) -> Resolution.month(YearMonth.of(year(m, 2), Calendar.month(m.group(1))), 15),
                        MONTH_OF_YEAR),
                DateRule.nonDating("decade", Pattern.compile("(?:(?i:the)\\s+)?(?:(?i:early|mid|late)[- ]?)?"
                        + "(?:(?<![\\w])(?:1[89]|20)\\d0s|['’]\\d0s)\\b"), DECADE_DIGITS),
                new DateRule("year", Pattern.compile("\\b(?i:in|during|since|until|till|by|before|after|from|"
                        + "throughout|of)\\s+(?:(?i:(early|mid|late))[- ]?)?" + YEAR),
                        (m, c) -> yearPart(year(m, 2), m.group(1)), YEAR_DIGITS),
                new DateRule("month day", Pattern.compile("\\b" + MONTH_OR_ABBREVIATION + "\\s+" + DAY),
                        (m, c) -> dayNoYear(Calendar.month(m.group(1)), number(m, 2), c), DAY_OF_MONTH),
                new DateRule("day month", Pattern.compile("\\b" + DAY + "(?:\\s+of)?\\s+" + MONTH),
                        (m, c) -> dayNoYear(Calendar.month(m.group(2)), number(m, 1), c), DAY_OF_MONTH),
                new DateRule("part of month", Pattern.compile("\\b" + PART + MONTH),
                        (m, c) -> Resolution.month(Calendar.nearestMonth(Calendar.month(m.group(3)), c.story(),
                                c.future()), Calendar.partOfMonth(part(m))), MONTHS),
                new DateRule("month", Pattern.compile("\\b(?i:(in|during|on|since|until|till|by|before|after|from|"
                        + "through|last|next|this))\\s+" + MONTH), CalendarRules::month, MONTHS));
    }

    /** "in July" is the latest July, "will ... in July" the next; "last July" is never this month, "next" neither. */
    private static Resolution month(MatchResult m, TimeContext c) {
        int month = Calendar.month(m.group(2));
        String lead = m.group(1).toLowerCase(Locale.ROOT);
        YearMonth current = YearMonth.from(c.story());
        YearMonth meant = switch (lead) {
            case "last" -> {
                YearMonth ym = YearMonth.of(current.getYear(), month);
                yield ym.isBefore(current) ? ym : ym.minusYears(1);
            }
            case "next" -> {
                YearMonth ym = YearMonth.of(current.getYear(), month);
                yield ym.isAfter(current) ? ym : ym.plusYears(1);
            }
            case "this" -> YearMonth.of(current.getYear(), month);
            default -> Calendar.nearestMonth(month, c.story(), c.future());
        };
        return Resolution.month(meant, 15);
    }

    private static Resolution dayNoYear(int month, int day, TimeContext c) {
        LocalDate date = Calendar.nearestDay(month, day, c.story(), c.future());
        return date == null ? null : Resolution.day(date);
    }

    private static Resolution day(int year, int month, int day) {
        LocalDate date = Calendar.date(year, month, day);
        return date == null ? null : Resolution.day(date);
    }

    private static Resolution yearPart(int year, String part) {
        return new Resolution(LocalDate.of(year, 1, 1), org.parley.api.EventDate.Precision.YEAR,
                Calendar.partOfYear(year, part));
    }

    private static String part(MatchResult m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static int year(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int number(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
