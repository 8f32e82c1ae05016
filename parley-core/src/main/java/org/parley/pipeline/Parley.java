package org.parley.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.parley.actor.ActorDictionary;
import org.parley.actor.ActorNames;
import org.parley.actor.BuiltInActors;
import org.parley.actor.DictionaryActorRecognizer;
import org.parley.actor.PlaceLookup;
import org.parley.actor.WordwiseSplitter;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.event.CodingConventions;
import org.parley.event.NonPoliticalFilter;
import org.parley.event.PatternEventCoder;
import org.parley.event.VerbPattern;
import org.parley.event.VerbPatternDictionary;
import org.parley.geo.Gazetteer;
import org.parley.geo.GazetteerLocationResolver;
import org.parley.geo.PlaceFinder;
import org.parley.ontology.CameoCodebook;
import org.parley.petrarch.DictionaryReport;
import org.parley.petrarch.PetrarchActorFile;
import org.parley.petrarch.PetrarchAgentFile;
import org.parley.petrarch.PetrarchVerbFile;
import org.parley.text.OpenNlpModels;
import org.parley.text.OpenNlpTextAnalyzer;
import org.parley.time.RuleDateResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Parley's standard pipeline is assembled from its models and dictionaries.
 *
 * @param codebook     the CAMEO codebook the pipeline codes into
 * @param pipeline     the assembled pipeline
 * @param dictionaries what each user dictionary file gave, in load order (empty for the built-ins only)
 */
public record Parley(CameoCodebook codebook, CodingPipeline pipeline, List<DictionaryReport> dictionaries) {
    private static final Logger LOG = LoggerFactory.getLogger(Parley.class);

    public Parley {
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(pipeline, "pipeline");
        dictionaries = List.copyOf(dictionaries);
    }

    public Parley(CameoCodebook codebook, CodingPipeline pipeline) {
        this(codebook, pipeline, List.of());
    }

    /** Loads the models and built-in dictionaries and assembles the pipeline. Takes a second or two. */
    public static Parley load() throws InvalidDictionaryException {
        return load(ParleyConfig.defaults());
    }

    /** Loads the models and the configured dictionaries and assembles the pipeline. */
    public static Parley load(ParleyConfig config) throws InvalidDictionaryException {
        // The gazetteer (half a second) loads on its own thread while the models and dictionaries load here.
        FutureTask<Gazetteer> gazetteerTask = new FutureTask<>(Gazetteer::builtIn);
        Thread loader = new Thread(gazetteerTask, "parley-gazetteer");
        loader.setDaemon(true);
        loader.start();
        CameoCodebook codebook = CameoCodebook.load();
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(OpenNlpModels.english());
        List<DictionaryReport> reports = new ArrayList<>();
        ActorDictionary.Builder builder = new ActorDictionary.Builder(new WordwiseSplitter(analyzer::splitPhrase));
        if (config.builtInActors()) {
            BuiltInActors.addTo(builder);
        }
        for (Path file : config.actorFiles()) {
            reports.add(PetrarchActorFile.read(file, builder));
        }
        for (Path file : config.agentFiles()) {
            reports.add(PetrarchAgentFile.read(file, builder));
        }
        VerbPatternDictionary verbs = verbs(config, codebook, reports);
        // A user dictionary may code with codes the codebook lacks (CAMEO 2.0's 1951): they are coded as written.
        codebook = codebook.including(dictionaryCodes(verbs));
        for (DictionaryReport report : reports) {
            LOG.debug("{}", report.summary());
            report.warnings().forEach(warning -> LOG.debug("{}", warning));
        }
        Gazetteer gazetteer = await(gazetteerTask);
        PlaceFinder finder = new PlaceFinder(gazetteer);
        PlaceLookup places = (sentence, start) -> {
            PlaceFinder.Found found = finder.at(sentence, start);
            return found == null ? null
                    : new PlaceLookup.Match(found.endToken(), found.place().country(), found.place().name());
        };
        DictionaryActorRecognizer recognizer = new DictionaryActorRecognizer(builder.build(), ActorNames.builtIn(),
                places);
        // PETRARCH's conventions leave sport and entertainment to the dictionaries' own discard list.
        NonPoliticalFilter nonPolitical = config.conventions() == CodingConventions.PETRARCH
                ? NonPoliticalFilter.none() : NonPoliticalFilter.builtIn();
        PatternEventCoder coder = new PatternEventCoder(verbs, codebook, nonPolitical, config.conventions());
        CodingPipeline pipeline = new CodingPipeline(analyzer, recognizer, coder, new RuleDateResolver(),
                new GazetteerLocationResolver(gazetteer));
        return new Parley(codebook, pipeline, reports);
    }

    private static Gazetteer await(FutureTask<Gazetteer> task) throws InvalidDictionaryException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the gazetteer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidDictionaryException invalid) {
                throw invalid;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot load the gazetteer", e.getCause());
        }
    }

    private static List<String> dictionaryCodes(VerbPatternDictionary verbs) {
        Set<String> codes = new TreeSet<>();
        for (VerbPattern pattern : verbs.all()) {
            if (!pattern.codesNothing()) {
                codes.add(pattern.cameo());
            }
            if (pattern.reverse() != null) {
                codes.add(pattern.reverse());
            }
        }
        return List.copyOf(codes);
    }

    private static VerbPatternDictionary verbs(ParleyConfig config, CameoCodebook codebook,
                                               List<DictionaryReport> reports) throws InvalidDictionaryException {
        if (config.verbFiles().isEmpty()) {
            return config.builtInVerbs() ? VerbPatternDictionary.builtIn(codebook)
                    : VerbPatternDictionary.of(List.of());
        }
        List<VerbPattern> patterns = new ArrayList<>();
        Map<String, String> forms = new HashMap<>();
        if (config.builtInVerbs()) {
            patterns.addAll(VerbPatternDictionary.builtIn(codebook).all());
        }
        for (Path file : config.verbFiles()) {
            PetrarchVerbFile.Translation translation = PetrarchVerbFile.read(file, codebook);
            patterns.addAll(translation.patterns());
            translation.forms().forEach(forms::putIfAbsent);
            reports.add(translation.report());
        }
        return VerbPatternDictionary.of(patterns, forms);
    }
}
