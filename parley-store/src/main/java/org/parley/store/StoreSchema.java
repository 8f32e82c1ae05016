package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, in SQL that DuckDB and PostgreSQL both read.
 *
 * <p>An event is what happened, once: one row per (source code, target code, CAMEO code, event date), however many
 * documents report it, with GDELT-style counts of its mentions, documents and sources. Each report is a row of
 * {@code mentions}, pointing at its evidence sentence. Actors are interned in {@code actors} so that events carry
 * integer keys, which keeps 10 million events small and makes dyad filters integer comparisons. Every actor a
 * sentence names is kept in {@code actor_mentions}, so sentences can be found by the actors they talk about.
 */
final class StoreSchema {
    /** How an actor is grouped in dyads: states by country, named groups and organisations by their full code. */
    static final String DYAD_KEY = "CASE WHEN length(%1$s) >= 9 OR substr(%1$s, 1, 3) IN ('IGO', 'NGO', 'IMG') "
            + "THEN %1$s ELSE substr(%1$s, 1, 3) END";

    private static final List<String> TABLES = List.of(
            "CREATE SEQUENCE IF NOT EXISTS actor_ids START 1",
            "CREATE SEQUENCE IF NOT EXISTS event_ids START 1",
            "CREATE TABLE IF NOT EXISTS documents (id VARCHAR NOT NULL, date DATE NOT NULL, title VARCHAR, "
                    + "url VARCHAR, source VARCHAR, text VARCHAR NOT NULL)",
            "CREATE TABLE IF NOT EXISTS sentences (doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, "
                    + "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL)",
            "CREATE TABLE IF NOT EXISTS actors (id BIGINT NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL, "
                    + "dyad_key VARCHAR NOT NULL)",
            "CREATE TABLE IF NOT EXISTS actor_mentions (doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, "
                    + "ordinal INTEGER NOT NULL, actor_id BIGINT NOT NULL, name VARCHAR NOT NULL, text VARCHAR NOT NULL, "
                    + "first_token INTEGER NOT NULL, end_token INTEGER NOT NULL, start_char INTEGER NOT NULL, "
                    + "end_char INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS events (id BIGINT NOT NULL, source_actor BIGINT NOT NULL, target_actor BIGINT, "
                    + "cameo VARCHAR NOT NULL, event_date DATE NOT NULL, cameo_root VARCHAR NOT NULL, "
                    + "cameo_name VARCHAR NOT NULL, plover_event VARCHAR NOT NULL, plover_mode VARCHAR, "
                    + "plover_context VARCHAR, goldstein DOUBLE PRECISION NOT NULL, quad_class INTEGER NOT NULL, "
                    + "num_mentions INTEGER NOT NULL, num_documents INTEGER NOT NULL, num_sources INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS mentions (event_id BIGINT NOT NULL, doc_id VARCHAR NOT NULL, "
                    + "sentence INTEGER NOT NULL, ordinal INTEGER NOT NULL, date_precision VARCHAR NOT NULL, "
                    + "historical BOOLEAN NOT NULL, date_text VARCHAR, source_name VARCHAR NOT NULL, "
                    + "source_text VARCHAR NOT NULL, source_first INTEGER NOT NULL, source_last INTEGER NOT NULL, "
                    + "source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, target_name VARCHAR, "
                    + "target_text VARCHAR, target_first INTEGER, target_last INTEGER, target_start INTEGER, "
                    + "target_end INTEGER, location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR, "
                    + "lat DOUBLE PRECISION, lon DOUBLE PRECISION, location_precision VARCHAR, "
                    + "verb_text VARCHAR NOT NULL, verb_start INTEGER NOT NULL, verb_end INTEGER NOT NULL, "
                    + "pattern VARCHAR NOT NULL, event_date DATE, source VARCHAR)");

    /**
     * Columns added since the first stores, with how to fill them in a store made before: a mention carries its
     * event's date and its document's source (the publisher, or the document itself when none is given), so that a
     * write recounts an event's reports from the mentions of the batch's dates alone.
     */
    private static final List<String> MIGRATIONS = List.of(
            "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS event_date DATE",
            "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS source VARCHAR",
            "UPDATE mentions SET event_date = e.event_date, source = coalesce(d.source, d.id) FROM events e, documents d "
                    + "WHERE mentions.event_date IS NULL AND e.id = mentions.event_id AND d.id = mentions.doc_id");

    /** Actors are few (thousands, however large the store) and looked up by code on every write. */
    private static final String ACTORS_INDEX = "CREATE UNIQUE INDEX IF NOT EXISTS actors_code ON actors (code)";

    /**
     * Indexes that grow with the store: dyad and date filters go through the event key; evidence is found by event
     * and replaced by document. The merge key index doubles as the dyad index (source, target, then date).
     */
    private static final List<Index> GROWING_INDEXES = List.of(
            new Index("events_dyad", "events (source_actor, target_actor, event_date)"),
            new Index("events_target", "events (target_actor, source_actor, event_date)"),
            new Index("events_date", "events (event_date)"),
            new Index("events_id", "events (id)"),
            new Index("mentions_event", "mentions (event_id)"),
            new Index("mentions_doc", "mentions (doc_id)"),
            new Index("actor_mentions_doc", "actor_mentions (doc_id, sentence)"),
            new Index("actor_mentions_actor", "actor_mentions (actor_id)"),
            new Index("sentences_doc", "sentences (doc_id, idx)"),
            new Index("documents_id", "documents (id)"));

    /** An index's name and what it indexes: {@code table (columns)}. */
    private record Index(String name, String on) {
    }

    private StoreSchema() {
    }

    /**
     * Creates what is missing.
     *
     * @param growingIndexes whether to keep the indexes that grow with the store. A database whose indexes must stay
     *                       in memory (DuckDB's ART indexes cannot be evicted while they are written) leaves them out,
     *                       so that ingestion runs in constant memory, and drops them from stores made before; it
     *                       answers filters by scanning columns with their min-max zone maps instead
     */
    static void create(Connection connection, boolean growingIndexes) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : TABLES) {
                s.execute(sql);
            }
            for (String sql : MIGRATIONS) {
                s.execute(sql);
            }
            s.execute(ACTORS_INDEX);
            for (Index index : GROWING_INDEXES) {
                s.execute(growingIndexes ? "CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + index.on()
                        : "DROP INDEX IF EXISTS " + index.name());
            }
        }
    }
}
