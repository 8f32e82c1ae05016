package org.parley.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.EventDate;
import org.parley.store.StoredMention;
import org.parley.store.StoredSentence;

/** The two sides' interactions in date order, one entry per event, with where it happened when the text says. */
final class TimelineBuilder {
    private static final int PLACE_REACH = 25;

    private final Sides sides;
    private final Map<String, StoredSentence> sentences;

    TimelineBuilder(Sides sides, Map<String, StoredSentence> sentences) {
        this.sides = sides;
        this.sentences = sentences;
    }

    List<TimelineEntry> build(List<StoredMention> mentions) {
        Map<Long, StoredMention> first = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparing((StoredMention m) -> m.event().date().date())
                        .thenComparing(m -> m.event().docId()).thenComparingInt(m -> m.event().sentence()))
                .forEach(m -> first.putIfAbsent(m.eventId(), m));
        List<TimelineEntry> out = new ArrayList<>();
        for (StoredMention m : first.values()) {
            CodedEvent e = m.event();
            StoredSentence s = sentences.get(e.docId() + "#" + e.sentence());
            Evidence evidence = s != null ? Evidence.of(s)
                    : new Evidence(e.docId(), e.sentence(), e.date().date(), null, e.text());
            out.add(new TimelineEntry(date(e.date()), name(e.source()), e.target() == null ? null : name(e.target()),
                    e.type().name().replace(", not specified below", ""), e.type().cameo(), e.type().goldstein(),
                    place(e, s), m.mentions(), evidence));
        }
        return out;
    }

    private String name(ActorMention m) {
        String side = sides.sideOf(m);
        return side != null ? side : m.name();
    }

    /** The date as precise as the text gives it; a date taken from the report itself says so. */
    static String date(EventDate d) {
        String iso = d.date().toString();
        return switch (d.precision()) {
            case YEAR -> iso.substring(0, 4);
            case MONTH -> iso.substring(0, 7);
            case DAY -> d.expression() == null ? "by " + iso + " (report date)" : iso;
        };
    }

    /**
     * Where: the coded location; else the city visited ("visited Moscow"); else a place named right after the
     * predicate with "in" ("met again in Doha").
     */
    private static String place(CodedEvent e, StoredSentence s) {
        if (e.location() != null) {
            return e.location().name();
        }
        ActorMention t = e.target();
        if (e.type().cameo().startsWith("042") && t != null && t.code().length() == 3 && !t.text().equals(t.name())
                && Character.isUpperCase(t.text().charAt(0))) {
            return t.text();
        }
        if (s == null) {
            return null;
        }
        for (ActorMention m : s.actors()) {
            int at = m.start() - s.start();
            int verbStart = e.verbStart() - s.start();
            int verbEnd = e.verbEnd() - s.start();
            if (m.code().length() == 3 && at > verbStart && at <= verbEnd + PLACE_REACH && at >= 3
                    && s.text().startsWith("in ", at - 3) && Character.isUpperCase(m.text().charAt(0))) {
                return m.text();
            }
        }
        return null;
    }
}
