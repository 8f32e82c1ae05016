package org.parley.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;

/**
 * OpenNLP's part-of-speech tagger (the UD model's maximum-entropy beam search) with the same arithmetic and a
 * fraction of the work.
 *
 * <p>{@code POSTaggerME} builds some twenty feature strings per word and beam entry, looks each up in a hash map,
 * sums their weights and sorts the scores for the beam's cut-off. Every feature of that model belongs to one word
 * at a fixed offset (its suffixes, prefixes, lower-case form and class), to the sentence start, or to the previous
 * two tags; and OpenNLP's feature cache hands every beam entry at a position the features, previous tags included,
 * of the first entry asked for, so all entries at a position get the same scores. So here each distinct word's
 * feature weights are looked up once and memoised, the model is evaluated once per position, and the cut-off is
 * found by selection instead of a sort. The sums run in OpenNLP's order from OpenNLP's starting value, so every
 * probability is bit-for-bit the one {@code POSTaggerME} computes and the tags are identical
 * ({@code BeamPosTaggerTest}). Because all entries at a position share its scores, the beam's best sequence is the
 * greedy one unless two top scores nearly tie; so a greedy search with each word's weights pre-summed runs first,
 * and the beam search only where some position's two top scores are too close to tell apart.
 *
 * <p>A word's features are read from OpenNLP's own feature generator (on the word alone) rather than rebuilt, and
 * the constructor checks on a probe sentence that the assembled features are OpenNLP's, in order; a model with
 * other features is refused with {@link IllegalArgumentException}. Thread-safe: searches keep their state per
 * thread, and the memo is a concurrent map bounded like {@link LemmaCache}.
 */
final class BeamPosTagger {
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /**
     * How far apart, in log probability, a position's two top scores must be for the greedy answer to be the beam's:
     * far above the rounding of the beam's sums (about 1e-13 over a sentence) and of the greedy search's sums in
     * another order, far below real gaps (most are whole units), so the beam search runs only for a few sentences.
     */
    private static final double GREEDY_MARGIN = 1e-6;
    /** Words memoised, about 0.9 KB each: the frequent vocabulary of news, in constant memory. */
    private static final int MAX_WORDS = 50_000;
    private static final Object[] NO_CONTEXT = new Object[0];
    private static final String[] NO_TAGS = new String[0];
    private static final String[] PROBE = {"Russian", "Deputy", "FM", "Mikhail", "met", "Hamas's", "3,000", "e.g.",
        "U.S.-led", "talks", "in", "Doha", "."};

    private final POSModel model;
    private final int beamSize;
    private final Map<String, Context> weights;
    private final String[] outcomes;
    private final double uniformPrior;
    private final Context bias;
    private final Context[] sentenceStart;
    private final Context[] previousTag;
    private final Context[][] previousTwoTags;
    private final POSTagFormatMapper mapper;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final ThreadLocal<Search> searches;

    @SuppressWarnings("unchecked")
    BeamPosTagger(POSModel model) {
        this.model = Objects.requireNonNull(model, "model");
        // POSModel wraps a maximum-entropy (GIS) model in a plain BeamSearch; other kinds are not reproduced here.
        if (!(model.getArtifact("pos.model") instanceof GISModel) || model.getFactory().getTagDictionary() != null) {
            throw new IllegalArgumentException("model must be an OpenNLP maximum-entropy POS model without tag dictionary");
        }
        AbstractModel maxent = model.getArtifact("pos.model");
        Object[] data = maxent.getDataStructures();
        this.weights = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        // GIS models start every outcome at the uniform prior, computed as OpenNLP's UniformPrior does.
        this.uniformPrior = StrictMath.log(1d / outcomes.length);
        String beam = model.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? 3 : Integer.parseInt(beam);
        this.bias = weights.get("def");
        this.sentenceStart = new Context[] {weights.get("S=begin"), weights.get("p1S=begin"), weights.get("p2S=begin")};
        int n = outcomes.length;
        this.previousTag = new Context[n];
        this.previousTwoTags = new Context[n][n];
        for (int a = 0; a < n; a++) {
            previousTag[a] = weights.get("t=" + outcomes[a]);
            for (int b = 0; b < n; b++) {
                previousTwoTags[a][b] = weights.get("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
        POSTagFormatMapper guess = new POSTagFormatMapper(outcomes) { };
        this.mapper = guess.getGuessedFormat() == POSTagFormat.UD ? null : guess;
        this.searches = ThreadLocal.withInitial(Search::new);
        checkFeatures();
    }

    /** The UD tags of the words, as {@code ThreadSafePOSTaggerME.tag} gives them. */
    String[] tag(String[] sentence) {
        return mapped(searches.get().best(sentence, true));
    }

    /** The tags by the beam search alone, never the greedy one: for tests of what the greedy search stands in for. */
    String[] tagByBeam(String[] sentence) {
        return mapped(searches.get().best(sentence, false));
    }

    private String[] mapped(String[] tags) {
        return mapper == null ? tags : mapper.convertTags(Arrays.asList(tags));
    }

    /**
     * One word's feature weights: its own features up to its lower-case form and its class features, in OpenNLP's
     * order for the beam search; their sum (with the prior and the bias) and what it gives its neighbours packed in
     * one array per word for the greedy search, which touches far fewer objects per position.
     *
     * @param nearIds     the outcomes of its neighbour features (as {@code p1w}, {@code p2w}, {@code n1w},
     *                    {@code n2w}), one slice per role
     * @param nearWeights their weights
     * @param nearFrom    where each role's slice starts; the fifth entry is the end of the last
     */
    private record Word(String lower, Context[] own, Context[] classes, Context[] asNeighbour, double[] fixed,
                        int[] nearIds, double[] nearWeights, int[] nearFrom) {
    }

    private Word word(String text, POSContextGenerator generator) {
        Word word = words.get(text);
        if (word == null) {
            word = read(text, generator);
            if (words.size() < MAX_WORDS) {
                words.put(text, word);
            }
        }
        return word;
    }

    /** A word's feature names from OpenNLP's generator on the word alone: its own, its classes, its lower case. */
    private static String[][] names(String text, POSContextGenerator generator) {
        String[] alone = generator.getContext(0, new String[] {text}, NO_TAGS, NO_CONTEXT);
        int lowerAt = -1;
        for (int k = 1; k < alone.length; k++) {
            if (alone[k].startsWith("w=")) {
                lowerAt = k;
                break;
            }
        }
        if (!"def".equals(alone[0]) || lowerAt < 0 || lowerAt + 1 >= alone.length
                || !"S=begin".equals(alone[lowerAt + 1])) {
            throw new IllegalArgumentException("unexpected POS features for '" + text + "': " + List.of(alone));
        }
        return new String[][] {Arrays.copyOfRange(alone, 1, lowerAt + 1),
            Arrays.copyOfRange(alone, lowerAt + 2, alone.length), {alone[lowerAt].substring(2)}};
    }

    /** A word's features: def, own..., w=lower, S=begin, classes..., as OpenNLP's generator gives them. */
    private Word read(String text, POSContextGenerator generator) {
        String[][] names = names(text, generator);
        String lower = names[2][0];
        Context[] own = lookUp(names[0]);
        Context[] classes = lookUp(names[1]);
        Context[] near = lookUp(new String[] {"p1w=" + lower, "p2w=" + lower, "n1w=" + lower, "n2w=" + lower});
        double[] fixed = new double[outcomes.length];
        Arrays.fill(fixed, uniformPrior);
        add(bias, fixed);
        for (Context c : own) {
            add(c, fixed);
        }
        for (Context c : classes) {
            add(c, fixed);
        }
        int[] from = new int[near.length + 1];
        for (int k = 0; k < near.length; k++) {
            from[k + 1] = from[k] + (near[k] == null ? 0 : near[k].getOutcomes().length);
        }
        int[] ids = new int[from[near.length]];
        double[] weights = new double[ids.length];
        for (int k = 0; k < near.length; k++) {
            if (near[k] != null) {
                System.arraycopy(near[k].getOutcomes(), 0, ids, from[k], near[k].getOutcomes().length);
                System.arraycopy(near[k].getParameters(), 0, weights, from[k], near[k].getParameters().length);
            }
        }
        return new Word(lower, own, classes, near, fixed, ids, weights, from);
    }

    private static void add(Context feature, double[] sums) {
        if (feature == null) {
            return;
        }
        int[] ids = feature.getOutcomes();
        double[] parameters = feature.getParameters();
        for (int a = 0; a < ids.length; a++) {
            sums[ids[a]] += parameters[a];
        }
    }

    private Context[] lookUp(String[] names) {
        Context[] found = new Context[names.length];
        for (int k = 0; k < names.length; k++) {
            found[k] = weights.get(names[k]);
        }
        return found;
    }

    /** Refuses a model whose features this class does not assemble exactly as OpenNLP does. */
    private void checkFeatures() {
        POSContextGenerator generator = model.getFactory().getPOSContextGenerator(beamSize);
        String[] tags = new String[PROBE.length];
        for (int k = 0; k < tags.length; k++) {
            tags[k] = outcomes[k % outcomes.length];
        }
        for (int i = 0; i < PROBE.length; i++) {
            List<String> expected = List.of(generator.getContext(i, PROBE, Arrays.copyOf(tags, i), NO_CONTEXT));
            List<String> assembled = featureNames(PROBE, i, tags, generator);
            if (!expected.equals(assembled)) {
                throw new IllegalArgumentException("POS model features differ at " + i + ": " + expected + " vs "
                        + assembled);
            }
        }
    }

    /** The feature names this class sums at position {@code i}, in order; for the check only. */
    private List<String> featureNames(String[] sentence, int i, String[] tags, POSContextGenerator generator) {
        List<String> names = new java.util.ArrayList<>();
        names.add("def");
        String[][] self = names(sentence[i], generator);
        names.addAll(List.of(self[0]));
        String[] offsets = {"p1w=", "p2w=", "n1w=", "n2w="};
        int[] at = {i - 1, i - 2, i + 1, i + 2};
        for (int k = 0; k < 4; k++) {
            if (at[k] >= 0 && at[k] < sentence.length) {
                names.add(offsets[k] + names(sentence[at[k]], generator)[2][0]);
            }
        }
        if (i <= 2) {
            names.add(new String[] {"S=begin", "p1S=begin", "p2S=begin"}[i]);
        }
        names.addAll(List.of(self[1]));
        if (i >= 1) {
            names.add("t=" + tags[i - 1]);
        }
        if (i >= 2) {
            names.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
        }
        return names;
    }

    /** One candidate tag sequence: a backward-linked chain, scored as OpenNLP's {@code Sequence} is. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final int tag;
        final double score;
        final int size;

        Node() {
            this.parent = null;
            this.tag = -1;
            this.score = 0;
            this.size = 0;
        }

        Node(Node parent, int tag, double probability) {
            this.parent = parent;
            this.tag = tag;
            this.score = parent.score + StrictMath.log(probability);
            this.size = parent.size + 1;
        }

        /** Best first; equal scores in the queue's own order, as in OpenNLP. */
        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score);
        }
    }

    /** The per-thread state of a search. */
    private final class Search {
        private final POSContextGenerator generator = model.getFactory().getPOSContextGenerator(beamSize);
        private final int n = outcomes.length;
        private final double[] scores = new double[n];
        private final double[] top = new double[Math.max(1, beamSize)];

        String[] best(String[] sentence, boolean greedyFirst) {
            Word[] read = new Word[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                read[i] = word(sentence[i], generator);
            }
            String[] tags = greedyFirst ? greedy(read) : null;
            return tags != null ? tags : beam(read);
        }

        /**
         * The beam's answer when it is the greedy one, else null. Every entry at a position is scored with the best
         * entry's tags (see {@link #beam}), so the best sequence after a position is the best one before it extended
         * by the top tag, and its lead over the runner-up is the smaller of the lead before and the gap between the
         * position's two top scores (in log space the normalisation cancels). While every such gap is clear of the
         * rounding in the beam's sums of logarithms, the beam ends on the greedy sequence; otherwise the beam runs.
         */
        private String[] greedy(Word[] read) {
            int[] path = new int[read.length];
            for (int i = 0; i < read.length; i++) {
                quickSum(read, i, i >= 1 ? path[i - 1] : -1, i >= 2 ? path[i - 2] : -1);
                int first = 0;
                double second = Double.NEGATIVE_INFINITY;
                for (int p = 1; p < n; p++) {
                    double s = scores[p];
                    if (s > scores[first]) {
                        second = scores[first];
                        first = p;
                    } else if (s > second) {
                        second = s;
                    }
                }
                if (!(scores[first] - second > GREEDY_MARGIN)) {
                    return null;
                }
                path[i] = first;
            }
            String[] tags = new String[read.length];
            for (int i = 0; i < read.length; i++) {
                tags[i] = outcomes[path[i]];
            }
            return tags;
        }

        /** OpenNLP's beam search over the words. */
        private String[] beam(Word[] read) {
            PriorityQueue<Node> prev = new PriorityQueue<>(beamSize);
            PriorityQueue<Node> next = new PriorityQueue<>(beamSize);
            prev.add(new Node());
            for (int i = 0; i < read.length; i++) {
                int sz = Math.min(beamSize, prev.size());
                double min = 0;
                for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                    Node node = prev.remove();
                    if (sc == 0) {
                        // OpenNLP's feature cache keeps a position's features, tags included, from the first entry
                        // it is asked for, so every entry at a position is scored with the best entry's tags.
                        score(read, node, i);
                        min = cutOff();
                    }
                    for (int p = 0; p < n; p++) {
                        if (scores[p] >= min) {
                            Node extended = new Node(node, p, scores[p]);
                            if (extended.score > MIN_SEQUENCE_SCORE) {
                                next.add(extended);
                            }
                        }
                    }
                    if (next.isEmpty()) {
                        for (int p = 0; p < n; p++) {
                            Node extended = new Node(node, p, scores[p]);
                            if (extended.score > MIN_SEQUENCE_SCORE) {
                                next.add(extended);
                            }
                        }
                    }
                }
                prev.clear();
                PriorityQueue<Node> swap = prev;
                prev = next;
                next = swap;
            }
            Node best = prev.isEmpty() ? null : prev.remove();
            String[] tags = new String[best == null ? 0 : best.size];
            for (Node node = best; node != null && node.size > 0; node = node.parent) {
                tags[node.size - 1] = outcomes[node.tag];
            }
            return tags;
        }

        /** The model's probabilities at position {@code i} after {@code node}'s tags, as {@code GISModel.eval}. */
        private void score(Word[] read, Node node, int i) {
            sum(read, i, i >= 1 ? node.tag : -1, i >= 2 ? node.parent.tag : -1);
            double normal = 0;
            for (int o = 0; o < n; o++) {
                scores[o] = StrictMath.exp(scores[o]);
                normal += scores[o];
            }
            for (int o = 0; o < n; o++) {
                scores[o] /= normal;
            }
        }

        /**
         * The model's summed feature weights at position {@code i} after the tags {@code before2, before1}, in
         * another order than OpenNLP's: equal to its sums up to rounding, which the greedy margin allows for.
         */
        private void quickSum(Word[] read, int i, int before1, int before2) {
            System.arraycopy(read[i].fixed(), 0, scores, 0, n);
            if (i >= 1) {
                addNear(read[i - 1], 0);
            }
            if (i >= 2) {
                addNear(read[i - 2], 1);
            }
            if (i + 1 < read.length) {
                addNear(read[i + 1], 2);
            }
            if (i + 2 < read.length) {
                addNear(read[i + 2], 3);
            }
            if (i <= 2) {
                add(sentenceStart[i], scores);
            }
            if (i >= 1) {
                add(previousTag[before1], scores);
            }
            if (i >= 2) {
                add(previousTwoTags[before2][before1], scores);
            }
        }

        private void addNear(Word word, int role) {
            int[] ids = word.nearIds();
            double[] weights = word.nearWeights();
            for (int a = word.nearFrom()[role], end = word.nearFrom()[role + 1]; a < end; a++) {
                scores[ids[a]] += weights[a];
            }
        }

        /** The model's summed feature weights at position {@code i} after the tags {@code before2, before1}. */
        private void sum(Word[] read, int i, int before1, int before2) {
            Word self = read[i];
            Arrays.fill(scores, uniformPrior);
            add(bias, scores);
            for (Context c : self.own()) {
                add(c, scores);
            }
            if (i >= 1) {
                add(read[i - 1].asNeighbour()[0], scores);
            }
            if (i >= 2) {
                add(read[i - 2].asNeighbour()[1], scores);
            }
            if (i + 1 < read.length) {
                add(read[i + 1].asNeighbour()[2], scores);
            }
            if (i + 2 < read.length) {
                add(read[i + 2].asNeighbour()[3], scores);
            }
            if (i <= 2) {
                add(sentenceStart[i], scores);
            }
            for (Context c : self.classes()) {
                add(c, scores);
            }
            if (i >= 1) {
                add(previousTag[before1], scores);
            }
            if (i >= 2) {
                add(previousTwoTags[before2][before1], scores);
            }
        }

        /**
         * The beam's cut-off: the {@code beamSize}-th largest score counting repeats, which OpenNLP reads from the
         * sorted scores, or the smallest score when there are fewer outcomes than the beam.
         */
        private double cutOff() {
            int k = top.length;
            if (n < k) {
                double min = scores[0];
                for (int p = 1; p < n; p++) {
                    if (Double.compare(scores[p], min) < 0) {
                        min = scores[p];
                    }
                }
                return min;
            }
            int filled = 0;
            for (int p = 0; p < n; p++) {
                double s = scores[p];
                if (filled < k || Double.compare(s, top[k - 1]) > 0) {
                    int j = filled < k ? filled++ : k - 1;
                    while (j > 0 && Double.compare(top[j - 1], s) < 0) {
                        top[j] = top[j - 1];
                        j--;
                    }
                    top[j] = s;
                }
            }
            return top[k - 1];
        }
    }
}
