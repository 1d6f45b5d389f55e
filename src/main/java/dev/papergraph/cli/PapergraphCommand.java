package dev.papergraph.cli;

import dev.papergraph.Version;
import dev.papergraph.extract.CoreNlpMentionExtractor;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code papergraph} command: lists the subcommands, nothing more. Its help and version options,
 * exit code list and version text are inherited by every subcommand.
 */
@Command(
        name = "papergraph",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = PapergraphCommand.VersionProvider.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (bad records, if any, were skipped and reported as file:line: reason)",
            "1:nothing could be read or done (no readable input, a failed check), or an internal error (with its stack trace)",
            "2:a usage or store error: a bad option, an unreadable store, a store in use"},
        description = "Turns research-paper abstracts into a knowledge graph of papers and concepts.",
        subcommands = {
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class,
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
        CliErrorHandler errors = new CliErrorHandler();
        return new CommandLine(new PapergraphCommand())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "papergraph " + Version.get(),
                "extractor " + CoreNlpMentionExtractor.RULES_VERSION + " (tagger models ner-model and phrase-model, shipped in the jar)",
                "Apache Jena " + Version.jena(),
                "Stanford CoreNLP " + Version.coreNlp() + ", English models " + Version.coreNlp()};
        }
    }
}
