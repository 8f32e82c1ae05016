package org.parley.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.output.EventWriter;
import org.parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley code}: codes documents and writes their events, without storing them. */
@Command(name = "code", mixinStandardHelpOptions = true, description = "Code documents and print their events.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), csv or gdelt")
    EventWriter.Format format = EventWriter.Format.JSONL;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Parley parley = dictionaries.load(spec.commandLine().getErr());
        Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try (EventWriter writer = format.open(out)) {
            CodingRun.run(parley, input, writer::write, Progress.onTerminal(0), spec.commandLine().getErr());
        } finally {
            if (output != null) {
                out.close();
            }
        }
        return 0;
    }
}
