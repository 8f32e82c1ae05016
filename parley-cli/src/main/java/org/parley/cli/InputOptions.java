package org.parley.cli;

import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read documents. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = ".jsonl files ({id, date, text, title?, url?, source?} per line), .txt or .html files, "
                    + "directories of them, or - for JSONL on standard input")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "story date for .txt files and undated .html or JSONL records")
    LocalDate date;

    @Option(names = "--skip-bad", description = "skip bad records (counted and reported) instead of stopping")
    boolean skipBad;

    @Option(names = "--threads", paramLabel = "N", description = "coding threads (default: available cores)")
    int threads = Runtime.getRuntime().availableProcessors();
}
