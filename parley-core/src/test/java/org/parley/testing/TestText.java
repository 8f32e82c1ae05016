package org.parley.testing;

import java.time.LocalDate;
import java.util.List;
import org.parley.api.Document;
import org.parley.api.Sentence;
import org.parley.text.OpenNlpModels;
import org.parley.text.OpenNlpTextAnalyzer;

/** The OpenNLP text analyser loaded once per test JVM, for stage tests that need real analysed sentences. */
public final class TestText {
    private static OpenNlpTextAnalyzer analyzer;

    private TestText() {
    }

    /** The shared analyser. */
    public static synchronized OpenNlpTextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new OpenNlpTextAnalyzer(OpenNlpModels.english());
        }
        return analyzer;
    }

    /** The analysed sentences of a text dated {@code date}. */
    public static List<Sentence> sentences(String text, LocalDate date) {
        return analyzer().analyze(Document.of("test", date, text));
    }

    /** The index of the first token of the sentence written {@code word}; fails when there is none. */
    public static int token(Sentence sentence, String word) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "' in: " + sentence.text());
    }
}
