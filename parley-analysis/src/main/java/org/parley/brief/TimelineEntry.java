package org.parley.brief;

import java.util.Objects;

/**
 * One interaction of the two sides.
 *
 * @param date     the event date as precise as the text gives it ("2019-07", "2019-10-15")
 * @param source   who acted
 * @param target   to whom, or {@code null} when the sentence names the partner without coding it
 * @param action   what happened: the CAMEO event name
 * @param cameo    the CAMEO code
 * @param goldstein the Goldstein weight
 * @param place    where, when known, else {@code null}
 * @param mentions how many reports the event has
 * @param evidence the sentence of the first report
 */
public record TimelineEntry(String date, String source, String target, String action, String cameo, double goldstein,
                            String place, int mentions, Evidence evidence) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(evidence, "evidence");
    }
}
