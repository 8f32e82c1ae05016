package org.parley.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.parley.brief.BriefBuilder;
import org.parley.brief.HtmlBrief;
import org.parley.brief.JsonBrief;
import org.parley.brief.MarkdownBrief;
import org.parley.network.NetworkBuilder;
import org.parley.shift.Shift;
import org.parley.shift.ShiftDetector;
import org.parley.shift.Windows;
import org.parley.store.Dyad;
import org.parley.store.EventOrder;
import org.parley.store.EventStore;
import org.parley.store.Period;
import org.parley.store.StoredMention;
import org.parley.trend.DyadTrend;

/**
 * The relation views over the store, each the JSON of the command of the same name: a dyad's series and the events
 * of one of its periods, shifts between two windows (store-wide, or scanned along one dyad), the actor network and
 * a dyad's brief.
 */
final class RelationRoutes {
    private final Backend backend;

    RelationRoutes(Backend backend) {
        this.backend = backend;
    }

    void register(RouteTable app) {
        app.get("/api/dyads/{a}/{b}", this::dyad);
        app.get("/api/dyads/{a}/{b}/events", this::dyadEvents);
        app.get("/api/dyads/{a}/{b}/shifts", this::dyadShifts);
        app.get("/api/shifts", this::shifts);
        app.get("/api/network", this::network);
        app.get("/api/brief/{a}/{b}", this::brief);
    }

    /** The path's two actors against the store; an actor no dictionary or code names is not found. */
    private Dyad dyad(Context ctx, EventStore store) throws Exception {
        try {
            return backend.resolver().dyad(store, ctx.pathParam("a"), ctx.pathParam("b"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }

    private void dyad(Context ctx) throws Exception {
        Period by = Period.valueOf(Params.choice(ctx, "by", "month", "week", "month", "year").toUpperCase(Locale.ROOT));
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        Params.range(from, to);
        ctx.json(backend.stores().read(store -> ApiJson.trend(DyadTrend.of(store, dyad(ctx, store), by, from, to))));
    }

    /** The dyad's reports between two dates, most reported first: what a click on a chart's period lists. */
    private void dyadEvents(Context ctx) throws Exception {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        Params.range(from, to);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        List<StoredMention> mentions = backend.stores().read(store ->
                store.dyadMentions(dyad(ctx, store), from, to, false, EventOrder.MOST_REPORTED, limit));
        ObjectNode out = ApiJson.MAPPER.createObjectNode();
        ArrayNode events = out.putArray("events");
        mentions.forEach(m -> events.add(ApiJson.mention(m)));
        ctx.json(out);
    }

    private static ShiftDetector detector(Context ctx, int minEvents, int top) {
        return new ShiftDetector(new ShiftDetector.Settings(Params.integer(ctx, "min_events", minEvents, 2, 1_000_000),
                Params.decimal(ctx, "alpha", 0.05), Params.integer(ctx, "top", top, 1, 1000),
                Params.integer(ctx, "drivers", 3, 0, 50)));
    }

    private static Windows windows(Context ctx, String fallback) {
        String text = Params.text(ctx, "window");
        try {
            return Windows.parse(text == null ? fallback : text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage().replace("--window", "window"));
        }
    }

    /** As {@code parley shifts}: the later window ends at {@code to} (default: the last event). */
    private void shifts(Context ctx) throws Exception {
        ShiftDetector detector = detector(ctx, 10, 10);
        Windows windows = windows(ctx, "6m");
        LocalDate to = Params.date(ctx, "to");
        ctx.json(backend.stores().read(store -> {
            LocalDate end = to;
            if (end == null) {
                LocalDate[] range = store.dateRange();
                if (range == null) {
                    return ApiJson.MAPPER.createObjectNode().put("dyads_tested", 0).set("shifts",
                            ApiJson.MAPPER.createArrayNode());
                }
                end = range[1];
            }
            LocalDate split = windows.back(end).plusDays(1);
            LocalDate start = windows.back(split.minusDays(1)).plusDays(1);
            ShiftDetector.Result result = detector.detect(store, start, split, end);
            ObjectNode out = ApiJson.MAPPER.createObjectNode().put("before_from", start.toString())
                    .put("after_from", split.toString()).put("after_to", end.toString())
                    .put("dyads_tested", result.tested());
            ArrayNode shifts = out.putArray("shifts");
            result.shifts().forEach(s -> shifts.add(shift(s, split)));
            return out;
        }));
    }

    /**
     * Shifts of one dyad: the store-wide test run with the split at the start of every month of the dyad's series,
     * keeping the splits where this dyad turned. What the dyad chart marks.
     */
    private void dyadShifts(Context ctx) throws Exception {
        ShiftDetector detector = detector(ctx, 3, 1000);
        Windows windows = windows(ctx, "3m");
        ctx.json(backend.stores().read(store -> {
            Dyad dyad = dyad(ctx, store);
            ObjectNode out = ApiJson.MAPPER.createObjectNode();
            ArrayNode shifts = out.putArray("shifts");
            for (var month : DyadTrend.of(store, dyad, Period.MONTH, null, null).periods()) {
                LocalDate split = month.start();
                for (Shift s : detector.detect(store, windows.back(split), split,
                        split.plus(windows.length()).minusDays(1)).shifts()) {
                    if (covers(dyad, s)) {
                        shifts.add(shift(s, split));
                    }
                }
            }
            return out;
        }));
    }

    /** True when a shift's pair (dyad keys) is this dyad's, in either order. */
    private static boolean covers(Dyad dyad, Shift s) {
        return sideHas(dyad.a(), s.a()) && sideHas(dyad.b(), s.b()) || sideHas(dyad.a(), s.b()) && sideHas(dyad.b(), s.a());
    }

    private static boolean sideHas(org.parley.store.ActorSelection side, String key) {
        return side.actors().stream().anyMatch(a -> a.code().startsWith(key));
    }

    private static ObjectNode shift(Shift s, LocalDate split) {
        ObjectNode node = ApiJson.MAPPER.createObjectNode().put("a", s.a()).put("b", s.b()).put("split", split.toString())
                .put("direction", s.direction()).put("effect_rank_biserial", s.effect()).put("u", s.u())
                .put("z", s.z()).put("p", s.p()).put("q", s.q());
        node.set("before", ApiJson.MAPPER.valueToTree(s.before()));
        node.set("after", ApiJson.MAPPER.valueToTree(s.after()));
        ArrayNode drivers = node.putArray("drivers");
        s.drivers().forEach(m -> drivers.add(ApiJson.mention(m)));
        return node;
    }

    private void network(Context ctx) throws Exception {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        Params.range(from, to);
        NetworkBuilder builder = new NetworkBuilder(Params.integer(ctx, "min_events", 2, 1, 1_000_000));
        ctx.json(ApiJson.MAPPER.valueToTree(backend.stores().read(store -> builder.build(store, from, to))));
    }

    /** The brief as JSON (default), Markdown or a standalone HTML page. */
    private void brief(Context ctx) throws Exception {
        String format = Params.choice(ctx, "format", "json", "json", "md", "html");
        BriefBuilder builder = new BriefBuilder(Params.integer(ctx, "documents", 200, 1, 10_000),
                Params.integer(ctx, "events", 200, 1, 10_000));
        var brief = backend.stores().read(store -> builder.build(store, dyad(ctx, store)));
        switch (format) {
            case "md" -> ctx.contentType("text/markdown; charset=utf-8").result(MarkdownBrief.render(brief));
            case "html" -> ctx.html(HtmlBrief.render(brief));
            default -> ctx.contentType("application/json").result(JsonBrief.render(brief));
        }
    }
}
