package org.parley.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a time expression is read against.
 *
 * @param story    the story date
 * @param future   whether its clause speaks of the future ("will meet in July" is next July)
 * @param previous the last date the document gave before it, which "a few weeks later" counts from; at first the
 *                 story date
 */
record TimeContext(LocalDate story, boolean future, Resolution previous) {
    TimeContext {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(previous, "previous");
    }
}
