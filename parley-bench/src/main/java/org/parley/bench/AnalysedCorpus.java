package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.api.ActorMention;
import org.parley.api.ActorRecognizer;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.Extraction;
import org.parley.api.Sentence;
import org.parley.cli.bench.SyntheticCorpus;
import org.parley.dictionary.InvalidDictionaryException;
import org.parley.pipeline.CodingPipeline;
import org.parley.pipeline.Parley;

/**
 * The benchmarks' input: the standard pipeline and sentences of the generated benchmark corpus, each as a
 * one-sentence document, analysed and with their actors, so that each benchmark times one stage on realistic input.
 * Loaded once per trial and shared read-only by benchmark threads.
 */
@State(Scope.Benchmark)
public class AnalysedCorpus {
    /** How many sentences the benchmarks cycle through: enough that branch predictors cannot learn them. */
    @Param("4000")
    public int sentences;

    CodingPipeline pipeline;
    List<Document> documents;
    List<Sentence> untagged;
    List<Sentence> analysed;
    List<List<ActorMention>> actors;
    List<List<CodedEvent>> events;

    @Setup(Level.Trial)
    public void load() throws InvalidDictionaryException {
        pipeline = Parley.load().pipeline();
        documents = new ArrayList<>(sentences);
        untagged = new ArrayList<>(sentences);
        analysed = new ArrayList<>(sentences);
        actors = new ArrayList<>(sentences);
        events = new ArrayList<>(sentences);
        SyntheticCorpus.bundled(2026).generate(sentences, document -> {
            for (Sentence sentence : pipeline.analyzer().tokenize(document)) {
                if (documents.size() < sentences) {
                    documents.add(Document.of("s" + documents.size(), document.date(), sentence.text()));
                }
            }
        });
        for (Document document : documents) {
            untagged.add(pipeline.analyzer().tokenize(document).get(0));
            Sentence sentence = pipeline.analyzer().analyze(document).get(0);
            ActorRecognizer.Reading reading = pipeline.actors().open(document);
            analysed.add(sentence);
            List<ActorMention> mentions = reading.recognize(sentence);
            actors.add(mentions);
            List<CodedEvent> coded = new ArrayList<>();
            for (Extraction x : pipeline.coder().code(document, sentence, mentions)) {
                if (x instanceof CodedEvent event) {
                    coded.add(event);
                }
            }
            events.add(coded);
        }
    }

    /** A cursor over the corpus, one per benchmark thread. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        /** The index of the next input, cycling. */
        public int next(int size) {
            int i = next;
            next = (next + 1) % size;
            return i;
        }
    }
}
