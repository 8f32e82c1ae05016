package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.io.ReadReport;
import org.parley.pipeline.Parley;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code parley ingest}: codes documents and stores them; re-ingesting a document replaces its events. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Code documents and store them.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Parley parley = dictionaries.load(spec.commandLine().getErr());
        try (EventStore store = storeOptions.open(); StoreBatcher batcher = new StoreBatcher(store)) {
            ReadReport report = CodingRun.run(parley, input, batcher::accept, Progress.onTerminal(0),
                    spec.commandLine().getErr());
            batcher.flush();
            spec.commandLine().getOut().printf("stored %d documents, %d events in %s%s%n", batcher.storedDocuments(),
                    batcher.storedEvents(), storeOptions.describe(),
                    report.skipped() > 0 ? " (" + report.skipped() + " bad records skipped)" : "");
        }
        return 0;
    }
}
