package org.parley.server;

import io.javalin.http.Context;
import java.util.Map;
import org.parley.store.StoreSummary;

/** {@code GET /api/actors?q=} completes actor names; {@code GET /api/status} says what the store holds. */
final class ActorRoutes {
    private final Backend backend;
    private final ServerConfig config;

    ActorRoutes(Backend backend, ServerConfig config) {
        this.backend = backend;
        this.config = config;
    }

    void register(RouteTable app) {
        app.get("/api/actors", this::actors);
        app.get("/api/status", this::status);
    }

    private void actors(Context ctx) throws Exception {
        String q = Params.text(ctx, "q");
        int limit = Params.integer(ctx, "limit", 10, 1, 100);
        var stored = backend.stores().read(store -> store.actors());
        ctx.json(Map.of("actors", q == null ? java.util.List.of() : backend.catalog().complete(q, stored, limit)));
    }

    private void status(Context ctx) throws Exception {
        var out = ApiJson.MAPPER.createObjectNode();
        backend.stores().read(store -> {
            StoreSummary s = store.summary(10);
            out.put("documents", s.documents()).put("events", s.events()).put("mentions", s.mentions());
            var range = store.dateRange();
            out.put("first", range == null ? null : range[0].toString())
                    .put("last", range == null ? null : range[1].toString());
            out.set("top_dyads", ApiJson.MAPPER.valueToTree(s.topDyads()));
            return null;
        });
        out.put("writes", config.writes()).put("max_body_bytes", config.maxBodyBytes());
        ctx.json(out);
    }
}
