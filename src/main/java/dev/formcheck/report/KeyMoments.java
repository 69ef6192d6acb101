package dev.formcheck.report;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.feedback.PlainWords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The frames a report shows as pictures: each set's deepest rep (or the middle of its hold) and
 * each flag at its worst frame, at most {@link #MAX_FLAG_FRAMES} flags (the most serious first).
 * A front end decodes exactly these frames again; no other frame of the video is kept.
 */
public final class KeyMoments {
    /** Enough to show every fault of a real set; a long video full of flags keeps its report a few MB. */
    static final int MAX_FLAG_FRAMES = 12;

    /** A frame to show: its index among the analysed frames and what it shows. */
    public record KeyMoment(int frame, String caption) {
    }

    private KeyMoments() {
    }

    /** The key frames of a recording, in time order, one per frame (two reasons for a frame share it). */
    public static List<KeyMoment> of(RecordingEvidence evidence) {
        if (evidence.result().isEmpty() || evidence.poses().isEmpty()) {
            return List.of();
        }
        ExerciseResult r = evidence.result().get();
        Map<Integer, String> captions = new LinkedHashMap<>();
        for (SetSpan set : evidence.sets()) {
            r.reps().stream().filter(rep -> set.repIndexes().contains(rep.index()))
                    .min(Comparator.comparingDouble(RepResult::depthDegrees))
                    .ifPresent(rep -> add(captions, evidence.frameAt(rep.bottomMicros()), String.format(Locale.ROOT,
                            "Set %d, its deepest rep (rep %d) at the bottom, %s", set.number(), rep.index(),
                            seconds(rep.bottomMicros()))));
            r.holds().stream().filter(h -> h.startMicros() >= set.startMicros() && h.endMicros() <= set.endMicros())
                    .max(Comparator.comparingLong(HoldResult::goodFormMicros))
                    .ifPresent(h -> add(captions, evidence.frameAt((h.startMicros() + h.endMicros()) / 2),
                            String.format(Locale.ROOT, "Set %d, the middle of the hold, %s", set.number(),
                                    seconds((h.startMicros() + h.endMicros()) / 2))));
        }
        ReportSeries series = new ReportSeries(evidence);
        r.flags().stream()
                .sorted(Comparator.comparing(Flag::severity).reversed().thenComparing(Flag::startMicros))
                .limit(MAX_FLAG_FRAMES)
                .forEach(f -> {
                    int frame = worstFrame(evidence, series, f);
                    add(captions, frame, PlainWords.describe(f) + (f.rep().isPresent() ? ", rep " + f.rep().getAsInt() : "")
                            + ", " + seconds(evidence.poses().get(frame).timestampMicros()));
                });
        List<KeyMoment> moments = new ArrayList<>();
        captions.forEach((frame, caption) -> moments.add(new KeyMoment(frame, caption)));
        moments.sort(Comparator.comparingInt(KeyMoment::frame));
        return List.copyOf(moments);
    }

    /** A moment of a kept session to show, by its time: a kept session has no frames until they are decoded again. */
    public record KeptMoment(long micros, String caption) {
    }

    /**
     * The key moments of a kept session, as {@link #of} chooses them for a recording, by time: each
     * set's deepest rep at its bottom (the middle of its best hold), and each flag (most serious
     * first) at its rep's bottom, or its middle when it belongs to no rep.
     */
    public static List<KeptMoment> ofKept(ExerciseResult r, List<SetSpan> sets) {
        Map<Long, String> captions = new java.util.TreeMap<>();
        for (SetSpan set : sets) {
            r.reps().stream().filter(rep -> set.repIndexes().contains(rep.index()))
                    .min(Comparator.comparingDouble(RepResult::depthDegrees))
                    .ifPresent(rep -> captions.merge(rep.bottomMicros(), String.format(Locale.ROOT,
                            "Set %d, its deepest rep (rep %d) at the bottom, %s", set.number(), rep.index(),
                            seconds(rep.bottomMicros())), (a, b) -> a + "; " + b));
            r.holds().stream().filter(h -> h.startMicros() >= set.startMicros() && h.endMicros() <= set.endMicros())
                    .max(Comparator.comparingLong(HoldResult::goodFormMicros))
                    .ifPresent(h -> captions.merge((h.startMicros() + h.endMicros()) / 2, String.format(Locale.ROOT,
                            "Set %d, the middle of the hold, %s", set.number(), seconds((h.startMicros() + h.endMicros()) / 2)),
                            (a, b) -> a + "; " + b));
        }
        r.flags().stream()
                .sorted(Comparator.comparing(Flag::severity).reversed().thenComparing(Flag::startMicros))
                .limit(MAX_FLAG_FRAMES)
                .forEach(f -> {
                    long at = f.rep().isPresent() ? r.reps().stream().filter(x -> x.index() == f.rep().getAsInt()).findFirst()
                            .map(RepResult::bottomMicros).orElse((f.startMicros() + f.endMicros()) / 2)
                            : (f.startMicros() + f.endMicros()) / 2;
                    captions.merge(at, PlainWords.name(f.kind()) + (f.rep().isPresent() ? ", rep " + f.rep().getAsInt() : "")
                            + ", " + seconds(at), (a, b) -> a + "; " + b);
                });
        List<KeptMoment> moments = new ArrayList<>();
        captions.forEach((micros, caption) -> moments.add(new KeptMoment(micros, caption)));
        return List.copyOf(moments);
    }

    /** The flag's frame where its signal was largest; its rep's bottom for a per-rep fault; its start otherwise. */
    static int worstFrame(RecordingEvidence evidence, ReportSeries series, Flag f) {
        int from = evidence.frameAt(f.startMicros());
        int to = evidence.frameAt(f.endMicros());
        int worst = -1;
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            OptionalDouble size = series.faultSize(f.kind(), i);
            if (size.isPresent() && size.getAsDouble() > largest) {
                largest = size.getAsDouble();
                worst = i;
            }
        }
        if (worst >= 0) {
            return worst;
        }
        if (f.rep().isPresent() && evidence.result().isPresent()) {
            int rep = f.rep().getAsInt();
            return evidence.result().get().reps().stream().filter(x -> x.index() == rep).findFirst()
                    .map(x -> evidence.frameAt(x.bottomMicros())).orElse(from);
        }
        return from;
    }

    private static void add(Map<Integer, String> captions, int frame, String caption) {
        captions.merge(frame, caption, (a, b) -> a + "; " + b);
    }

    static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.1f s", micros / 1e6);
    }
}
