package org.parley.store;

import java.util.List;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;

/**
 * Where coded documents and their events are kept. Re-storing a document replaces its sentences and events, so a
 * document is never counted twice. Implementations are not thread-safe; use one per thread.
 */
public interface EventStore extends AutoCloseable {
    /**
     * Stores documents with their sentences and events in one transaction, replacing what was stored for the same
     * document ids. On failure nothing of the batch is stored and everything stored before stays.
     */
    void replace(List<CodedDocument> documents) throws StoreException;

    /** The events matching a query, ordered by date, document and position. */
    List<CodedEvent> events(EventQuery query) throws StoreException;

    /** Totals and the most active dyads. */
    StoreSummary summary(int topDyads) throws StoreException;

    @Override
    void close() throws StoreException;
}
