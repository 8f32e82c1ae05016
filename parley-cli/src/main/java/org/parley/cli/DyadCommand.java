package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.ActorSelection;
import org.parley.store.Dyad;
import org.parley.store.EventStore;
import org.parley.store.Period;
import org.parley.store.PeriodStats;
import org.parley.store.StoredActor;
import org.parley.trend.ActorResolver;
import org.parley.trend.DyadTrend;
import org.parley.trend.Sparkline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley dyad A B}: how relations between two actors went, period by period. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "Events between two actors per period, both directions: counts per quad class, Goldstein sum "
                + "and mean, cooperation share, and a sparkline.")
final class DyadCommand implements Callable<Integer> {
    enum Format { TABLE, JSON, CSV }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Mixin
    DyadArguments actors = new DyadArguments();

    @Option(names = "--by", paramLabel = "PERIOD", description = "week, month (default) or year")
    Period by = Period.MONTH;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv")
    Format format = Format.TABLE;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Usage.check(spec, from, to);
        ActorResolver resolver = Usage.orUsage(spec, ActorResolver::builtIn);
        DyadTrend trend;
        try (EventStore store = storeOptions.open()) {
            Dyad dyad = Usage.orUsage(spec, () -> resolver.dyad(store, actors.a, actors.b));
            trend = DyadTrend.of(store, dyad, by, from, to);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(trend)));
            case CSV -> csv(out, trend);
            default -> table(out, trend);
        }
        out.flush();
        return 0;
    }

    private static String label(LocalDate start, Period period) {
        return switch (period) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.toString().substring(0, 7);
            case WEEK -> start.toString();
        };
    }

    private static void table(PrintWriter out, DyadTrend t) {
        out.printf("%s  x  %s%nboth directions, by %s%n%n", t.dyad().a().describe(), t.dyad().b().describe(),
                t.period().name().toLowerCase(Locale.ROOT));
        if (t.periods().isEmpty()) {
            out.println("no events between them");
            return;
        }
        out.printf("%-10s %6s %6s %6s %6s %6s %9s %8s %6s%n", "period", "events", "vcoop", "mcoop", "vconf", "mconf",
                "gold.sum", "gold.avg", "coop%");
        for (PeriodStats p : t.periods()) {
            out.printf(Locale.ROOT, "%-10s %6d %6d %6d %6d %6d %9.1f %8.2f %5.0f%%%n", label(p.start(), t.period()),
                    p.events(), p.verbalCoop(), p.materialCoop(), p.verbalConflict(), p.materialConflict(),
                    p.goldsteinSum(), p.goldsteinMean(), 100 * p.cooperationShare());
        }
        out.printf("%n%-16s %s%n", "events", Sparkline.of(t.periods().stream().mapToDouble(PeriodStats::events).toArray()));
        out.printf("%-16s %s%n", "Goldstein mean", Sparkline.of(t.periods().stream()
                .mapToDouble(PeriodStats::goldsteinMean).toArray()));
        out.printf("%-16s %s%n", "cooperation", Sparkline.of(t.periods().stream()
                .mapToDouble(PeriodStats::cooperationShare).toArray()));
        out.printf("%d event(s) in %d %s(s)%n", t.events(), t.periods().size(), t.period().name().toLowerCase(Locale.ROOT));
    }

    private static void csv(PrintWriter out, DyadTrend t) {
        out.println("period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,"
                + "goldstein_mean,cooperation_share,mentions");
        for (PeriodStats p : t.periods()) {
            out.printf(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%.2f,%.4f,%.4f,%d%n", label(p.start(), t.period()), p.events(),
                    p.verbalCoop(), p.materialCoop(), p.verbalConflict(), p.materialConflict(), p.goldsteinSum(),
                    p.goldsteinMean(), p.cooperationShare(), p.mentions());
        }
    }

    static ObjectNode side(ObjectMapper json, ActorSelection s) {
        ObjectNode node = json.createObjectNode().put("query", s.query()).put("match", s.rule());
        ArrayNode codes = node.putArray("codes");
        s.actors().stream().map(StoredActor::code).forEach(codes::add);
        return node;
    }

    private static ObjectNode json(DyadTrend t) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.set("a", side(json, t.dyad().a()));
        root.set("b", side(json, t.dyad().b()));
        root.put("directions", "both").put("period", t.period().name().toLowerCase(Locale.ROOT));
        ArrayNode series = root.putArray("series");
        for (PeriodStats p : t.periods()) {
            series.addObject().put("period", label(p.start(), t.period())).put("start", p.start().toString())
                    .put("events", p.events()).put("verbal_coop", p.verbalCoop()).put("material_coop", p.materialCoop())
                    .put("verbal_conflict", p.verbalConflict()).put("material_conflict", p.materialConflict())
                    .put("goldstein_sum", p.goldsteinSum()).put("goldstein_mean", p.goldsteinMean())
                    .put("cooperation_share", p.cooperationShare()).put("mentions", p.mentions());
        }
        return root;
    }
}
