package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.LoopingSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.pipeline.FramePipeline;
import dev.formcheck.pipeline.PipelineSummary;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackingSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Times the analyze pipeline on a video, as a file or paced as a camera.",
                "As a file: every frame, as fast as possible. With --live: paced at real time, latest frame",
                "wins, as a camera delivers. --minutes loops the video for a long run and samples the heap."})
final class BenchAnalyzeCommand implements Callable<Integer> {
    /** How often the heap is sampled on long runs. */
    static final long HEAP_SAMPLE_MICROS = 10_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Parameters(paramLabel = "VIDEO")
    Path video;

    @Option(names = "--live", description = "Pace the video at real time and drop stale frames, as with a camera.")
    boolean live;

    @Option(names = "--minutes", paramLabel = "M", description = "Loop the video until M minutes of input have passed.")
    double minutes;

    @Option(names = "--threads", paramLabel = "T",
            description = "ONNX Runtime intra-op threads. Default: what analyze uses (2 for a file, 1 with --live).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (minutes < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--minutes must not be negative");
        }
        VideoFileSource.checkReadable(video);
        boolean verboseLogging = Main.verboseRequested(spec);
        FFmpegLogging.configure(verboseLogging);
        InferenceSettings preset = live ? InferenceSettings.defaults() : InferenceSettings.forRecordedVideo();
        int intraOpThreads = threads != null ? ModelOptions.checkThreads(spec, threads) : preset.intraOpThreads();
        InferenceSettings settings = new InferenceSettings(intraOpThreads, preset.spinning(), verboseLogging);
        FrameSource source = minutes > 0
                ? new LoopingSource(() -> VideoFileSource.open(video), Math.round(minutes * 60e6))
                : VideoFileSource.open(video);
        if (live) {
            source = new PacedSource(source);
        }
        double inputSeconds = source.info().durationMicros() / 1e6;
        List<Double> latencies = new ArrayList<>();
        // sampling forces collections: only on runs meant to show memory over time
        HeapSamples heap = new HeapSamples(live || minutes > 0);
        PipelineSummary summary;
        try (MoveNetEstimator estimator = modelOptions.open(settings)) {
            FramePipeline.Sink<dev.formcheck.pose.tracking.TrackedPose> sink = frame -> {
                latencies.add(frame.latencyMillis());
                heap.maybeSample(frame.frame().timestampMicros());
            };
            summary = live
                    ? new FramePipeline<>(source, FramePipeline.Mode.LIVE,
                            new PoseTracker(estimator, TrackingSettings.defaults())::track, sink).run()
                    : TrackedRecording.track(source, estimator, TrackingSettings.defaults(), sink).summary();
        }
        double processSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        Result r = new Result(video.toString(), modelOptions.model.id(), live ? "live" : "file",
                summary.framesCaptured(), summary.framesDelivered(), summary.framesDropped(),
                inputSeconds, summary.wallSeconds(), processSeconds,
                inputSeconds / summary.wallSeconds(), inputSeconds / processSeconds,
                summary.framesDelivered() / summary.wallSeconds(),
                Percentiles.of(latencies, 50), Percentiles.of(latencies, 95),
                heap.firstMb(), heap.lastMb(), heap.maxMb());
        print(r);
        return summary.failure().isPresent() ? Main.EXIT_FAILURE : 0;
    }

    private void print(Result r) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(r));
        } else {
            out.printf(Locale.ROOT, "bench analyze (%s, %s): %s%n", r.mode(), r.model(), r.video());
            out.printf(Locale.ROOT, "  %d frames in, %d analysed, %d dropped; %.1f s of video%n",
                    r.frames_in(), r.frames_analysed(), r.frames_dropped(), r.input_s());
            out.printf(Locale.ROOT, "  pipeline %.2f s (%.1fx real time, %.1f fps); whole process %.2f s (%.1fx real time)%n",
                    r.pipeline_s(), r.pipeline_realtime_factor(), r.analysed_fps(), r.process_s(), r.process_realtime_factor());
            out.printf(Locale.ROOT, "  frame-to-pose latency p50 %.1f ms, p95 %.1f ms%n", r.latency_p50_ms(), r.latency_p95_ms());
            if (r.heap_max_mb() > 0) {
                out.printf(Locale.ROOT, "  heap after GC: first %.0f MB, last %.0f MB, max %.0f MB%n",
                        r.heap_first_mb(), r.heap_last_mb(), r.heap_max_mb());
            }
        }
        out.flush();
    }

    /** The JSON line; names are the keys. */
    record Result(String video, String model, String mode, long frames_in, long frames_analysed, long frames_dropped,
                  double input_s, double pipeline_s, double process_s, double pipeline_realtime_factor,
                  double process_realtime_factor, double analysed_fps, double latency_p50_ms, double latency_p95_ms,
                  double heap_first_mb, double heap_last_mb, double heap_max_mb) {
    }

    /** Heap in use right after a collection, every {@link #HEAP_SAMPLE_MICROS} of input: flat means no leak. */
    private static final class HeapSamples {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final List<Double> samplesMb = new ArrayList<>();
        private final boolean enabled;
        private long nextMicros = HEAP_SAMPLE_MICROS;

        HeapSamples(boolean enabled) {
            this.enabled = enabled;
        }

        void maybeSample(long timestampMicros) {
            if (enabled && timestampMicros >= nextMicros) {
                nextMicros += HEAP_SAMPLE_MICROS;
                System.gc(); // measure live data, not garbage waiting for the next young collection
                samplesMb.add(memory.getHeapMemoryUsage().getUsed() / 1e6);
            }
        }

        double firstMb() {
            return samplesMb.isEmpty() ? 0 : samplesMb.get(0);
        }

        double lastMb() {
            return samplesMb.isEmpty() ? 0 : samplesMb.get(samplesMb.size() - 1);
        }

        double maxMb() {
            return samplesMb.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }
}
