package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.api.ActorMention;
import org.parley.api.ActorRecognizer;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;
import org.parley.api.DateResolver;
import org.parley.api.Discard;
import org.parley.api.Document;
import org.parley.api.EventCoder;
import org.parley.api.Extraction;
import org.parley.api.LocationResolver;
import org.parley.api.Sentence;
import org.parley.api.TextAnalyzer;
import org.parley.pipeline.StageTimes.Stage;

/**
 * The coding pipeline: text analysis, then per sentence actor recognition, event coding, date and location
 * resolution. Stages are handed in; this class only runs them in order. Thread-safe: documents may be coded
 * concurrently.
 */
public final class CodingPipeline {
    private final TextAnalyzer analyzer;
    private final ActorRecognizer actors;
    private final EventCoder coder;
    private final DateResolver dates;
    private final LocationResolver places;

    public CodingPipeline(TextAnalyzer analyzer, ActorRecognizer actors, EventCoder coder, DateResolver dates,
                          LocationResolver places) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.places = Objects.requireNonNull(places, "places");
    }

    /** The text analysis stage, for benchmarks and tools that run one stage alone. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The actor recognition stage. */
    public ActorRecognizer actors() {
        return actors;
    }

    /** The event coding stage. */
    public EventCoder coder() {
        return coder;
    }

    /** The date resolution stage. */
    public DateResolver dates() {
        return dates;
    }

    /** The location resolution stage. */
    public LocationResolver places() {
        return places;
    }

    /** Codes one document. */
    public CodedDocument code(Document document) {
        return code(document, StageTimes.off());
    }

    /**
     * Codes one document, adding the time each stage takes to {@code times}.
     *
     * <p>Sentences are tagged only when the actor reading says they may name an actor: tagging is most of the cost
     * of coding, every event needs a source actor, and a sentence without one leaves nothing for later sentences
     * to refer back to (see {@link ActorRecognizer.Reading#mayMention}), so events, actors and dates come out the
     * same. Such sentences keep their untagged tokens in the coded document. Dates read every sentence's text so
     * that "a few weeks later" can refer back to one without events.
     */
    public CodedDocument code(Document document, StageTimes times) {
        long clock = times.now();
        List<Sentence> sentences = new ArrayList<>(analyzer.tokenize(document));
        clock = times.since(Stage.ANALYSIS, clock);
        ActorRecognizer.Reading actorReading = actors.open(document);
        DateResolver.Reading dateReading = dates.open(document);
        LocationResolver.Reading placeReading = places.open(document);
        List<CodedEvent> events = new ArrayList<>();
        List<Discard> discards = new ArrayList<>();
        List<List<ActorMention>> actorsBySentence = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            boolean mayMention = actorReading.mayMention(sentence);
            clock = times.since(Stage.ACTORS, clock);
            List<ActorMention> mentions = List.of();
            if (mayMention) {
                sentence = analyzer.tag(sentence);
                sentences.set(i, sentence);
                clock = times.since(Stage.ANALYSIS, clock);
                mentions = actorReading.recognize(sentence);
                clock = times.since(Stage.ACTORS, clock);
            }
            actorsBySentence.add(mentions);
            List<CodedEvent> coded = new ArrayList<>();
            if (!mentions.isEmpty()) {
                for (Extraction extraction : coder.code(document, sentence, mentions)) {
                    if (extraction instanceof CodedEvent event) {
                        coded.add(event);
                    } else if (extraction instanceof Discard discard) {
                        discards.add(discard);
                    }
                }
            }
            clock = times.since(Stage.EVENTS, clock);
            // Every sentence is read, events or not: "a few weeks later" counts from a date in a sentence without
            // events, and the actors of earlier sentences tell which Tripoli a story is about.
            coded = dateReading.resolve(sentence, coded);
            clock = times.since(Stage.DATES, clock);
            events.addAll(placeReading.locate(sentence, mentions, coded));
            clock = times.since(Stage.PLACES, clock);
        }
        return new CodedDocument(document, sentences, actorsBySentence, events, discards);
    }
}
