package dev.formcheck.cli;

import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.KeptReports;
import dev.formcheck.session.PhotoModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the HTML report of a session kept in your history.",
                "A kept session is an analysed video or a workout in the window; the report is the one",
                "'analyze --report' makes: summary, timeline, charts, rep by rep,",
                "and key frames from the video while it is still there (a live workout keeps none)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "SESSION", description = "The session's id (in brackets in 'formcheck history'), or 'last'.")
    String session;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report. Default: ID.report.html in this folder.")
    Path out;

    @Mixin
    DataDirectoryOption dataOption;

    @Override
    public Integer call() {
        SessionRecord record = KeptReports.find(new SessionStore(dataOption.directory()), session);
        Path target = out != null ? out : Path.of(record.id() + ".report.html");
        PrintWriter stdout = spec.commandLine().getOut();
        // key frames are stills: found with the model analyze uses for photos
        List<String> notes = KeptReports.write(record, target, () -> MoveNetEstimator.open(PhotoModels.forPhotos(Optional.empty()),
                ModelFiles.modelsDirectory(), InferenceSettings.forRecordedVideo().withVerboseLogging(Main.verboseRequested(spec))),
                ZoneId.systemDefault());
        stdout.println("session " + record.id() + ": report written to " + target);
        notes.forEach(n -> stdout.println("  " + n));
        return 0;
    }
}
