package org.parley.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.api.CodedDocument;
import org.parley.api.Document;
import org.parley.output.EventWriter;
import org.parley.output.GdeltEventWriter;
import org.parley.store.DuckDbEventStore;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import org.parley.store.StoredMention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley export}: the stored events a query selects, as GDELT rows (one per merged event, with its counts),
 * CSV or JSONL (one per report, with its evidence), or Parquet (one per report, through DuckDB's COPY).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the stored events a query selects: gdelt (one row per event with mention, source and "
                + "article counts), csv or jsonl (one row per report with its evidence), parquet (DuckDB COPY).")
final class ExportCommand implements Callable<Integer> {
    enum Format { GDELT, CSV, JSONL, PARQUET }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "gdelt, csv, jsonl (default) or parquet")
    Format format = Format.JSONL;

    @Mixin
    QueryOptions filters = new QueryOptions();

    @Option(names = "--limit", paramLabel = "N", description = "at most N reports (default: ${DEFAULT-VALUE})")
    int limit = Integer.MAX_VALUE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (needed for parquet)")
    Path output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventQuery query = Usage.orUsage(spec, () -> filters.query(limit));
        if (format == Format.PARQUET && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs -o FILE");
        }
        try (EventStore store = storeOptions.open()) {
            if (format == Format.PARQUET) {
                if (!(store instanceof DuckDbEventStore duck)) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--format parquet needs a DuckDB store (it uses DuckDB's COPY)");
                }
                long rows = duck.exportParquet(query, output);
                spec.commandLine().getOut().printf("wrote %d report(s) to %s%n", rows, output);
                spec.commandLine().getOut().flush();
                return 0;
            }
            List<StoredMention> mentions = store.mentions(query);
            Writer out = output == null ? spec.commandLine().getOut()
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            try {
                if (format == Format.GDELT) {
                    gdelt(out, mentions);
                } else {
                    try (EventWriter writer = EventWriter.Format.valueOf(format.name()).open(out)) {
                        for (StoredMention m : mentions) {
                            writer.write(single(m));
                        }
                    }
                }
            } finally {
                out.flush();
                if (output != null) {
                    out.close();
                }
            }
        }
        return 0;
    }

    /** One row per merged event: its first report stands for it, with the event's counts. */
    private static void gdelt(Writer out, List<StoredMention> mentions) throws java.io.IOException {
        Map<Long, StoredMention> first = new LinkedHashMap<>();
        mentions.forEach(m -> first.putIfAbsent(m.eventId(), m));
        for (StoredMention m : first.values()) {
            Document doc = new Document(m.event().docId(), m.published(), m.event().text(), null, m.url(), null);
            out.write(String.join("\t", GdeltEventWriter.row(doc, m.event(), m.eventId(), m.mentions(), m.sources(),
                    m.documents())));
            out.write('\n');
        }
    }

    /** A report as the coded document the output writers take. */
    private static CodedDocument single(StoredMention m) {
        Document doc = new Document(m.event().docId(), m.published(), m.event().text(), null, m.url(), null);
        return new CodedDocument(doc, List.of(), List.of(), List.of(m.event()), List.of());
    }
}
