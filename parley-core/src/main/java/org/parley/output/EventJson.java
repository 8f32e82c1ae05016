package org.parley.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.api.ActorMention;
import org.parley.api.CodedEvent;
import org.parley.api.Location;

/** The JSON form of a coded event: Parley's output contract, read by other tools and by our evaluations. */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** The event as a JSON object with the contract's field names. */
    public static ObjectNode of(CodedEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("doc_id", event.docId());
        node.put("sentence", event.sentence());
        node.put("date", event.date().date().toString());
        node.put("date_precision", event.date().precision().name().toLowerCase());
        node.put("historical", event.date().historical());
        node.put("date_text", event.date().expression());
        node.set("source", actor(event.source()));
        node.set("target", actor(event.target()));
        node.put("cameo", event.type().cameo());
        node.put("cameo_name", event.type().name());
        ObjectNode plover = node.putObject("plover");
        plover.put("event", event.type().plover().event());
        plover.put("mode", event.type().plover().mode());
        plover.put("context", event.type().plover().context());
        node.put("goldstein", event.type().goldstein());
        node.put("quad_class", event.type().quadClass());
        node.set("location", location(event.location()));
        ObjectNode verb = node.putObject("verb");
        verb.put("text", event.verbText());
        verb.put("start", event.verbStart());
        verb.put("end", event.verbEnd());
        node.put("pattern", event.pattern());
        node.put("text", event.text());
        return node;
    }

    private static ObjectNode actor(ActorMention actor) {
        if (actor == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("code", actor.code());
        node.put("name", actor.name());
        node.put("text", actor.text());
        node.put("start", actor.start());
        node.put("end", actor.end());
        return node;
    }

    private static ObjectNode location(Location location) {
        if (location == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("name", location.name());
        node.put("country", location.country());
        node.put("admin1", location.admin1());
        node.put("lat", location.lat());
        node.put("lon", location.lon());
        node.put("precision", location.precision().name().toLowerCase());
        return node;
    }
}
