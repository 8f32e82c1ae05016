package org.parley.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One record of a PETRARCH validation suite: a sentence, its story date, and the events it must yield.
 *
 * @param id       record id, e.g. {@code DEMO-01}
 * @param category the feature it tests, e.g. {@code DATE}
 * @param date     the story date, which decides date-restricted actor codes
 * @param text     the sentence, line breaks made blanks
 * @param evaluate false for records the suite marks {@code evaluate="false"}
 * @param expected the events it must yield; empty for {@code noevents="True"}
 * @param options  true when the record sets PETRARCH options ({@code <Config>}) that Parley does not have
 */
public record ValidationRecord(String id, String category, LocalDate date, String text, boolean evaluate,
                               List<Event> expected, boolean options) {
    public ValidationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        expected = List.copyOf(expected);
    }

    /**
     * An event as the suite writes it.
     *
     * @param cameo  CAMEO event code
     * @param source source actor code
     * @param target target actor code, {@code ---} for none
     */
    public record Event(String cameo, String source, String target) {
        /** The code PETRARCH writes for a missing actor. */
        public static final String NO_ACTOR = "---";

        public Event {
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String toString() {
            return source + " " + cameo + " " + target;
        }
    }
}
