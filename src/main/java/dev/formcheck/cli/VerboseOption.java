package dev.formcheck.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, mixed into every command. */
final class VerboseOption {
    @Option(names = "--verbose", description = "Show native libraries' own log output and error causes.")
    boolean verbose;
}
