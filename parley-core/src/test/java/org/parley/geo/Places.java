package org.parley.geo;

import java.time.LocalDate;
import java.util.List;
import org.parley.api.CodedDocument;
import org.parley.api.Sentence;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.testing.TestPipeline;
import org.parley.testing.TestText;

/** Test helper: the built-in gazetteer loaded once, and the place the stage gives a predicate in a real text. */
final class Places {
    private static Gazetteer gazetteer;

    private Places() {
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            try {
                gazetteer = Gazetteer.builtIn();
            } catch (InvalidDictionaryException e) {
                throw new IllegalStateException(e);
            }
        }
        return gazetteer;
    }

    /**
     * The place the stage gives the predicate headed by {@code verb} (its first occurrence), with the actors the
     * standard pipeline recognises; earlier sentences give the document's context.
     */
    static Place of(String text, String verb) {
        CodedDocument coded = TestPipeline.code(text, LocalDate.of(2019, 11, 30));
        GazetteerLocationResolver.DocumentPlaces reading =
                (GazetteerLocationResolver.DocumentPlaces) new GazetteerLocationResolver(gazetteer())
                        .open(coded.document());
        for (int i = 0; i < coded.sentences().size(); i++) {
            Sentence sentence = coded.sentences().get(i);
            if (sentence.tokens().stream().anyMatch(t -> t.text().equals(verb))) {
                return reading.placeAt(sentence, coded.actors().get(i), TestText.token(sentence, verb));
            }
            reading.locate(sentence, coded.actors().get(i), List.of());
        }
        throw new AssertionError("no '" + verb + "' in: " + text);
    }
}
