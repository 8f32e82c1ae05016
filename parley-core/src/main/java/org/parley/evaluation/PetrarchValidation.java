package org.parley.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.pipeline.CodingPipeline;

/**
 * Runs the records of a PETRARCH validation suite through a pipeline and scores them. A record <em>passes</em> when
 * the events coded are exactly the expected ones (as source, CAMEO code and target; no event at all for
 * {@code noevents}), and its expected events are <em>found</em> when they are all among those coded. A record whose
 * text holds a discard phrase is coded as having no event, as PETRARCH does.
 */
public final class PetrarchValidation {
    private PetrarchValidation() {
    }

    /**
     * What one record gave.
     *
     * @param record    the record
     * @param produced  the events coded, in order, duplicates removed
     * @param discarded true when a discard phrase stopped coding
     */
    public record Outcome(ValidationRecord record, List<ValidationRecord.Event> produced, boolean discarded) {
        public Outcome {
            Objects.requireNonNull(record, "record");
            produced = List.copyOf(produced);
        }

        /** Exactly the expected events were coded. */
        public boolean passed() {
            return new HashSet<>(produced).equals(new HashSet<>(record.expected()));
        }

        /** Every expected event was coded (perhaps with others). */
        public boolean found() {
            return produced.containsAll(record.expected()) && (!record.expected().isEmpty() || produced.isEmpty());
        }

        /** How the record failed, or {@code null} when it passed. */
        public Failure failure() {
            if (passed()) {
                return null;
            }
            if (record.expected().isEmpty()) {
                return Failure.SPURIOUS;
            }
            if (produced.isEmpty()) {
                return Failure.NOTHING_CODED;
            }
            if (found()) {
                return Failure.EXTRA;
            }
            for (ValidationRecord.Event expected : record.expected()) {
                for (ValidationRecord.Event coded : produced) {
                    if (coded.source().equals(expected.source()) && coded.target().equals(expected.target())) {
                        return Failure.WRONG_CODE;
                    }
                }
            }
            for (ValidationRecord.Event expected : record.expected()) {
                for (ValidationRecord.Event coded : produced) {
                    if (coded.cameo().equals(expected.cameo())) {
                        return Failure.WRONG_ACTORS;
                    }
                }
            }
            return Failure.OTHER;
        }
    }

    /** The ways a record fails, most telling first. */
    public enum Failure {
        /** No event where one or more are expected. */
        NOTHING_CODED("nothing coded"),
        /** Events where none is expected. */
        SPURIOUS("events where none is expected"),
        /** Every expected event, and others. */
        EXTRA("expected events and others"),
        /** An expected dyad with another code. */
        WRONG_CODE("expected dyad, other code"),
        /** An expected code with other actors. */
        WRONG_ACTORS("expected code, other actors"),
        /** Other events altogether. */
        OTHER("other events");

        private final String label;

        Failure(String label) {
            this.label = label;
        }

        /** A short description for reports. */
        public String label() {
            return label;
        }
    }

    /**
     * The counts of one category.
     *
     * @param category the category, or "all"
     * @param records  records scored
     * @param passed   records that passed
     * @param found    records whose expected events were all found
     */
    public record Score(String category, int records, int passed, int found) {
        /** Passed over scored records, 0 when none. */
        public double passRate() {
            return records == 0 ? 0 : (double) passed / records;
        }
    }

    /** Codes each record as a one-sentence document dated with the record's date. */
    public static List<Outcome> run(CodingPipeline pipeline, List<ValidationRecord> records,
                                    Predicate<String> discard) {
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (ValidationRecord record : records) {
            if (discard.test(record.text())) {
                outcomes.add(new Outcome(record, List.of(), true));
                continue;
            }
            List<ValidationRecord.Event> produced = new ArrayList<>();
            for (CodedEvent event : pipeline.code(Document.of(record.id(), record.date(), record.text())).events()) {
                ValidationRecord.Event coded = new ValidationRecord.Event(event.type().cameo(), event.source().code(),
                        event.target() == null ? ValidationRecord.Event.NO_ACTOR : event.target().code());
                if (!produced.contains(coded)) {
                    produced.add(coded);
                }
            }
            outcomes.add(new Outcome(record, produced, false));
        }
        return outcomes;
    }

    /** Scores by category in order of first appearance, then "all". */
    public static List<Score> scores(List<Outcome> outcomes) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            for (String key : List.of(outcome.record().category(), "all")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[3]);
                c[0]++;
                c[1] += outcome.passed() ? 1 : 0;
                c[2] += outcome.found() ? 1 : 0;
            }
        }
        int[] all = counts.remove("all");
        List<Score> scores = new ArrayList<>();
        counts.forEach((category, c) -> scores.add(new Score(category, c[0], c[1], c[2])));
        if (all != null) {
            scores.add(new Score("all", all[0], all[1], all[2]));
        }
        return scores;
    }
}
