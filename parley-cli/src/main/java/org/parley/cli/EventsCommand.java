package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
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

    @Mixin
    QueryOptions filters = new QueryOptions();

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
            query = filters.query(limit);
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
