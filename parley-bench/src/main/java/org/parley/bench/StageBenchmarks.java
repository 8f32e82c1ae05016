package org.parley.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.Document;
import org.parley.api.Extraction;
import org.parley.api.Sentence;

/**
 * The hot paths of the coding pipeline, one benchmark per stage, each timing one sentence of the benchmark
 * corpus. Run on demand, never by the build:
 * {@code java -cp "parley-bench/target/parley-bench.jar:parley-bench/target/lib/*" org.openjdk.jmh.Main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StageBenchmarks {
    /** Sentence splitting, tokenisation, tagging and lemmas. */
    @Benchmark
    public List<Sentence> textAnalysis(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        return corpus.pipeline.analyzer().analyze(corpus.documents.get(cursor.next(corpus.documents.size())));
    }

    /** Sentence splitting and tokenisation only: what every sentence costs before the tag gate. */
    @Benchmark
    public List<Sentence> tokenization(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        return corpus.pipeline.analyzer().tokenize(corpus.documents.get(cursor.next(corpus.documents.size())));
    }

    /** Tagging and lemmas of a tokenised sentence: the greedy search over memoised word weights. */
    @Benchmark
    public Sentence tagging(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        return corpus.pipeline.analyzer().tag(corpus.untagged.get(cursor.next(corpus.untagged.size())));
    }

    /** The tag gate: whether an untagged sentence may name an actor (every sentence pays it). */
    @Benchmark
    public boolean actorGate(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        int i = cursor.next(corpus.untagged.size());
        return corpus.pipeline.actors().open(corpus.documents.get(i)).mayMention(corpus.untagged.get(i));
    }

    /** Actor matching: the phrase trie, composition and coreference over a tagged sentence. */
    @Benchmark
    public List<ActorMention> actorMatching(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        int i = cursor.next(corpus.analysed.size());
        return corpus.pipeline.actors().open(corpus.documents.get(i)).recognize(corpus.analysed.get(i));
    }

    /** Event coding of an analysed sentence with its actors: clause analysis and verb-pattern matching. */
    @Benchmark
    public List<Extraction> eventCoding(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        int i = cursor.next(corpus.analysed.size());
        return corpus.pipeline.coder().code(corpus.documents.get(i), corpus.analysed.get(i), corpus.actors.get(i));
    }

    /** Date resolution alone: the time expressions of a sentence (cue scan, rules) dating its coded events. */
    @Benchmark
    public List<CodedEvent> dateReading(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        int i = cursor.next(corpus.analysed.size());
        return corpus.pipeline.dates().open(corpus.documents.get(i)).resolve(corpus.analysed.get(i),
                corpus.events.get(i));
    }

    /** Location resolution alone: place phrases and gazetteer lookups for a sentence's coded events. */
    @Benchmark
    public List<CodedEvent> placeResolution(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        int i = cursor.next(corpus.analysed.size());
        return corpus.pipeline.places().open(corpus.documents.get(i)).locate(corpus.analysed.get(i),
                corpus.actors.get(i), corpus.events.get(i));
    }

    /** Date resolution of a sentence's events against its story date. */
    @Benchmark
    public List<CodedEvent> dateResolution(AnalysedCorpus corpus, AnalysedCorpus.Cursor cursor) {
        int i = cursor.next(corpus.analysed.size());
        Document document = corpus.documents.get(i);
        List<CodedEvent> events = new java.util.ArrayList<>();
        for (Extraction x : corpus.pipeline.coder().code(document, corpus.analysed.get(i), corpus.actors.get(i))) {
            if (x instanceof CodedEvent event) {
                events.add(event);
            }
        }
        return corpus.pipeline.dates().open(document).resolve(corpus.analysed.get(i), events);
    }
}
