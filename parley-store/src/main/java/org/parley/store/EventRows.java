package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.EventDate;
import org.parley.api.EventType;
import org.parley.api.Location;

/** Turns coded events into rows of the staging table and reads stored mentions back as coded events, in one column order. */
final class EventRows {
    static final String STAGED_DDL = "doc_id VARCHAR, sentence INTEGER, ordinal INTEGER, event_date DATE, "
            + "date_precision VARCHAR, historical BOOLEAN, date_text VARCHAR, source_code VARCHAR, source_name VARCHAR, "
            + "source_text VARCHAR, source_first INTEGER, source_last INTEGER, source_start INTEGER, source_end INTEGER, "
            + "target_code VARCHAR, target_name VARCHAR, target_text VARCHAR, target_first INTEGER, target_last INTEGER, "
            + "target_start INTEGER, target_end INTEGER, cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, "
            + "plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR, goldstein DOUBLE PRECISION, "
            + "quad_class INTEGER, location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR, "
            + "lat DOUBLE PRECISION, lon DOUBLE PRECISION, location_precision VARCHAR, verb_text VARCHAR, "
            + "verb_start INTEGER, verb_end INTEGER, pattern VARCHAR";

    /** The staged columns of a mention, in the mentions table's order after {@code event_id}. */
    static final String STAGED_MENTION_COLUMNS = "s.doc_id, s.sentence, s.ordinal, s.date_precision, s.historical, "
            + "s.date_text, s.source_name, s.source_text, s.source_first, s.source_last, s.source_start, s.source_end, "
            + "s.target_name, s.target_text, s.target_first, s.target_last, s.target_start, s.target_end, "
            + "s.location_name, s.location_country, s.location_admin1, s.lat, s.lon, s.location_precision, "
            + "s.verb_text, s.verb_start, s.verb_end, s.pattern";

    /** A mention with its event and actors, without its sentence and document. */
    static final String MENTION_COLUMNS = "m.doc_id, m.sentence, m.ordinal, e.event_date, m.date_precision, "
            + "m.historical, m.date_text, sa.code AS source_code, m.source_name, m.source_text, m.source_first, "
            + "m.source_last, m.source_start, m.source_end, ta.code AS target_code, m.target_name, m.target_text, "
            + "m.target_first, m.target_last, m.target_start, m.target_end, e.cameo, e.cameo_name, e.plover_event, "
            + "e.plover_mode, e.plover_context, e.goldstein, e.quad_class, m.location_name, m.location_country, "
            + "m.location_admin1, m.lat, m.lon, m.location_precision, m.verb_text, m.verb_start, m.verb_end, "
            + "m.pattern, e.id AS event_id, e.num_mentions, e.num_documents, e.num_sources";

    /** Joins a mention (alias {@code m}) of an event (alias {@code e}) to its actors. */
    static final String ACTOR_JOINS = " JOIN actors sa ON sa.id = e.source_actor "
            + "LEFT JOIN actors ta ON ta.id = e.target_actor";

    /** A mention with its event, actors, evidence sentence and document, as {@link #read(ResultSet)} expects. */
    static final String SELECT_MENTIONS = "SELECT " + MENTION_COLUMNS + ", st.text, d.date AS published, d.url AS url "
            + "FROM mentions m JOIN events e ON e.id = m.event_id" + ACTOR_JOINS
            + " JOIN sentences st ON st.doc_id = m.doc_id AND st.idx = m.sentence "
            + "JOIN documents d ON d.id = m.doc_id";

    private EventRows() {
    }

    /** A coded event as a row of the staging table, in {@link #STAGED_DDL}'s column order. */
    static Object[] staged(CodedEvent e, int ordinal) {
        EventType t = e.type();
        Location l = e.location();
        ActorMention s = e.source();
        ActorMention g = e.target();
        return new Object[] {e.docId(), e.sentence(), ordinal, e.date().date(), e.date().precision().name(),
            e.date().historical(), e.date().expression(),
            s.code(), s.name(), s.text(), s.firstToken(), s.endToken(), s.start(), s.end(),
            g == null ? null : g.code(), g == null ? null : g.name(), g == null ? null : g.text(),
            g == null ? null : g.firstToken(), g == null ? null : g.endToken(), g == null ? null : g.start(),
            g == null ? null : g.end(),
            t.cameo(), t.root(), t.name(), t.plover().event(), t.plover().mode(), t.plover().context(),
            t.goldstein(), t.quadClass(),
            l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.admin1(),
            l == null ? null : l.lat(), l == null ? null : l.lon(), l == null ? null : l.precision().name(),
            e.verbText(), e.verbStart(), e.verbEnd(), e.pattern()};
    }

    /** A row of {@link #SELECT_MENTIONS}. */
    static StoredMention read(ResultSet rs) throws SQLException {
        return read(rs, rs.getString("text"), rs.getDate("published").toLocalDate(), rs.getString("url"));
    }

    /** A row of {@link #MENTION_COLUMNS} with its sentence and document looked up apart. */
    static StoredMention read(ResultSet rs, String text, LocalDate published, String url) throws SQLException {
        EventDate date = new EventDate(rs.getDate("event_date").toLocalDate(),
                EventDate.Precision.valueOf(rs.getString("date_precision")), rs.getBoolean("historical"),
                rs.getString("date_text"));
        EventType type = new EventType(rs.getString("cameo"), rs.getString("cameo_name"), rs.getDouble("goldstein"),
                rs.getInt("quad_class"), new EventType.Plover(rs.getString("plover_event"),
                rs.getString("plover_mode"), rs.getString("plover_context")));
        Location location = null;
        if (rs.getString("location_name") != null) {
            location = new Location(rs.getString("location_name"), rs.getString("location_country"),
                    rs.getString("location_admin1"), rs.getDouble("lat"), rs.getDouble("lon"),
                    Location.Precision.valueOf(rs.getString("location_precision")));
        }
        CodedEvent event = new CodedEvent(rs.getString("doc_id"), rs.getInt("sentence"), actor(rs, "source"),
                actor(rs, "target"), type, date, location, rs.getString("verb_text"), rs.getInt("verb_start"),
                rs.getInt("verb_end"), rs.getString("pattern"), text);
        return new StoredMention(rs.getLong("event_id"), event, rs.getInt("num_mentions"),
                rs.getInt("num_documents"), rs.getInt("num_sources"), published, url);
    }

    private static ActorMention actor(ResultSet rs, String role) throws SQLException {
        String code = rs.getString(role + "_code");
        if (code == null) {
            return null;
        }
        return new ActorMention(code, rs.getString(role + "_name"), rs.getString(role + "_text"),
                rs.getInt(role + "_first"), rs.getInt(role + "_last"), rs.getInt(role + "_start"),
                rs.getInt(role + "_end"));
    }
}
