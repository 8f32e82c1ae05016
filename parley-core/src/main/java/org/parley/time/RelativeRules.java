package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.parley.api.EventDate.Precision;
import org.parley.time.DateRule.Cues;

/**
 * Rules for dates relative to the story ("on Wednesday", "yesterday", "last week", "earlier this month", "two
 * days ago") and to the previous date in the document ("a few weeks later", "the following day"). Spans and
 * durations ("over the past decade", "in recent weeks", "for two years") are recognised so that they date nothing.
 */
final class RelativeRules {
    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|a few|a couple"
            + " of|several|some)";
    private static final String UNIT = "(day|week|month|year)s?";

    private RelativeRules() {
    }

    /** The rules, most specific first. */
    static List<DateRule> rules() {
        return List.of(
                DateRule.nonDating("span", Pattern.compile("(?i)\\b(?:the\\s+(?:past|last|previous|coming|next)\\s+"
                        + "(?:\\w+\\s+)?(?:days|weeks|months|years|decades?)|(?:the\\s+)?(?:past|last)\\s+decades?"
                        + "|recent\\s+(?:days|weeks|months|years)|(?:for|within)\\s+(?:\\w+\\s+){0,2}(?:days|weeks"
                        + "|months|years|decades))\\b"),
                        Cues.anyWord("days", "weeks", "months", "years", "decade", "decades")),
                new DateRule("relative day", Pattern.compile("(?i)\\b(the day before yesterday|yesterday"
                        + "|(?<!Russia |USA )today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night"
                        + "|overnight)\\b"), RelativeRules::relativeDay, Cues.anyWord("yesterday", "today", "tonight",
                        "tomorrow", "morning", "afternoon", "evening", "night", "overnight")),
                new DateRule("weekday", Pattern.compile("\\b(?:(?i:(on|last|next|this|since|until|till|by|before"
                        + "|after|from))\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?\\b"),
                        RelativeRules::weekday, Cues.anyWord("monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                        "sundays")),
                new DateRule("weekend", Pattern.compile("(?i)\\b(?:(?:over|at|during)\\s+the|this|last|next)\\s+"
                        + "weekend\\b"), (m, c) -> Resolution.day(Calendar.weekday(DayOfWeek.SATURDAY, c.story(),
                        c.future() || m.group().toLowerCase(Locale.ROOT).startsWith("next"))), Cues.anyWord("weekend")),
                new DateRule("later", Pattern.compile("(?i)\\b(?:" + COUNT + "\\s+)?" + UNIT
                        + "\\s+(later|earlier|afterwards?)\\b"), RelativeRules::later,
                        Cues.anyWord("later", "earlier", "afterward", "afterwards")),
                new DateRule("next day", Pattern.compile("(?i)\\bthe\\s+(following|next|previous|preceding)\\s+"
                        + UNIT), (m, c) -> shift(c.previous(), 1, m.group(2),
                        m.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? -1 : 1, true, c.story()),
                        Cues.anyWord("following", "next", "previous", "preceding")),
                new DateRule("day after", Pattern.compile("(?i)\\bthe\\s+day\\s+(before|after)\\b(?!\\s+(?:yesterday"
                        + "|tomorrow))"), (m, c) -> shift(c.previous(), 1, "day",
                        m.group(1).equalsIgnoreCase("before") ? -1 : 1, true, c.story()), Cues.anyWord("day")),
                new DateRule("later that", Pattern.compile("(?i)\\b(?:later|earlier)\\s+(?:that|the\\s+same)\\s+"
                        + UNIT), (m, c) -> Resolution.at(c.previous().anchor(), precisionOf(m.group(1),
                        c.previous().precision())), Cues.anyWord("later", "earlier")),
                new DateRule("ago", Pattern.compile("(?i)\\b" + COUNT + "\\s+" + UNIT + "\\s+ago\\b"),
                        (m, c) -> ago(m, c.story()), Cues.anyWord("ago")),
                new DateRule("period", Pattern.compile("(?i)\\b(last|this|next|coming|earlier\\s+this|later\\s+this"
                        + "|early\\s+this|late\\s+this|early\\s+last|late\\s+last|early\\s+next|late\\s+next)\\s+"
                        + "(week|month|year)\\b"), RelativeRules::period, Cues.anyWord("week", "month", "year")));
    }

    private static Resolution relativeDay(MatchResult m, TimeContext c) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate story = c.story();
        return Resolution.day(switch (word) {
            case "the day before yesterday" -> story.minusDays(2);
            case "yesterday", "last night" -> story.minusDays(1);
            case "tomorrow" -> story.plusDays(1);
            default -> story;
        });
    }

    /** "on Wednesday" is the last Wednesday on or before the story; "will ... on Wednesday" the next one. */
    private static Resolution weekday(MatchResult m, TimeContext c) {
        if (m.group(3) != null) {
            return null; // "on Fridays": a habit, not a day
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        LocalDate story = c.story();
        return Resolution.day(switch (lead) {
            case "last" -> story.with(TemporalAdjusters.previous(day));
            case "next" -> story.with(TemporalAdjusters.next(day));
            default -> Calendar.weekday(day, story, c.future());
        });
    }

    /** "a few weeks later": counted from the anchor of the previous date, never past the story unless future. */
    private static Resolution later(MatchResult m, TimeContext c) {
        int direction = m.group(3).toLowerCase(Locale.ROOT).startsWith("earlier") ? -1 : 1;
        Resolution shifted = shift(c.previous(), Calendar.count(m.group(1)), m.group(2), direction,
                Calendar.exact(m.group(1)) || m.group(1) == null && m.group(2).equalsIgnoreCase("day"), c.story());
        if (!c.future() && shifted.anchor().isAfter(c.story())) {
            return Resolution.at(c.story(), shifted.precision());
        }
        return shifted;
    }

    /**
     * The previous date moved by a count of units. The result is no more precise than the previous date, and a
     * vague count of weeks ("a few weeks") knows the month at best.
     */
    private static Resolution shift(Resolution from, int count, String unit, int direction, boolean exact,
                                    LocalDate story) {
        String u = unit.toLowerCase(Locale.ROOT);
        LocalDate anchor = from.anchor();
        LocalDate moved = switch (u) {
            case "day" -> anchor.plusDays((long) direction * count);
            case "week" -> anchor.plusWeeks((long) direction * count);
            case "month" -> anchor.plusMonths((long) direction * count);
            default -> anchor.plusYears((long) direction * count);
        };
        Precision precision = precisionOf(u, from.precision());
        if (u.equals("week") && !exact && precision == Precision.DAY) {
            precision = Precision.MONTH;
        }
        return Resolution.at(moved, precision);
    }

    /** The coarser of a unit's precision and the previous date's. */
    private static Precision precisionOf(String unit, Precision previous) {
        Precision own = switch (unit.toLowerCase(Locale.ROOT)) {
            case "day", "week" -> Precision.DAY;
            case "month" -> Precision.MONTH;
            default -> Precision.YEAR;
        };
        return own.compareTo(previous) >= 0 ? own : previous;
    }

    private static Resolution ago(MatchResult m, LocalDate story) {
        int count = Calendar.count(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> Resolution.day(story.minusDays(count));
            case "week" -> Resolution.day(story.minusWeeks(count));
            case "month" -> Resolution.at(story.minusMonths(count), Precision.MONTH);
            default -> Resolution.at(story.minusYears(count), Precision.YEAR);
        };
    }

    /** "last week" is a day of the week before, "earlier this month" this month, "next year" the next one. */
    private static Resolution period(MatchResult m, TimeContext c) {
        String which = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // "early"/"late" name a part of the period; "earlier"/"later" this month or year count from the story itself.
        String part = which.startsWith("early ") || which.startsWith("late ") ? which.substring(0, which.indexOf(' '))
                : null;
        int offset = which.endsWith("last") ? -1 : which.endsWith("next") || which.equals("coming") ? 1 : 0;
        LocalDate story = c.story();
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "week" -> Resolution.day(story.plusWeeks(offset));
            case "month" -> {
                YearMonth month = YearMonth.from(story).plusMonths(offset);
                int day = offset == 0 && part == null ? story.getDayOfMonth() : Calendar.partOfMonth(part);
                yield Resolution.month(month, day);
            }
            default -> {
                int year = story.getYear() + offset;
                LocalDate anchor = offset == 0 && part == null ? story : Calendar.partOfYear(year, part);
                yield new Resolution(LocalDate.of(year, 1, 1), Precision.YEAR, anchor);
            }
        };
    }
}
