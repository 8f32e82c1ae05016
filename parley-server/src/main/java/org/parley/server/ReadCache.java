package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the answers to read requests until the next write. The store only changes through this server (DuckDB
 * locks its file to one process; a shared database server is written through here too), so an answer stays true
 * until {@link StorePool#generation()} moves on: a dashboard's repeated chart requests then cost a map lookup
 * instead of a query. Bounded: when full it starts over, which is cheap and keeps no stale entry alive.
 */
final class ReadCache {
    private static final int MAX_ENTRIES = 2_000;
    private static final int MAX_BYTES = 512 * 1024;

    private record Answer(long generation, String contentType, byte[] body) {
    }

    private final StorePool stores;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    ReadCache(StorePool stores) {
        this.stores = stores;
    }

    /** The handler answering from the cache when it can, and filling it otherwise. */
    Handler wrap(Handler handler) {
        return ctx -> {
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            // Read before the work: if a write lands meanwhile, the answer is filed under the older generation.
            long generation = stores.generation();
            Answer cached = answers.get(key);
            if (cached != null && cached.generation == generation) {
                ctx.contentType(cached.contentType).result(cached.body);
                return;
            }
            handler.handle(ctx);
            remember(ctx, key, generation);
        };
    }

    private void remember(Context ctx, String key, long generation) {
        if (ctx.status().getCode() != 200) {
            return;
        }
        String body = ctx.result();
        if (body == null || body.length() > MAX_BYTES) {
            return;
        }
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(key, new Answer(generation, ctx.res().getContentType(),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
