package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.api.CodedEvent;
import org.parley.shift.Shift;
import org.parley.shift.ShiftDetector;
import org.parley.shift.WindowStats;
import org.parley.store.EventStore;
import org.parley.store.StoredMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley shifts}: the dyads whose relations turned most between two adjacent windows. */
@Command(name = "shifts", mixinStandardHelpOptions = true,
        description = "Dyads whose relations changed most between two adjacent windows (rapprochement or "
                + "deterioration): Mann-Whitney U test on Goldstein scores, Benjamini-Hochberg adjusted, ranked by "
                + "effect size, with the events that drove each shift.")
final class ShiftsCommand implements Callable<Integer> {
    enum Format { TABLE, JSON }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--window", paramLabel = "LENGTH", description = "window length: Nd, Nw, Nm or Ny (default: ${DEFAULT-VALUE})")
    String window = "6m";

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "end of the later window (default: last event)")
    LocalDate to;

    @Option(names = "--min-events", paramLabel = "N", description = "events a dyad needs in each window (default: ${DEFAULT-VALUE})")
    int minEvents = 10;

    @Option(names = "--alpha", paramLabel = "Q", description = "false discovery rate (default: ${DEFAULT-VALUE})")
    double alpha = 0.05;

    @Option(names = "--top", paramLabel = "N", description = "shifts listed (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--drivers", paramLabel = "N", description = "driving events per shift (default: ${DEFAULT-VALUE})")
    int drivers = 3;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json")
    Format format = Format.TABLE;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShiftDetector detector = Usage.orUsage(spec, () -> new ShiftDetector(
                new ShiftDetector.Settings(minEvents, alpha, top, drivers)));
        Windows windows = Usage.orUsage(spec, () -> Windows.parse(window));
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = storeOptions.open()) {
            LocalDate end = to;
            if (end == null) {
                LocalDate[] range = store.dateRange();
                if (range == null) {
                    out.println("no events stored");
                    out.flush();
                    return 0;
                }
                end = range[1];
            }
            LocalDate split = windows.back(end).plusDays(1);
            LocalDate start = windows.back(split.minusDays(1)).plusDays(1);
            ShiftDetector.Result result = detector.detect(store, start, split, end);
            if (format == Format.JSON) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(json(result, start, split, end)));
            } else {
                table(out, result, start, split, end);
            }
        }
        out.flush();
        return 0;
    }

    private void table(PrintWriter out, ShiftDetector.Result r, LocalDate start, LocalDate split, LocalDate end) {
        out.printf("Shifts from %s..%s to %s..%s: Mann-Whitney U on Goldstein scores, Benjamini-Hochberg q <= %s;%n"
                        + "%d dyad(s) tested (>= %d events in each window), %d significant shift(s) shown%n%n",
                start, split.minusDays(1), split, end, alpha, r.tested(), minEvents, r.shifts().size());
        if (r.shifts().isEmpty()) {
            return;
        }
        out.printf("%-4s %-24s %-14s %18s %18s %7s %9s %9s%n", "rank", "dyad", "direction", "before n/gold/coop",
                "after n/gold/coop", "effect", "p", "q");
        int rank = 1;
        for (Shift s : r.shifts()) {
            out.printf(Locale.ROOT, "%-4d %-24s %-14s %18s %18s %+7.2f %9.2g %9.2g%n", rank++, s.a() + " x " + s.b(),
                    s.direction(), window(s.before()), window(s.after()), s.effect(), s.p(), s.q());
            for (StoredMention m : s.drivers()) {
                CodedEvent e = m.event();
                out.printf(Locale.ROOT, "       %s %s -> %s %s %s (%+.1f, %d mention(s)) %s#%d: \"%s\"%n",
                        e.date().date(), e.source().code(), e.target() == null ? "-" : e.target().code(),
                        e.type().cameo(), e.type().name(), e.type().goldstein(), m.mentions(), e.docId(), e.sentence(),
                        EventTable.shorten(e.text(), 100));
            }
        }
    }

    private static String window(WindowStats w) {
        return String.format(Locale.ROOT, "%d/%+.2f/%.0f%%", w.events(), w.goldsteinMean(), 100 * w.cooperationShare());
    }

    private ObjectNode json(ShiftDetector.Result r, LocalDate start, LocalDate split, LocalDate end) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("before_from", start.toString()).put("before_to", split.minusDays(1).toString())
                .put("after_from", split.toString()).put("after_to", end.toString())
                .put("test", "Mann-Whitney U on Goldstein scores, tie-corrected normal approximation")
                .put("adjustment", "Benjamini-Hochberg").put("alpha", alpha).put("min_events", minEvents)
                .put("dyads_tested", r.tested());
        ArrayNode shifts = root.putArray("shifts");
        for (Shift s : r.shifts()) {
            ObjectNode node = shifts.addObject().put("a", s.a()).put("b", s.b()).put("direction", s.direction())
                    .put("effect_rank_biserial", s.effect()).put("u", s.u()).put("z", s.z()).put("p", s.p())
                    .put("q", s.q());
            node.putObject("before").put("events", s.before().events()).put("goldstein_mean", s.before().goldsteinMean())
                    .put("cooperation_share", s.before().cooperationShare());
            node.putObject("after").put("events", s.after().events()).put("goldstein_mean", s.after().goldsteinMean())
                    .put("cooperation_share", s.after().cooperationShare());
            ArrayNode drivers = node.putArray("drivers");
            for (StoredMention m : s.drivers()) {
                CodedEvent e = m.event();
                drivers.addObject().put("date", e.date().date().toString()).put("source", e.source().code())
                        .put("target", e.target() == null ? null : e.target().code()).put("cameo", e.type().cameo())
                        .put("goldstein", e.type().goldstein()).put("mentions", m.mentions()).put("doc_id", e.docId())
                        .put("sentence", e.sentence()).put("text", e.text());
            }
        }
        return root;
    }
}
