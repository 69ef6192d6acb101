package dev.formcheck.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}, accepted by every command; read it with {@link Main#verboseRequested}, which
 * also sees it when it was given before the command name.
 */
final class VerboseOption {
    @Option(names = "--verbose", description = "Show native libraries' own log output and error causes.")
    boolean verbose;
}
