package org.parley.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (Universal Dependencies EWT, from the {@code opennlp-models-*-en} artifacts on
 * Maven Central). Models are immutable and thread-safe; load them once and share.
 */
public record OpenNlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    /** The model file names inside the 1.3.0 model jars; they change only when the artifact version does. */
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    public OpenNlpModels {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemmas, "lemmas");
    }

    /** Loads the English models from the classpath. */
    public static OpenNlpModels english() {
        try {
            return new OpenNlpModels(
                    new SentenceModel(open(SENTENCE_MODEL)),
                    new TokenizerModel(open(TOKEN_MODEL)),
                    new POSModel(open(POS_MODEL)),
                    new LemmatizerModel(open(LEMMA_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP English model", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return in;
    }
}
