package dev.papergraph.cli;

import dev.papergraph.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papergraph} command: lists the subcommands, nothing more. */
@Command(
        name = "papergraph",
        mixinStandardHelpOptions = true,
        versionProvider = PapergraphCommand.VersionProvider.class,
        description = "Turns research-paper abstracts into a knowledge graph of papers and concepts.",
        subcommands = {
            IngestCommand.class,
            BuildCommand.class,
            RebuildCommand.class,
            ReadCommand.class,
            ExtractCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            ValidateCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            AliasEvalCommand.class,
            TrainCommand.class,
            CorpusCommand.class,
        })
public final class PapergraphCommand implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs papergraph in-process and returns its exit code (visible for tests). */
    public static int run(String... args) {
        return new CommandLine(new PapergraphCommand())
                .setExecutionExceptionHandler(new CliErrorHandler())
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papergraph " + Version.get()};
        }
    }
}
