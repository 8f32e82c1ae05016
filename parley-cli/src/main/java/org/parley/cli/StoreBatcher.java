package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.api.CodedDocument;
import org.parley.pipeline.StageTimes;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores coded documents in batches, one transaction each, so that ingestion does not pay a commit per document.
 * A batch is written on a writer thread while the next one fills, so that coding does not stop for the store's
 * commits; at most one batch is being written and one filling, so memory stays bounded. Batches are written in
 * order by that one thread, so what is stored is always a prefix of the input. Used by one thread.
 */
final class StoreBatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBatcher.class);
    /**
     * Documents a batch: each batch's merge scans part of the stored tables, so fewer, larger batches cost less; the
     * documents are held without their tokens, some kilobytes each.
     */
    private static final int BATCH = 2_000;
    private final EventStore store;
    private final StageTimes times;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-store");
        t.setDaemon(true);
        return t;
    });
    private List<CodedDocument> pending = new ArrayList<>(BATCH);
    private Future<?> writing;
    private long writingDocuments;
    private long writingEvents;
    private long stored;
    private long events;

    StoreBatcher(EventStore store) {
        this(store, StageTimes.off());
    }

    /** A batcher that adds the writer thread's time to {@code times}. */
    StoreBatcher(EventStore store, StageTimes times) {
        this.store = store;
        this.times = times;
    }

    void accept(CodedDocument document) throws StoreException {
        pending.add(document.withoutTokens());
        if (pending.size() >= BATCH) {
            handOver();
        }
    }

    /** Writes what is pending and waits until everything accepted so far is stored. */
    void flush() throws StoreException {
        if (!pending.isEmpty()) {
            handOver();
        }
        awaitWriting();
    }

    private void handOver() throws StoreException {
        awaitWriting();
        List<CodedDocument> batch = pending;
        pending = new ArrayList<>(BATCH);
        writingDocuments = batch.size();
        writingEvents = batch.stream().mapToLong(d -> d.events().size()).sum();
        writing = writer.submit(() -> {
            long start = times.now();
            store.replace(batch);
            times.since(StageTimes.Stage.STORE, start);
            return null;
        });
    }

    private void awaitWriting() throws StoreException {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while storing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException failure) {
                throw failure;
            }
            throw new IllegalStateException("storing failed", e.getCause());
        } finally {
            writing = null;
        }
        stored += writingDocuments;
        events += writingEvents;
    }

    long storedDocuments() {
        return stored;
    }

    long storedEvents() {
        return events;
    }

    /**
     * Waits for the batch being written, so that the store is not closed under it, and stops the writer thread.
     * Call {@link #flush} first to store what is pending; closing after a failure elsewhere stores nothing more.
     */
    @Override
    public void close() {
        try {
            awaitWriting();
        } catch (StoreException | RuntimeException e) {
            // Closing runs while another failure propagates; that one is reported, this one is logged.
            LOG.warn("storing the last batch failed: {}", e.getMessage());
        } finally {
            writer.shutdown();
        }
    }
}
