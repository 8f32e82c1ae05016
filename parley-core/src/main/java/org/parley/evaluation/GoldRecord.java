package org.parley.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold-coded sentence in the PLOVER GSR form.
 *
 * @param id      record id
 * @param date    story date
 * @param text    the sentence
 * @param event   the gold PLOVER event type, normalised to PLOVER 2021 names
 * @param sources gold source actor codes (country or IGO/NGO chunk)
 * @param targets gold target actor codes; empty when the event has none
 */
public record GoldRecord(String id, LocalDate date, String text, String event, List<String> sources,
                         List<String> targets) {
    public GoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(event, "event");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
