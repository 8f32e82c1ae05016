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

    /** Codes one document. */
    public CodedDocument code(Document document) {
        List<Sentence> sentences = analyzer.analyze(document);
        ActorRecognizer.Reading actorReading = actors.open(document);
        DateResolver.Reading dateReading = dates.open(document);
        LocationResolver.Reading placeReading = places.open(document);
        List<CodedEvent> events = new ArrayList<>();
        List<Discard> discards = new ArrayList<>();
        List<List<ActorMention>> actorsBySentence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<ActorMention> mentions = actorReading.recognize(sentence);
            actorsBySentence.add(mentions);
            List<CodedEvent> coded = new ArrayList<>();
            for (Extraction extraction : coder.code(document, sentence, mentions)) {
                if (extraction instanceof CodedEvent event) {
                    coded.add(event);
                } else if (extraction instanceof Discard discard) {
                    discards.add(discard);
                }
            }
            // Every sentence is read, events or not: "a few weeks later" counts from a date in a sentence without
            // events, and the actors of earlier sentences tell which Tripoli a story is about.
            coded = dateReading.resolve(sentence, coded);
            events.addAll(placeReading.locate(sentence, mentions, coded));
        }
        return new CodedDocument(document, sentences, actorsBySentence, events, discards);
    }
}
