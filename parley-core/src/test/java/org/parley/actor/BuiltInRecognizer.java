package org.parley.actor;

import org.parley.text.OpenNlpModels;
import org.parley.text.OpenNlpTextAnalyzer;

/** The text analyzer and the recognizer over the built-in actor tables, loaded once for the actor tests. */
final class BuiltInRecognizer {
    static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer(OpenNlpModels.english());
    static final DictionaryActorRecognizer RECOGNIZER = load();

    private BuiltInRecognizer() {
    }

    private static DictionaryActorRecognizer load() {
        try {
            ActorDictionary dictionary = BuiltInActors.addTo(new ActorDictionary.Builder(ANALYZER::splitPhrase)).build();
            return new DictionaryActorRecognizer(dictionary, ActorNames.builtIn());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
