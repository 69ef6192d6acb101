package dev.formcheck.cli;

import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.HistoryPages;
import dev.formcheck.session.HistoryView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Your workouts, analysed videos and desk days, week by week.",
                "Sessions, sets, reps, flags and the share of clean reps per exercise,",
                "a warning when a week's volume rises more than 10% over the last, your latest sessions, and your desk days;",
                "--html writes the same as a page with charts.",
                "Read from the records in your data directory (docs/records.md)."})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--weeks", defaultValue = "8", paramLabel = "N", description = "How many weeks back. Default: ${DEFAULT-VALUE}.")
    int weeks;

    @Mixin
    DataDirectoryOption dataOption;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the history as one HTML page with charts "
            + "(weekly volume with the build-up warnings, clean reps, time upright at the desk) to open in a browser.")
    Path html;

    @Override
    public Integer call() {
        if (weeks < 1 || weeks > 520) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--weeks is from 1 to 520");
        }
        Path dir = dataOption.directory();
        PrintWriter err = spec.commandLine().getErr();
        HistoryView history = HistoryView.load(new SessionStore(dir),
                new DailySummaryFiles(dir.resolve("desk"), w -> err.println("formcheck: warning: " + w)),
                LocalDate.now(), weeks, ZoneId.systemDefault());
        PrintWriter out = spec.commandLine().getOut();
        history.lines(10).forEach(out::println);
        history.skipped().forEach(s -> err.println("formcheck: history: " + s));
        if (html != null) {
            HistoryPages.of(history, LocalDate.now(), weeks).write(html);
            out.println();
            out.println("history page: " + html);
        }
        return 0;
    }
}
