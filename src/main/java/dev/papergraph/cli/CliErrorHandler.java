package dev.papergraph.cli;

import java.io.UncheckedIOException;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints user mistakes (bad options as well as errors found while running) as one line on stderr and
 * returns exit code 2; anything else is a bug in papergraph and keeps its stack trace (exit code 1).
 */
final class CliErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int USER_ERROR = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getParent() == null ? "" : " " + command.getCommandName();
        command.getErr().println("papergraph" + name + ": " + e.getMessage() + " (papergraph" + (name.isEmpty() ? "" : " help") + name
                + (name.isEmpty() ? " --help lists the commands)" : " lists the options)"));
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof QueryParseException) {
            // Jena lists every token it expected, one per line; the first line says where it failed.
            commandLine.getErr().println("papergraph: SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""));
            return USER_ERROR;
        }
        if (e instanceof UserError || e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
            commandLine.getErr().println("papergraph: " + e.getMessage());
            return USER_ERROR;
        }
        commandLine.getErr().println("papergraph: internal error, please report it: " + e);
        e.printStackTrace(commandLine.getErr());
        return 1;
    }
}
