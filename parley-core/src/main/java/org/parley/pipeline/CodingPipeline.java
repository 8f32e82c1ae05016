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
import org.parley.api.EventDate;
import org.parley.api.Extraction;
import org.parley.api.Sentence;
import org.parley.api.TextAnalyzer;
import org.parley.pipeline.StageTimes.Stage;

/**
 * The coding pipeline: text analysis, then per sentence actor recognition, event coding and date resolution.
 * Stages are handed in; this class only runs them in order. Thread-safe: documents may be coded concurrently.
 */
public final class CodingPipeline {
    private final TextAnalyzer analyzer;
    private final ActorRecognizer actors;
    private final EventCoder coder;
    private final DateResolver dates;

    public CodingPipeline(TextAnalyzer analyzer, ActorRecognizer actors, EventCoder coder, DateResolver dates) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /** Codes one document. */
    public CodedDocument code(Document document) {
        return code(document, StageTimes.off());
    }

    /** Codes one document, adding the time each stage takes to {@code times}. */
    public CodedDocument code(Document document, StageTimes times) {
        long clock = times.now();
        List<Sentence> sentences = analyzer.analyze(document);
        clock = times.since(Stage.ANALYSIS, clock);
        ActorRecognizer.Reading actorReading = actors.open(document);
        DateResolver.Reading dateReading = dates.open(document);
        List<CodedEvent> events = new ArrayList<>();
        List<Discard> discards = new ArrayList<>();
        List<List<ActorMention>> actorsBySentence = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<ActorMention> mentions = actorReading.recognize(sentence);
            clock = times.since(Stage.ACTORS, clock);
            actorsBySentence.add(mentions);
            // Dates are read from every sentence so that "a few weeks later" can refer back to one without events.
            EventDate when = dateReading.resolve(sentence);
            clock = times.since(Stage.DATES, clock);
            List<Extraction> extractions = coder.code(document, sentence, mentions);
            clock = times.since(Stage.EVENTS, clock);
            for (Extraction extraction : extractions) {
                if (extraction instanceof CodedEvent event) {
                    events.add(event.withWhenAndWhere(when, event.location()));
                } else if (extraction instanceof Discard discard) {
                    discards.add(discard);
                }
            }
        }
        return new CodedDocument(document, sentences, actorsBySentence, events, discards);
    }
}
