package org.parley.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.api.CodedDocument;
import org.parley.api.Document;

/**
 * Codes documents on several threads and hands results on in input order. At most a bounded window of documents is
 * in flight, so memory stays constant whatever the input size.
 */
public final class OrderedParallelCoder implements AutoCloseable {
    private final CodingPipeline pipeline;
    private final ExecutorService workers;
    private final Deque<Future<CodedDocument>> inFlight = new ArrayDeque<>();
    private final int window;
    private final DocumentSink sink;
    private final StageTimes times;

    /** Receives coded documents in input order. */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(CodedDocument document) throws Exception;
    }

    public OrderedParallelCoder(CodingPipeline pipeline, int threads, DocumentSink sink) {
        this(pipeline, threads, sink, StageTimes.off());
    }

    /** A coder that adds the time each pipeline stage takes, on all threads, to {@code times}. */
    public OrderedParallelCoder(CodingPipeline pipeline, int threads, DocumentSink sink, StageTimes times) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.times = Objects.requireNonNull(times, "times");
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-coder");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 16;
    }

    /** Queues a document; blocks while the window is full, handing finished documents to the sink. */
    public void submit(Document document) throws Exception {
        inFlight.addLast(workers.submit(() -> pipeline.code(document, times)));
        while (inFlight.size() >= window) {
            drainOne();
        }
    }

    /** Waits for all queued documents and hands them to the sink. */
    public void finish() throws Exception {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    private void drainOne() throws Exception {
        Future<CodedDocument> next = inFlight.removeFirst();
        CodedDocument coded;
        try {
            coded = next.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        sink.accept(coded);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
