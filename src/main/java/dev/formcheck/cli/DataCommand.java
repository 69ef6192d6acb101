package dev.formcheck.cli;

import dev.formcheck.records.UserData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Shows, exports or deletes everything FormCheck keeps of you.",
                "Calibration, session records, pain journal, desk days: where they are, all in one archive, or all deleted. docs/privacy.md lists every file."},
        subcommands = {DataCommand.Where.class, DataCommand.Export.class, DataCommand.Delete.class})
final class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirectoryOption dataOption;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    Path directory() {
        return dataOption.directory();
    }

    @Command(name = "where", mixinStandardHelpOptions = true, description = "Prints the data folder and how many files it holds.")
    static final class Where implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        DataCommand parent;

        @Override
        public Integer call() {
            Path dir = parent.directory();
            int n = UserData.files(dir).size();
            spec.commandLine().getOut().println(dir + " (" + files(n) + " of yours)");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes everything into one .zip archive.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        DataCommand parent;
        @Parameters(paramLabel = "FILE.zip", description = "The archive to write.")
        Path archive;

        @Override
        public Integer call() {
            if (!archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new CommandLine.ParameterException(spec.commandLine(), archive + ": the archive is a .zip file");
            }
            if (archive.toAbsolutePath().normalize().startsWith(parent.directory().toAbsolutePath().normalize())) {
                throw new CommandLine.ParameterException(spec.commandLine(), archive + ": write the archive outside the data folder");
            }
            int n = UserData.export(parent.directory(), archive);
            spec.commandLine().getOut().println("Wrote " + files(n) + " to " + archive);
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Deletes everything FormCheck keeps of you: calibration, session records, pain journal, desk days.",
                    "Asks you to type DELETE first; --yes skips the question (for scripts)."})
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        DataCommand parent;
        @Option(names = "--yes", description = "Delete without asking.")
        boolean yes;

        @Override
        public Integer call() {
            Path dir = parent.directory();
            List<Path> files = UserData.files(dir);
            if (files.isEmpty()) {
                spec.commandLine().getOut().println("Nothing to delete: " + dir + " holds nothing of yours.");
                return 0;
            }
            if (!yes) {
                Console console = System.console();
                if (console == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no terminal to confirm at: add --yes to delete "
                            + files(files.size()) + " in " + dir);
                }
                String answer = console.readLine("Delete %s in %s (calibration, records, journal, desk days)? "
                        + "This cannot be undone. Type DELETE to confirm: ", files(files.size()), dir);
                if (answer == null || !answer.strip().equals("DELETE")) {
                    spec.commandLine().getOut().println("Nothing deleted.");
                    return 0;
                }
            }
            int n = UserData.deleteAll(dir);
            spec.commandLine().getOut().println("Deleted " + files(n) + " from " + dir + ".");
            return 0;
        }
    }

    private static String files(int n) {
        return n == 1 ? "1 file" : n + " files";
    }
}
