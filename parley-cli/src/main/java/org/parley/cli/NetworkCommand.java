package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.network.ActorNetwork;
import org.parley.network.GraphFormats;
import org.parley.network.NetworkBuilder;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley network}: the actor graph of a period, with blocs and centrality. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "Weighted actor graph (cooperation and conflict separately), blocs by label-propagation "
                + "community detection, PageRank and betweenness; GraphML, GEXF or JSON export.")
final class NetworkCommand implements Callable<Integer> {
    enum Format { TABLE, GRAPHML, GEXF, JSON }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date")
    LocalDate to;

    @Option(names = "--min-events", paramLabel = "N",
            description = "events a mostly cooperative pair needs to tie a bloc (default: ${DEFAULT-VALUE})")
    int minEvents = 2;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), graphml, gexf or json")
    Format format = Format.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of the terminal")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Usage.check(spec, from, to);
        NetworkBuilder builder = Usage.orUsage(spec, () -> new NetworkBuilder(minEvents));
        ActorNetwork network;
        try (EventStore store = storeOptions.open()) {
            network = builder.build(store, from, to);
        }
        String text = switch (format) {
            case GRAPHML -> GraphFormats.graphml(network);
            case GEXF -> GraphFormats.gexf(network);
            case JSON -> new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(network) + "\n";
            default -> table(network);
        };
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("wrote %d actors, %d pairs to %s%n", network.nodes().size(),
                    network.edges().size(), output);
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String table(ActorNetwork n) {
        java.io.StringWriter s = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.printf(Locale.ROOT, "%d actors, %d pairs; %d bloc(s), modularity %.3f%n%n", n.nodes().size(),
                n.edges().size(), n.blocs(), n.modularity());
        TreeMap<Integer, List<String>> blocs = new TreeMap<>();
        n.nodes().forEach(v -> blocs.computeIfAbsent(v.bloc(), k -> new ArrayList<>()).add(v.id()));
        blocs.entrySet().stream().filter(e -> e.getValue().size() > 1).forEach(e ->
                out.printf("bloc %d: %s%n", e.getKey(), String.join(", ", e.getValue())));
        out.printf("%n%-14s %-28s %4s %6s %6s %8s %11s%n", "actor", "name", "bloc", "coop", "confl", "pagerank",
                "betweenness");
        n.nodes().stream().limit(25).forEach(v -> out.printf(Locale.ROOT, "%-14s %-28s %4d %6d %6d %8.4f %11.1f%n",
                v.id(), EventTable.shorten(v.name(), 28), v.bloc(), v.cooperation(), v.conflict(), v.pageRank(),
                v.betweenness()));
        out.flush();
        return s.toString();
    }
}
