package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import org.parley.api.CodedDocument;
import org.parley.api.CodedEvent;

/**
 * Where coded documents and their events are kept. The same event reported by several documents (same source
 * code, target code, CAMEO code and date) is stored once with its counts of mentions, documents and sources, and
 * every report is kept as a mention with its evidence sentence. Re-storing a document replaces its sentences and
 * mentions, so a document is never counted twice. Implementations are not thread-safe; use one per thread.
 */
public interface EventStore extends AutoCloseable {
    /**
     * Stores documents with their sentences, actor mentions and events in one transaction, replacing what was
     * stored for the same document ids. On failure nothing of the batch is stored and everything stored before stays.
     */
    void replace(List<CodedDocument> documents) throws StoreException;

    /** The event reports matching a query, ordered by date, document and position. */
    List<CodedEvent> events(EventQuery query) throws StoreException;

    /** The same reports with their merged events' ids and counts and their documents' dates and addresses. */
    List<StoredMention> mentions(EventQuery query) throws StoreException;

    /** Totals and the most active dyads. */
    StoreSummary summary(int topDyads) throws StoreException;

    /** Every stored actor code. */
    List<StoredActor> actors() throws StoreException;

    /** A dyad's events per period, both directions, within optional bounds; periods without events are absent. */
    List<PeriodStats> dyadSeries(Dyad dyad, Period period, LocalDate from, LocalDate to) throws StoreException;

    /**
     * Goldstein histograms of every dyad in two adjacent windows, {@code [from, split)} and {@code [split, to]}.
     */
    List<GoldsteinCount> goldsteinCounts(LocalDate from, LocalDate split, LocalDate to) throws StoreException;

    /**
     * Reports of the {@code limit} first events of a dyad in the given order; with {@code coMentioned} also the
     * events of either side without a coded target whose evidence sentence names the other ("they met again in
     * Doha" with "the Russian envoy" in it).
     */
    List<StoredMention> dyadMentions(Dyad dyad, LocalDate from, LocalDate to, boolean coMentioned, EventOrder order,
                                     int limit) throws StoreException;

    /** Activity per dyad (by dyad key) between two optional dates, most active first. */
    List<StoreSummary.DyadCount> dyads(LocalDate from, LocalDate to, int limit) throws StoreException;

    /** The sentences of the most recent documents that name both sides, with their actors, in document order. */
    List<StoredSentence> sharedSentences(Dyad dyad, int maxDocuments) throws StoreException;

    /** The first and last event dates, or {@code null} when the store holds no event. */
    LocalDate[] dateRange() throws StoreException;

    @Override
    void close() throws StoreException;
}
