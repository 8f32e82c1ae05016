package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.api.CodedDocument;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/** Stores coded documents in batches, one transaction each, so that ingestion does not pay a commit per document. */
final class StoreBatcher {
    private static final int BATCH = 1_000;
    private final EventStore store;
    private final List<CodedDocument> pending = new ArrayList<>(BATCH);
    private long stored;
    private long events;

    StoreBatcher(EventStore store) {
        this.store = store;
    }

    void accept(CodedDocument document) throws StoreException {
        pending.add(document);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() throws StoreException {
        if (pending.isEmpty()) {
            return;
        }
        store.replace(pending);
        stored += pending.size();
        for (CodedDocument document : pending) {
            events += document.events().size();
        }
        pending.clear();
    }

    long storedDocuments() {
        return stored;
    }

    long storedEvents() {
        return events;
    }
}
