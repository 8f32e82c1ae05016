package org.parley.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.api.ActorMention;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.pipeline.CodingPipeline;

/**
 * Scores the coder on gold sentences, record by record. A record is <em>typed</em> when some event of the gold
 * PLOVER type comes out, and <em>correct</em> when such an event also has a source and a target whose codes contain
 * the gold actors' codes (any gold actor on each side; no target check when the gold has none). Precision is
 * correct records over records with any output, recall correct records over all records.
 */
public final class GsrEvaluation {
    private GsrEvaluation() {
    }

    /** Codes every record and scores it. */
    public static Scores score(CodingPipeline pipeline, List<GoldRecord> gold) {
        Scores scores = new Scores();
        for (GoldRecord record : gold) {
            CodedDocument coded = pipeline.code(Document.of(record.id(), record.date(), record.text()));
            scores.add(record, coded.events());
            scores.addActors(record, coded.actors());
        }
        return scores;
    }

    static boolean covers(ActorMention actor, List<String> gold) {
        if (gold.isEmpty()) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        for (String code : gold) {
            if (actor.code().contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** Counts by record and by gold type, plus a confusion table of gold type against the first produced type. */
    public static final class Scores {
        private int records;
        private int withOutput;
        private int typed;
        private int correct;
        private final Map<String, int[]> byType = new TreeMap<>();
        private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        private int goldActors;
        private int foundActors;
        private final Map<String, Integer> missedActors = new TreeMap<>();

        /** Counts the gold actors (sources and targets) that some recognised actor's code covers. */
        void addActors(GoldRecord record, List<List<ActorMention>> actors) {
            for (List<String> side : List.of(record.sources(), record.targets())) {
                for (String code : side) {
                    goldActors++;
                    boolean found = actors.stream().flatMap(List::stream).anyMatch(a -> a.code().contains(code));
                    if (found) {
                        foundActors++;
                    } else {
                        missedActors.merge(code, 1, Integer::sum);
                    }
                }
            }
        }

        /** Share of gold actors whose code chunk some recognised actor carries. */
        public double actorRecall() {
            return ratio(foundActors, goldActors);
        }

        public int goldActors() {
            return goldActors;
        }

        /** Gold actor codes that were not found, with how often. */
        public Map<String, Integer> missedActors() {
            return missedActors;
        }

        void add(GoldRecord record, List<CodedEvent> events) {
            records++;
            boolean anyType = false;
            boolean anyCorrect = false;
            for (CodedEvent event : events) {
                if (event.type().plover().event().equals(record.event())) {
                    anyType = true;
                    if (covers(event.source(), record.sources()) && covers(event.target(), record.targets())) {
                        anyCorrect = true;
                    }
                }
            }
            if (!events.isEmpty()) {
                withOutput++;
            }
            typed += anyType ? 1 : 0;
            correct += anyCorrect ? 1 : 0;
            int[] counts = byType.computeIfAbsent(record.event(), k -> new int[4]);
            counts[0]++;
            counts[1] += events.isEmpty() ? 0 : 1;
            counts[2] += anyType ? 1 : 0;
            counts[3] += anyCorrect ? 1 : 0;
            String produced = anyType ? record.event() : events.isEmpty() ? "(none)" : events.get(0).type().plover().event();
            confusion.computeIfAbsent(record.event(), k -> new TreeMap<>()).merge(produced, 1, Integer::sum);
        }

        public int records() {
            return records;
        }

        /** Share of records where an event of the gold type came out. */
        public double typeAccuracy() {
            return ratio(typed, records);
        }

        public double precision() {
            return ratio(correct, withOutput);
        }

        public double recall() {
            return ratio(correct, records);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Per gold type: records, records with output, typed, correct. */
        public Map<String, int[]> byType() {
            return byType;
        }

        /** Gold type → produced type → records. */
        public Map<String, Map<String, Integer>> confusion() {
            return confusion;
        }

        static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }
}
