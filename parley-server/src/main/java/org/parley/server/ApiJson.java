package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.Locale;
import org.parley.api.CodedEvent;
import org.parley.output.EventJson;
import org.parley.store.ActorSelection;
import org.parley.store.PeriodStats;
import org.parley.store.StoredActor;
import org.parley.store.StoredMention;
import org.parley.trend.DyadTrend;

/**
 * The API's JSON: events in Parley's output contract ({@link EventJson}) with their store counts, analysis records
 * as they are with snake_case names, dates as ISO strings.
 */
final class ApiJson {
    /** The mapper for records; thread-safe once configured. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    private ApiJson() {
    }

    /** A stored report: the event as coded, the merged event's id and counts, and where the report came from. */
    static ObjectNode mention(StoredMention m) {
        ObjectNode node = EventJson.of(m.event());
        node.put("event_id", m.eventId()).put("mentions", m.mentions()).put("documents", m.documents())
                .put("sources", m.sources()).put("published", m.published().toString()).put("url", m.url());
        return node;
    }

    /** A freshly coded event, not yet merged with others. */
    static ObjectNode event(CodedEvent e) {
        return EventJson.of(e);
    }

    /** One side of a dyad: what was asked and the stored codes it matched. */
    static ObjectNode side(ActorSelection s) {
        ObjectNode node = MAPPER.createObjectNode().put("query", s.query()).put("match", s.rule());
        ArrayNode codes = node.putArray("codes");
        s.actors().stream().map(StoredActor::code).forEach(codes::add);
        return node;
    }

    /** A dyad's series, period by period, with the same figures as {@code parley dyad --format json}. */
    static ObjectNode trend(DyadTrend t) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("a", side(t.dyad().a()));
        root.set("b", side(t.dyad().b()));
        root.put("directions", "both").put("period", t.period().name().toLowerCase(Locale.ROOT));
        root.put("events", t.events());
        ArrayNode series = root.putArray("series");
        for (PeriodStats p : t.periods()) {
            series.addObject().put("start", p.start().toString()).put("events", p.events())
                    .put("verbal_coop", p.verbalCoop()).put("material_coop", p.materialCoop())
                    .put("verbal_conflict", p.verbalConflict()).put("material_conflict", p.materialConflict())
                    .put("goldstein_sum", p.goldsteinSum()).put("goldstein_mean", p.goldsteinMean())
                    .put("cooperation_share", p.cooperationShare()).put("mentions", p.mentions());
        }
        return root;
    }
}
