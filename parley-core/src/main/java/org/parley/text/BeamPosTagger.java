package org.parley.text;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger with the same beam search and the same arithmetic, done with less work.
 *
 * <p>{@code POSTaggerME} evaluates the maximum-entropy model once per beam entry and position, looking up all some
 * twenty feature strings each time and sorting the scores to find the beam's cut-off. The beam entries at one
 * position share every feature except the previous tags, which come last, so here the feature weights are summed
 * once per position and only the tag features are added per entry; the cut-off is found by selection instead of a
 * sort. The sums are taken in OpenNLP's order from OpenNLP's starting value, so every probability is bit-for-bit
 * the one {@code POSTaggerME} computes and the chosen tags are identical; {@code BeamPosTaggerTest} checks it.
 *
 * <p>Thread-safe: the context generator, which caches per sentence, and the scratch arrays are per thread.
 */
final class BeamPosTagger {
    /** OpenNLP's floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final POSTaggerFactory factory;
    private final int beamSize;
    private final Map<String, Context> features;
    private final String[] outcomes;
    private final double uniformPrior;
    private final POSTagFormatMapper mapper;
    private final ThreadLocal<Search> searches;

    /**
     * @throws IllegalArgumentException when the model is not a plain maximum-entropy model that this tagger can read
     */
    @SuppressWarnings("unchecked")
    BeamPosTagger(POSModel model) {
        Objects.requireNonNull(model, "model");
        // POSModel wraps a maximum-entropy (GIS) model in a plain BeamSearch; other kinds are not reproduced here.
        if (!(model.getArtifact("pos.model") instanceof GISModel)) {
            throw new IllegalArgumentException("model must be an OpenNLP maximum-entropy (GIS) POS model");
        }
        AbstractModel maxent = model.getArtifact("pos.model");
        Object[] data = maxent.getDataStructures();
        this.features = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        // GIS models start every outcome at the uniform prior log(1/n), computed as OpenNLP's UniformPrior does.
        this.uniformPrior = StrictMath.log(1d / outcomes.length);
        this.factory = model.getFactory();
        String beam = model.getManifestProperty("BeamSize");
        this.beamSize = beam == null ? 3 : Integer.parseInt(beam);
        POSTagFormatMapper guess = new POSTagFormatMapper(outcomes) { };
        this.mapper = guess.getGuessedFormat() == POSTagFormat.UD ? null : guess;
        this.searches = ThreadLocal.withInitial(Search::new);
    }

    /** The UD tags of the words, as {@code ThreadSafePOSTaggerME.tag} gives them. */
    String[] tag(String[] words) {
        String[] tags = searches.get().best(words);
        return mapper == null ? tags : mapper.convertTags(Arrays.asList(tags));
    }

    /** One candidate tag sequence: a backward-linked chain, scored as OpenNLP's {@code Sequence} is. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final String tag;
        final double score;
        final int size;

        Node() {
            this.parent = null;
            this.tag = null;
            this.score = 0;
            this.size = 0;
        }

        Node(Node parent, String tag, double probability) {
            this.parent = parent;
            this.tag = tag;
            this.score = parent.score + StrictMath.log(probability);
            this.size = parent.size + 1;
        }

        String[] tags() {
            String[] tags = new String[size];
            Node node = this;
            for (int i = size - 1; i >= 0; i--) {
                tags[i] = node.tag;
                node = node.parent;
            }
            return tags;
        }

        /** Best first, ties as OpenNLP breaks them (the queue's own order). */
        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score);
        }
    }

    /** The per-thread state of a search. */
    private final class Search {
        private final POSContextGenerator contexts = factory.getPOSContextGenerator(beamSize);
        private final SequenceValidator<String> validator = factory.getSequenceValidator();
        private final int n = outcomes.length;
        private final double[] scores = new double[n];
        private final double[] top = new double[Math.max(1, beamSize)];
        /** The first context evaluated at the current position and the running sums after each of its features. */
        private String[] shared;
        private double[] partial = new double[32 * n];

        String[] best(String[] words) {
            PriorityQueue<Node> prev = new PriorityQueue<>(beamSize);
            PriorityQueue<Node> next = new PriorityQueue<>(beamSize);
            prev.add(new Node());
            for (int i = 0; i < words.length; i++) {
                int sz = Math.min(beamSize, prev.size());
                shared = null;
                for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                    Node node = prev.remove();
                    String[] previous = node.tags();
                    String[] context = contexts.getContext(i, words, previous, NO_CONTEXT);
                    evaluate(context);
                    double min = cutOff();
                    for (int p = 0; p < n; p++) {
                        if (scores[p] >= min && validator.validSequence(i, words, previous, outcomes[p])) {
                            Node extended = new Node(node, outcomes[p], scores[p]);
                            if (extended.score > MIN_SEQUENCE_SCORE) {
                                next.add(extended);
                            }
                        }
                    }
                    if (next.isEmpty()) {
                        for (int p = 0; p < n; p++) {
                            if (validator.validSequence(i, words, previous, outcomes[p])) {
                                Node extended = new Node(node, outcomes[p], scores[p]);
                                if (extended.score > MIN_SEQUENCE_SCORE) {
                                    next.add(extended);
                                }
                            }
                        }
                    }
                }
                prev.clear();
                PriorityQueue<Node> swap = prev;
                prev = next;
                next = swap;
            }
            return prev.isEmpty() ? new String[0] : prev.remove().tags();
        }

        /**
         * The model's probabilities for a context, into {@link #scores}. Sums restart from the longest prefix shared
         * with the position's first context, so the additions happen in the same order as in {@code GISModel.eval}.
         */
        private void evaluate(String[] context) {
            int from;
            if (shared == null) {
                shared = context;
                if (partial.length < (context.length + 1) * n) {
                    partial = new double[(context.length + 1) * n];
                }
                Arrays.fill(partial, 0, n, uniformPrior);
                for (int k = 0; k < context.length; k++) {
                    System.arraycopy(partial, k * n, partial, (k + 1) * n, n);
                    add(context[k], partial, (k + 1) * n);
                }
                System.arraycopy(partial, context.length * n, scores, 0, n);
            } else {
                int limit = Math.min(context.length, shared.length);
                from = 0;
                while (from < limit && (context[from] == shared[from] || context[from].equals(shared[from]))) {
                    from++;
                }
                System.arraycopy(partial, from * n, scores, 0, n);
                for (int k = from; k < context.length; k++) {
                    add(context[k], scores, 0);
                }
            }
            double normal = 0;
            for (int o = 0; o < n; o++) {
                scores[o] = StrictMath.exp(scores[o]);
                normal += scores[o];
            }
            for (int o = 0; o < n; o++) {
                scores[o] /= normal;
            }
        }

        private void add(String feature, double[] sums, int offset) {
            Context weights = features.get(feature);
            if (weights == null) {
                return;
            }
            int[] ids = weights.getOutcomes();
            double[] parameters = weights.getParameters();
            for (int a = 0; a < ids.length; a++) {
                sums[offset + ids[a]] += parameters[a];
            }
        }

        /**
         * The beam's cut-off: the {@code beamSize}-th largest score counting repeats, which is what OpenNLP reads
         * from the sorted scores, or the smallest score when there are fewer outcomes than the beam.
         */
        private double cutOff() {
            int k = Math.min(top.length, n);
            if (k < top.length) {
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
                if (filled < k) {
                    int j = filled++;
                    while (j > 0 && Double.compare(top[j - 1], s) < 0) {
                        top[j] = top[j - 1];
                        j--;
                    }
                    top[j] = s;
                } else if (Double.compare(s, top[k - 1]) > 0) {
                    int j = k - 1;
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
