package dev.formcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --iterations}, {@code --warmup} and {@code --json}, shared by the bench commands that time
 * one step many times. Each command gives its own defaults by creating the mixin with them: picocli
 * keeps a mixin it finds already set and shows the fields' initial values as the defaults.
 */
final class TimedRuns {
    @Option(names = "--iterations", description = "Timed runs. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--warmup", description = "Untimed runs first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--json", description = "Print one JSON line.")
    boolean json;

    TimedRuns(int defaultIterations, int defaultWarmup) {
        this.iterations = defaultIterations;
        this.warmup = defaultWarmup;
    }

    /** Refuses counts that would time nothing, as a usage error. */
    void check(CommandSpec spec) {
        if (iterations < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--iterations must be at least 1 and --warmup at least 0");
        }
    }
}
