package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.evaluation.EvaluationReport;
import dev.formcheck.evaluation.EvaluationTable;
import dev.formcheck.evaluation.Evaluator;
import dev.formcheck.evaluation.LabelFiles;
import dev.formcheck.evaluation.PhotoScore;
import dev.formcheck.evaluation.PhotoSplit;
import dev.formcheck.evaluation.VideoScore;
import dev.formcheck.pose.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores FormCheck on your own labelled videos and photos.",
                "Runs what analyze --exercise runs on every labelled video (--exercise auto) or photo (as its",
                "labelled exercise) and compares with the labels.",
                "LABELS: a LABELS.json of videos or a labels.csv of photos, in the shared schema (docs/validation.md).",
                "Shipped thresholds, no calibration: the people in the media are strangers to FormCheck."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(arity = "1..*", paramLabel = "LABELS", description = "Labels files (.json for videos, .csv for photos).")
    List<Path> labels;

    @Option(names = "--media", paramLabel = "DIR",
            description = "Where the labelled files are (one labels file only). Default: the labels file's folder.")
    Path media;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every item's score and the totals as JSON "
            + "(docs/schema/evaluation-v1.schema.json).")
    Path json;

    @Option(names = "--exercise-from-labels",
            description = "Judge each video as its labelled exercise instead of recognising it (clips of no exercise are left out).")
    boolean exerciseFromLabels;

    @Option(names = "--split", defaultValue = "all", paramLabel = "tune|check|all",
            description = "Photos: score only the tune or the check half (docs/validation.md). Default: ${DEFAULT-VALUE}.")
    String split;

    @Override
    public Integer call() throws InterruptedException {
        Evaluator.SplitFilter filter;
        try {
            filter = Evaluator.SplitFilter.valueOf(split.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--split: '" + split + "' is not tune, check or all");
        }
        if (media != null && labels.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--media names the folder of one labels file; "
                    + "with several, each one's media are beside it");
        }
        if (media != null && !Files.isDirectory(media)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--media: " + media + " is not a folder");
        }
        if (json != null) {
            AtomicFiles.checkWritable(json);
        }
        List<LabelFiles.Labels> read = labels.stream().map(LabelFiles::read).toList(); // every file checked before work
        boolean verboseLogging = Main.verboseRequested(spec);
        FFmpegLogging.configure(verboseLogging);
        PrintWriter out = spec.commandLine().getOut();
        List<VideoScore> videos = new ArrayList<>();
        List<PhotoScore> photos = new ArrayList<>();
        try (Evaluator evaluator = Evaluator.open(ModelFiles.modelsDirectory(), CalibrationFiles.defaults(), verboseLogging)) {
            for (LabelFiles.Labels l : read) {
                Path dir = media != null ? media : l.file().toAbsolutePath().getParent();
                Evaluator.ItemObserver progress = item -> {
                    if (verboseLogging) {
                        out.println("  " + item + " ...");
                        out.flush();
                    }
                };
                if (l instanceof LabelFiles.VideoLabels v) {
                    videos.addAll(evaluator.videos(v, dir, exerciseFromLabels, progress));
                } else {
                    photos.addAll(evaluator.photos((LabelFiles.PhotoLabels) l, dir, filter, PhotoSplit.recorded(), progress));
                }
            }
        }
        EvaluationReport report = EvaluationReport.of(videos, photos);
        EvaluationTable.lines(report).forEach(out::println);
        if (json != null) {
            report.writeJson(json);
            out.println("json: " + json);
        }
        out.flush();
        return 0;
    }
}
