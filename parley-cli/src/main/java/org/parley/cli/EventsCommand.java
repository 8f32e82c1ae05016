package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.api.CodedEvent;
import org.parley.output.EventJson;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley events}: queries the store. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Query stored events.")
final class EventsCommand implements Callable<Integer> {
    enum Format { TABLE, JSONL }

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--actor", paramLabel = "CODE", description = "source or target code starts with CODE (e.g. RUS)")
    String actor;

    @Option(names = "--dyad", arity = "2", paramLabel = "CODE", description = "events between two actors, either way")
    List<String> dyad;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, e.g. 04")
    String root;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event date")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event date")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: ${DEFAULT-VALUE})")
    int limit = 100;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or jsonl")
    Format format = Format.TABLE;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventQuery query;
        try {
            query = new EventQuery(actor, dyad == null ? null : dyad.get(0), dyad == null ? null : dyad.get(1),
                    root, from, to, limit);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<CodedEvent> events;
        try (EventStore store = storeOptions.open()) {
            events = store.events(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSONL) {
            ObjectMapper json = new ObjectMapper();
            for (CodedEvent event : events) {
                out.println(json.writeValueAsString(EventJson.of(event)));
            }
        } else {
            EventTable.print(out, events);
        }
        out.flush();
        return 0;
    }
}
