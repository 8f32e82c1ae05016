package org.parley.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.Dyad;
import org.parley.store.EventOrder;
import org.parley.store.EventStore;
import org.parley.store.Period;
import org.parley.store.PeriodStats;
import org.parley.store.StoreException;
import org.parley.store.StoredMention;
import org.parley.store.StoredSentence;
import org.parley.trend.DyadTrend;
import org.parley.trend.Sparkline;

/**
 * Assembles a {@link Brief} from a store: the dyad's events and the sentences of the documents that name both sides,
 * read for aims, positions and third parties.
 */
public final class BriefBuilder {
    private final int maxDocuments;
    private final int maxEvents;

    /**
     * @param maxDocuments the most recent documents naming both sides that are read
     * @param maxEvents    the most events in the timeline (the most reported are kept)
     */
    public BriefBuilder(int maxDocuments, int maxEvents) {
        if (maxDocuments < 1 || maxEvents < 1) {
            throw new IllegalArgumentException("maxDocuments and maxEvents must be positive");
        }
        this.maxDocuments = maxDocuments;
        this.maxEvents = maxEvents;
    }

    public Brief build(EventStore store, Dyad dyad) throws StoreException {
        List<StoredSentence> sentences = store.sharedSentences(dyad, maxDocuments);
        Map<String, StoredSentence> byKey = new HashMap<>();
        sentences.forEach(s -> byKey.put(s.docId() + "#" + s.index(), s));
        Sides sides = new Sides(dyad, sentences);
        List<StoredMention> mentions = store.dyadMentions(dyad, null, null, true, EventOrder.MOST_REPORTED, maxEvents);
        List<TimelineEntry> timeline = new TimelineBuilder(sides, byKey).build(mentions);
        Map<String, List<Statement>> aims = new AimFinder(sides).find(sentences);
        List<Position> unmatched = new ArrayList<>();
        List<Issue> issues = IssueMatcher.issues(new PositionFinder(sides).find(sentences), unmatched);
        int documents = (int) sentences.stream().map(StoredSentence::docId).distinct().count();
        return new Brief(sides.nameA, sides.nameB, dyad.a().describe(), dyad.b().describe(), documents, timeline,
                trend(store, dyad, sides), aims.get(sides.nameA), aims.get(sides.nameB), issues, unmatched,
                ThirdParties.find(sides, sentences, 10));
    }

    private static String label(PeriodStats p, String unit) {
        return "year".equals(unit) ? String.valueOf(p.start().getYear()) : p.start().toString().substring(0, 7);
    }

    private static List<String> trend(EventStore store, Dyad dyad, Sides sides) throws StoreException {
        DyadTrend years = DyadTrend.of(store, dyad, Period.YEAR, null, null);
        if (years.periods().isEmpty()) {
            return List.of("No coded event between " + sides.nameA + " and " + sides.nameB + " is stored.");
        }
        long n = years.events();
        long coop = 0;
        long verbal = 0;
        double goldstein = 0;
        for (PeriodStats p : years.periods()) {
            coop += p.verbalCoop() + p.materialCoop();
            verbal += p.verbalCoop() + p.verbalConflict();
            goldstein += p.goldsteinSum();
        }
        List<String> lines = new ArrayList<>();
        int firstYear = years.periods().get(0).start().getYear();
        int lastYear = years.periods().get(years.periods().size() - 1).start().getYear();
        lines.add(String.format(Locale.ROOT, "%d coded event(s) between %s and %s %s: %.0f%% cooperative, "
                        + "%.0f%% verbal, mean Goldstein %+.2f.", n, sides.nameA, sides.nameB,
                firstYear == lastYear ? "in " + firstYear : "from " + firstYear + " to " + lastYear, 100.0 * coop / n, 100.0 * verbal / n,
                goldstein / n));
        DyadTrend months = DyadTrend.of(store, dyad, Period.MONTH, null, null);
        DyadTrend shown = months.periods().size() <= 36 ? months : years;
        String unit = shown == months ? "month" : "year";
        lines.add("Events per " + unit + " " + Sparkline.of(shown.periods().stream()
                .mapToDouble(PeriodStats::events).toArray()) + ", mean Goldstein per " + unit + " "
                + Sparkline.of(shown.periods().stream().mapToDouble(PeriodStats::goldsteinMean).toArray())
                + " (" + label(shown.periods().get(0), unit) + " to "
                + label(shown.periods().get(shown.periods().size() - 1), unit) + ").");
        List<PeriodStats> active = shown.periods().stream().filter(p -> p.events() > 0).toList();
        if (active.size() >= 2) {
            PeriodStats last = active.get(active.size() - 1);
            PeriodStats before = active.get(active.size() - 2);
            double change = last.goldsteinMean() - before.goldsteinMean();
            lines.add(String.format(Locale.ROOT, "Latest active %s (%s): mean Goldstein %+.2f, %s the %s before "
                            + "(%+.2f).", unit, label(last, unit), last.goldsteinMean(),
                    Math.abs(change) < 0.5 ? "about as" : change > 0 ? "warmer than" : "cooler than",
                    unit, before.goldsteinMean()));
        }
        return lines;
    }
}
