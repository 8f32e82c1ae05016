package org.parley.pipeline;

import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorNames;
import org.parley.actor.BuiltInActors;
import org.parley.actor.DictionaryActorRecognizer;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.event.NonPoliticalFilter;
import org.parley.event.PatternEventCoder;
import org.parley.event.VerbPatternDictionary;
import org.parley.ontology.CameoCodebook;
import org.parley.text.OpenNlpModels;
import org.parley.text.OpenNlpTextAnalyzer;
import org.parley.time.RuleDateResolver;

/**
 * The one place where Parley's standard pipeline is assembled from its models and dictionaries.
 *
 * @param codebook the CAMEO codebook the pipeline codes into
 * @param pipeline the assembled pipeline
 */
public record Parley(CameoCodebook codebook, CodingPipeline pipeline) {
    /** Loads the models and built-in dictionaries and assembles the pipeline. Takes a second or two. */
    public static Parley load() throws InvalidDictionaryException {
        CameoCodebook codebook = CameoCodebook.load();
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(OpenNlpModels.english());
        ActorDictionary actors = BuiltInActors.addTo(new ActorDictionary.Builder(analyzer::splitPhrase)).build();
        DictionaryActorRecognizer recognizer = new DictionaryActorRecognizer(actors, ActorNames.builtIn());
        PatternEventCoder coder = new PatternEventCoder(VerbPatternDictionary.builtIn(codebook), codebook,
                NonPoliticalFilter.builtIn());
        return new Parley(codebook, new CodingPipeline(analyzer, recognizer, coder, new RuleDateResolver()));
    }
}
