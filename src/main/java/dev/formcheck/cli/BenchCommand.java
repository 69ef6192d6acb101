package dev.formcheck.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: time a stage of the pipeline after warm-up.",
        subcommands = {BenchPoseCommand.class, BenchAnalyzeCommand.class, BenchEngineCommand.class,
                BenchPostureCommand.class, BenchOutlineCommand.class, BenchWindowCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
