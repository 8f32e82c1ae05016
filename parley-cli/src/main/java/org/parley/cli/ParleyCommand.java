package org.parley.cli;

import org.parley.dictionary.InvalidDictionaryException;
import org.parley.io.InputException;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line: codes news into events, stores them and queries them. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Political event data from news: who did what to whom, when and where (CAMEO and PLOVER).",
        subcommands = {CodeCommand.class, IngestCommand.class, EventsCommand.class, DyadCommand.class,
                ShiftsCommand.class, BriefCommand.class, NetworkCommand.class, ExportCommand.class, ServeCommand.class,
                DemoCommand.class, EvalCommand.class, ValidateCommand.class, BenchCommand.class,
                BenchStoreCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCommand implements Runnable {
    /** Exit code for bad input data (usage errors exit with 2, picocli's default). */
    static final int INPUT_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (parley help)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Parley's one mapping from failures to messages and exit codes. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ParleyCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage error is one line naming the mistake and where the help is, not the whole usage text.
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("parley: " + e.getMessage() + " (see: " + failed.getCommandSpec().qualifiedName()
                    + " --help)");
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof StoreException || e instanceof InvalidDictionaryException) {
                commandLine.getErr().println("parley: " + e.getMessage());
                return INPUT_ERROR;
            }
            if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
                commandLine.getErr().println("parley: " + e.getMessage());
                return INPUT_ERROR;
            }
            throw e;
        });
        return cli;
    }
}
