package org.parley.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds routes to the app and remembers them, so that a test can hold the OpenAPI description to every route. Read
 * routes answer through the {@link ReadCache}.
 */
final class RouteTable {
    private final Javalin app;
    private final ReadCache cache;
    private final List<String> routes = new ArrayList<>();

    RouteTable(Javalin app, ReadCache cache) {
        this.app = app;
        this.cache = cache;
    }

    /** A read route; its answers are cached until the next write. */
    void get(String path, Handler handler) {
        app.get(path, cache.wrap(handler));
        routes.add("GET " + path);
    }

    void post(String path, Handler handler) {
        app.post(path, handler);
        routes.add("POST " + path);
    }

    /** Every route as "METHOD /path", in the order added. */
    List<String> routes() {
        return List.copyOf(routes);
    }
}
