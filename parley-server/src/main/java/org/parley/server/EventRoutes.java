package org.parley.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.parley.store.EventSearch;
import org.parley.store.StoredMention;

/**
 * {@code GET /api/events}: stored reports filtered by actor, dyad, CAMEO root, PLOVER type, dates and evidence
 * words, a page at a time. Each page carries the opaque cursor of the next.
 */
final class EventRoutes {
    private final Backend backend;

    EventRoutes(Backend backend) {
        this.backend = backend;
    }

    void register(RouteTable app) {
        app.get("/api/events", this::events);
    }

    private void events(Context ctx) throws Exception {
        String actor = Params.text(ctx, "actor");
        String dyad = Params.text(ctx, "dyad");
        String[] sides = null;
        if (dyad != null) {
            sides = dyad.split(",", -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new BadRequestResponse("dyad must be two actors separated by a comma, e.g. RUS,PSE");
            }
        }
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        Params.range(from, to);
        EventSearch search = new EventSearch(actor == null ? null : code(actor),
                sides == null ? null : code(sides[0]), sides == null ? null : code(sides[1]),
                Params.text(ctx, "root"), Params.text(ctx, "plover"), Params.text(ctx, "q"), from, to,
                cursor(Params.text(ctx, "cursor")), Params.integer(ctx, "limit", 50, 1, 1000));
        EventSearch.Page page = backend.stores().read(store -> store.search(search));
        ObjectNode out = ApiJson.MAPPER.createObjectNode();
        ArrayNode events = out.putArray("events");
        for (StoredMention m : page.mentions()) {
            events.add(ApiJson.mention(m));
        }
        out.put("next", page.next() == null ? null : cursor(page.next()));
        ctx.json(out);
    }

    /** An actor as typed: a code or a dictionary name; unknown is the caller's mistake. */
    private String code(String typed) {
        try {
            return backend.resolver().code(typed);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    static String cursor(EventSearch.Cursor c) {
        String raw = c.date() + "|" + c.sentence() + "|" + c.ordinal() + "|" + c.docId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static EventSearch.Cursor cursor(String token) {
        if (token == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 4);
            return new EventSearch.Cursor(LocalDate.parse(parts[0]), parts[3], Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            throw new BadRequestResponse("cursor is not one this API gave out: pass the 'next' of the previous page");
        }
    }
}
