package dev.formcheck.report;

import dev.formcheck.analysis.exercise.CheckCoverage;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.FormBreakdown;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.feedback.JointClarity;
import dev.formcheck.feedback.PlainWords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report's template shows, in words and laid-out numbers: every sentence a reader sees is
 * made here (with {@link PlainWords}, the one place display names live), the template only places
 * it. Built from {@link RecordingEvidence} and the key frames' pictures.
 */
public record ReportContent(String title, String videoName, String exercise, String howFilmed, List<String> summary,
                            List<FaultLine> faults, boolean noFaults, List<String> cautions, List<SetRow> sets,
                            Timeline timeline, List<LineChart> charts, List<RepRow> reps, List<HoldRow> holds,
                            List<KeyFrame> keyFrames, List<LegendItem> legend, List<String> about, String footer) {

    public boolean hasAbout() {
        return !about.isEmpty();
    }

    public boolean hasCautions() {
        return !cautions.isEmpty();
    }

    public boolean hasSets() {
        return !sets.isEmpty();
    }

    public boolean hasCharts() {
        return !charts.isEmpty();
    }

    public boolean hasReps() {
        return !reps.isEmpty();
    }

    public boolean hasHolds() {
        return !holds.isEmpty();
    }

    public boolean hasKeyFrames() {
        return !keyFrames.isEmpty();
    }

    /** Whether any key frame has the back's outline drawn: a kept session's frames never do, so the text must not promise it. */
    public boolean keyFramesShowOutline() {
        return keyFrames.stream().anyMatch(KeyFrame::outlineDrawn);
    }

    public boolean hasLegend() {
        return !legend.isEmpty();
    }

    /** One kind of fault: how often, where, how bad at worst, and what to do about it. */
    public record FaultLine(String name, String colour, String letter, String where, String worst, String todo) {
    }

    public record SetRow(int number, String what, String time, String rest) {
    }

    public record RepRow(int number, int set, String time, String depth, String range, String tempo, String back,
                         String backReadBy, List<LegendItem> flags) {
    }

    public record HoldRow(int number, String time, String inPosition, String goodForm, String notSeen) {
    }

    public record LegendItem(String name, String colour, String letter) {
    }

    /** A picture: JPEG as a data URI, its size, its caption, and the measured angles placed on it. */
    public record KeyFrame(String caption, String dataUri, int width, int height, int fontSize, List<Label> labels,
                           boolean outlineDrawn) {
        /** The dark edge around the labels' white letters, so they read on any background. */
        public double stroke() {
            return Math.max(2, fontSize / 5.0);
        }
    }

    /** An angle written next to its joint, image pixels. */
    public record Label(double x, double y, String text) {
    }

    /** The flag timeline: a row for reps, one per kind of fault seen. */
    public record Timeline(int width, int height, int plotLeft, int plotRight, List<Row> rows, List<LineChart.Tick> ticks) {
        public record Row(String label, double y, double labelY, List<LineChart.Band> marks) {
        }

        public int plotWidth() {
            return plotRight - plotLeft;
        }

        public int axisY() {
            return height - 20;
        }

        public int tickY() {
            return height - 15;
        }

        public int tickLabelY() {
            return height - 3;
        }
    }

    /** A live workout keeps the moment each fault was cued; the engine measures its worst only once it is over. */
    static final String NOT_MEASURED = "not measured (a live workout keeps when each fault was cued, not its size)";

    static final int TIMELINE_WIDTH = 900;
    static final int TIMELINE_LABEL = 190;
    static final int TIMELINE_ROW = 28;

    /**
     * Where a report comes from when it is not a video analysed just now (a kept session): the
     * line under the title in place of how the video was filmed, what the reader should know about
     * it, and the footer's first sentence.
     *
     * @param howFilmed replaces the "filmed side-on; 20 s of video" line
     */
    public record Origin(String howFilmed, List<String> about, String footer) {
        public Origin {
            about = List.copyOf(about);
        }

        /** A video analysed just now. */
        static Origin video(String videoName) {
            return new Origin(null, List.of(), "Made by FormCheck from " + videoName
                    + ". Everything in this file came from the video on your computer; nothing was sent anywhere.");
        }
    }

    /** The report of a recording; {@code keyFrames} are the pictures already drawn (see {@link KeyMoments}). */
    public static ReportContent of(RecordingEvidence e, List<KeyFrame> keyFrames) {
        return of(e, keyFrames, Origin.video(e.videoName()));
    }

    /**
     * The report of a recording or of a kept session. A kept session's evidence has no frames: its
     * charts then show one point per rep ({@link #perRepCharts}), and a fault kept without its
     * measurement (a live workout's cue, value NaN) says so instead of a size.
     */
    public static ReportContent of(RecordingEvidence e, List<KeyFrame> keyFrames, Origin origin) {
        String exercise = e.result().map(r -> PlainWords.exercise(r.exercise())).orElse("Not recognised");
        String title = "FormCheck report: " + exercise + " in " + e.videoName();
        if (e.result().isEmpty()) {
            return new ReportContent(title, e.videoName(), exercise, origin.howFilmed() == null ? "" : origin.howFilmed(),
                    List.of("FormCheck did not recognise an exercise it knows in this video (no reps or holds). "
                            + "Name the exercise with --exercise NAME and try again."),
                    List.of(), true, List.of(), List.of(), timeline(e, List.of()), List.of(), List.of(), List.of(),
                    List.of(), List.of(), origin.about(), origin.footer());
        }
        ExerciseResult r = e.result().get();
        List<FaultLine> faults = faultLines(r);
        List<LegendItem> legend = r.flags().stream().map(Flag::kind).distinct().map(ReportContent::legend).toList();
        return new ReportContent(title, e.videoName(), exercise, origin.howFilmed() != null ? origin.howFilmed() : howFilmed(e, r),
                summary(e, r), faults, faults.isEmpty(), cautions(r), setRows(e, r), timeline(e, r.flags()),
                e.poses().isEmpty() ? perRepCharts(e, r) : charts(e, r), repRows(e, r), holdRows(r), keyFrames, legend,
                origin.about(), origin.footer());
    }

    private static String howFilmed(RecordingEvidence e, ExerciseResult r) {
        return String.format(Locale.ROOT, "%s%s, filmed %s; %s of video", PlainWords.exercise(r.exercise()),
                r.recognized() ? " (recognised by FormCheck)" : "", PlainWords.name(r.view()),
                PlainWords.minutesSeconds(e.durationMicros()));
    }

    private static List<String> summary(RecordingEvidence e, ExerciseResult r) {
        List<String> lines = new ArrayList<>();
        int sets = e.sets().size();
        String setWords = sets == 1 ? "1 set" : sets + " sets";
        if (!r.reps().isEmpty()) {
            String perSet = e.sets().stream().map(s -> Integer.toString(s.repIndexes().size()))
                    .collect(Collectors.joining(", "));
            lines.add(String.format(Locale.ROOT, "%d %s in %s%s.", r.reps().size(), r.reps().size() == 1 ? "rep" : "reps",
                    setWords, sets > 1 ? " (" + perSet + " reps)" : ""));
        }
        r.sideBalance().ifPresent(b -> lines.add("Left and right: "
                + PlainWords.sideBalance(b, r.reps().isEmpty() ? "" : r.reps().get(0).signalName()) + "."));
        if (!r.holds().isEmpty()) {
            long good = r.holds().stream().mapToLong(HoldResult::goodFormMicros).sum();
            lines.add(String.format(Locale.ROOT, "%d %s, %s in good form in all.", r.holds().size(),
                    r.holds().size() == 1 ? "hold" : "holds", durationWords(good)));
        }
        if (r.reps().isEmpty() && r.holds().isEmpty()) {
            lines.add("No complete rep or hold was seen.");
        }
        if (!r.partialReps().isEmpty()) {
            lines.add(String.format(Locale.ROOT, "%d partial %s not counted (%s).", r.partialReps().size(),
                    r.partialReps().size() == 1 ? "rep" : "reps", r.partialReps().get(0).why()));
        }
        for (SetSpan set : e.sets()) {
            breakdown(e, r, set).ifPresent(b -> lines.add((sets > 1 ? "Set " + set.number() + ": " : "")
                    + PlainWords.breakdown(b) + ". Stop the set where form slips: quality over quantity."));
        }
        if (r.flags().isEmpty()) {
            lines.add("No form fault was flagged.");
        } else {
            long kinds = r.flags().stream().map(Flag::kind).distinct().count();
            lines.add(String.format(Locale.ROOT, "%d %s flagged, of %d %s: what each means and what to do is below.",
                    r.flags().size(), r.flags().size() == 1 ? "fault" : "faults", kinds, kinds == 1 ? "kind" : "kinds"));
        }
        return lines;
    }

    private static List<FaultLine> faultLines(ExerciseResult r) {
        Map<FlagKind, List<Flag>> byKind = new EnumMap<>(FlagKind.class);
        r.flags().forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        List<FaultLine> lines = new ArrayList<>();
        byKind.forEach((kind, flags) -> {
            Flag worst = flags.stream().max(Comparator.comparing(Flag::severity)
                    .thenComparingDouble(f -> Double.isNaN(f.value()) ? Double.NEGATIVE_INFINITY : f.value() - f.threshold()))
                    .orElseThrow();
            Set<Integer> reps = new LinkedHashSet<>();
            flags.forEach(f -> f.rep().ifPresent(reps::add));
            String times = flags.size() == 1 ? "once" : flags.size() + " times";
            String where = reps.isEmpty()
                    ? times + ", from " + KeyMoments.seconds(flags.get(0).startMicros())
                    : times + ", in " + (reps.size() == 1 ? "rep " : "reps ")
                    + reps.stream().map(String::valueOf).collect(Collectors.joining(", "));
            String worstWords = Double.isNaN(worst.value()) ? NOT_MEASURED
                    : PlainWords.measure(kind, worst.value(), worst.threshold()) + " ("
                    + PlainWords.name(worst.severity()) + ")"
                    + worst.decidedBy().map(ev -> "; read from " + PlainWords.name(ev)).orElse("");
            Set<String> cues = new LinkedHashSet<>();
            flags.stream().map(Flag::cue).filter(c -> !c.isBlank()).forEach(cues::add);
            if (cues.isEmpty()) {
                cues.add("Watch for it in your next set, and film it side-on to see it in a report");
            }
            FlagStyle style = FlagStyle.of(kind);
            lines.add(new FaultLine(PlainWords.name(kind), style.colour(), style.letter(), where, worstWords,
                    String.join(". ", cues) + "."));
        });
        return lines;
    }

    /** Checks that could judge little of the exercise, and the engine's notes: so a clean report is not over-read. */
    private static List<String> cautions(ExerciseResult r) {
        List<String> lines = new ArrayList<>();
        for (CheckCoverage c : r.checks()) {
            if (c.applicableFrames() > 0 && c.judgedShare() < 0.5) {
                lines.add(String.format(Locale.ROOT, "%s could be judged in only %d%% of the exercise%s.",
                        PlainWords.name(c.kind()), Math.round(100 * c.judgedShare()),
                        c.whyNotJudged().map(w -> ": " + lowerFirst(w)).orElse("")));
            }
        }
        // The engine's own note on an unjudged check repeats the line above in its terms; the rest are said as they are
        r.notes().stream().filter(n -> r.checks().stream().noneMatch(c -> n.startsWith(c.kind().name() + " ")))
                .forEach(lines::add);
        return lines;
    }

    /** Where the set's form broke down, by the thresholds this recording was judged with. */
    private static java.util.Optional<FormBreakdown.Breakdown> breakdown(RecordingEvidence e, ExerciseResult r, SetSpan set) {
        List<RepResult> reps = r.reps().stream().filter(rep -> set.repIndexes().contains(rep.index())).toList();
        return FormBreakdown.in(reps, FormBreakdown.Settings.from(e.thresholds()));
    }

    private static List<SetRow> setRows(RecordingEvidence e, ExerciseResult r) {
        return e.sets().stream().map(s -> {
            String what;
            if (!s.repIndexes().isEmpty()) {
                what = s.repIndexes().size() + (s.repIndexes().size() == 1 ? " rep" : " reps")
                        + breakdown(e, r, s).map(b -> "; form broke down from rep " + b.fromRep()).orElse("");
            } else {
                long good = r.holds().stream().filter(h -> h.startMicros() >= s.startMicros() && h.endMicros() <= s.endMicros())
                        .mapToLong(HoldResult::goodFormMicros).sum();
                what = "hold, " + durationWords(good) + " in good form";
            }
            return new SetRow(s.number(), what, KeyMoments.seconds(s.startMicros()) + " to " + KeyMoments.seconds(s.endMicros()),
                    s.number() == 1 ? "" : durationWords(s.restBeforeMicros()));
        }).toList();
    }

    private static List<RepRow> repRows(RecordingEvidence e, ExerciseResult r) {
        JointClarity clarity = new JointClarity(e.thresholds());
        return r.reps().stream().map(rep -> {
            boolean seen = clarity.bottomSeen(rep, e.poses());
            int set = e.sets().stream().filter(s -> s.repIndexes().contains(rep.index())).mapToInt(SetSpan::number)
                    .findFirst().orElse(0);
            List<LegendItem> flags = r.flags().stream()
                    .filter(f -> f.rep().isPresent() && f.rep().getAsInt() == rep.index())
                    .map(Flag::kind).distinct().map(ReportContent::legend).toList();
            String back = rep.worstSpineFlexionDegrees().isPresent()
                    ? backWords(rep.worstSpineFlexionDegrees().getAsDouble()) : "could not be judged";
            String readBy = rep.worstSpineEvidence().map(PlainWords::name).orElse("");
            return new RepRow(rep.index(), set, KeyMoments.seconds(rep.startMicros()) + " to "
                    + KeyMoments.seconds(rep.endMicros()), seen ? depthWords(rep) : rep.signalName() + " " + JointClarity.NOT_SEEN,
                    seen ? PlainWords.degrees(rep.rangeOfMotionDegrees()) : JointClarity.NOT_SEEN,
                    PlainWords.tempo(rep),
                    back, readBy, flags);
        }).toList();
    }

    private static String depthWords(RepResult rep) {
        if (rep.signalName().equals("thigh inclination") && rep.deepestThighDegrees().isPresent()) {
            double thigh = rep.deepestThighDegrees().getAsDouble();
            return Math.round(thigh) == 0 ? "thighs parallel to the floor"
                    : "thighs " + PlainWords.degrees(Math.abs(thigh)) + (thigh > 0 ? " above" : " below") + " parallel";
        }
        return rep.signalName() + " " + PlainWords.degrees(rep.depthDegrees());
    }

    private static String backWords(double flexion) {
        if (Math.round(flexion) == 0) {
            return "at your neutral";
        }
        return PlainWords.degrees(Math.abs(flexion)) + (flexion > 0 ? " rounder" : " more arched") + " than your neutral";
    }

    private static List<HoldRow> holdRows(ExerciseResult r) {
        List<HoldRow> rows = new ArrayList<>();
        for (int i = 0; i < r.holds().size(); i++) {
            HoldResult h = r.holds().get(i);
            rows.add(new HoldRow(i + 1, KeyMoments.seconds(h.startMicros()) + " to " + KeyMoments.seconds(h.endMicros())
                    + PlainWords.holdSide(h),
                    durationWords(h.inPositionMicros()), durationWords(h.goodFormMicros()),
                    h.notVisibleMicros() > 0 ? durationWords(h.notVisibleMicros()) : "none"));
        }
        return rows;
    }

    private static Timeline timeline(RecordingEvidence e, List<Flag> flags) {
        LineChart.Scale x = new LineChart.Scale(0, Math.max(1, e.durationMicros()), TIMELINE_LABEL, TIMELINE_WIDTH - 16);
        List<Timeline.Row> rows = new ArrayList<>();
        List<LineChart.Band> repMarks = new ArrayList<>();
        e.result().ifPresent(r -> {
            r.reps().forEach(rep -> repMarks.add(band(x, rep.startMicros(), rep.endMicros(), FlagStyle.REP_COLOUR,
                    Integer.toString(rep.index()))));
            r.holds().forEach(h -> repMarks.add(band(x, h.startMicros(), h.endMicros(), FlagStyle.REP_COLOUR, "hold")));
        });
        rows.add(row("Reps and holds", 0, repMarks));
        Map<FlagKind, List<LineChart.Band>> byKind = new EnumMap<>(FlagKind.class);
        for (Flag f : flags) {
            FlagStyle style = FlagStyle.of(f.kind());
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>())
                    .add(band(x, f.startMicros(), f.endMicros(), style.colour(), style.letter()));
        }
        byKind.forEach((kind, marks) -> rows.add(row(PlainWords.name(kind), rows.size(), marks)));
        List<LineChart.Tick> ticks = timeTicks(x, e.durationMicros());
        return new Timeline(TIMELINE_WIDTH, 24 + rows.size() * TIMELINE_ROW, TIMELINE_LABEL, TIMELINE_WIDTH - 16, rows, ticks);
    }

    private static Timeline.Row row(String label, int index, List<LineChart.Band> marks) {
        double y = 4 + index * TIMELINE_ROW;
        return new Timeline.Row(label, y, y + 16, marks);
    }

    private static LineChart.Band band(LineChart.Scale x, long from, long to, String colour, String letter) {
        return new LineChart.Band(x.at(from), Math.max(3, x.at(to) - x.at(from)), colour, letter);
    }

    private static List<LineChart.Tick> timeTicks(LineChart.Scale x, long durationMicros) {
        List<LineChart.Tick> ticks = new ArrayList<>();
        double seconds = durationMicros / 1e6;
        double step = LineChart.niceStep(seconds / 10);
        for (double s = 0; s <= seconds + 1e-9; s += step) {
            ticks.add(new LineChart.Tick(x.at(s * 1e6), Math.round(s) + " s"));
        }
        return ticks;
    }

    private static List<LineChart> charts(RecordingEvidence e, ExerciseResult r) {
        if (e.poses().isEmpty()) {
            return List.of();
        }
        ReportSeries series = new ReportSeries(e);
        long[] times = series.times();
        Set<FlagKind> checked = checkedKinds(r);
        List<LineChart> charts = new ArrayList<>();
        Optional<Function<dev.formcheck.kinematics.KinematicFrame, OptionalDouble>> movement = series.movement(r.reps());
        if (movement.isPresent()) {
            OptionalDouble[] values = series.each(i -> movement.get().apply(e.kinematics().get(i)));
            List<LineChart.Threshold> limits = new ArrayList<>();
            boolean judgesDepth = checked.contains(FlagKind.SHALLOW_DEPTH) || r.exercise().equals("squat");
            if (judgesDepth && r.reps().get(0).signalName().equals("thigh inclination")) {
                // Side-on the thigh is seen whole; from the front or at an angle it is foreshortened (docs/flags.md)
                String name = r.view() == dev.formcheck.kinematics.CameraView.SIDE
                        ? "flags.shallow_depth.thigh_min" : "flags.shallow_depth.thigh_min_front";
                threshold(e, name, 1, "aim for this or lower", FlagKind.SHALLOW_DEPTH).ifPresent(limits::add);
            }
            List<LineChart.Marker> bottoms = r.reps().stream()
                    .map(rep -> new LineChart.Marker(rep.bottomMicros(), Integer.toString(rep.index()))).toList();
            if (ReportSeries.anyPresent(values)) {
                String name = r.reps().get(0).signalName();
                charts.add(LineChart.of("The movement: " + name + " over time",
                        "Reps are counted on the " + name + "; each rep's bottom is marked with its number.",
                        e.durationMicros(), times, values, limits, spans(r, Set.of(FlagKind.SHALLOW_DEPTH)), bottoms));
            }
        }
        if (checked.contains(FlagKind.ROUNDED_BACK) || checked.contains(FlagKind.LUMBAR_HYPEREXTENSION)) {
            OptionalDouble[] values = series.each(i -> inSet(e, i) ? series.back(i) : OptionalDouble.empty());
            List<LineChart.Threshold> limits = new ArrayList<>();
            if (checked.contains(FlagKind.ROUNDED_BACK)) {
                threshold(e, "flags.rounded_back.flexion_min", 1, "rounded past this", FlagKind.ROUNDED_BACK)
                        .ifPresent(limits::add);
            }
            if (checked.contains(FlagKind.LUMBAR_HYPEREXTENSION)) {
                threshold(e, "flags.lumbar_hyperextension.extension_min", -1, "arched past this",
                        FlagKind.LUMBAR_HYPEREXTENSION).ifPresent(limits::add);
            }
            if (ReportSeries.anyPresent(values)) {
                charts.add(LineChart.of("Your back: degrees from your neutral (up: rounder, down: more arched)",
                        "Drawn inside the sets only; gaps are frames where the back's curve could not be judged.", e.durationMicros(), times,
                        values, limits, spans(r, Set.of(FlagKind.ROUNDED_BACK, FlagKind.LUMBAR_HYPEREXTENSION,
                                FlagKind.LOST_NEUTRAL_SPINE)), List.of()));
            }
        }
        if (checked.contains(FlagKind.HIPS_SAGGING) || checked.contains(FlagKind.HIPS_PIKED)) {
            OptionalDouble[] values = series.each(i -> inSet(e, i) ? series.bodyLine(i) : OptionalDouble.empty());
            List<LineChart.Threshold> limits = new ArrayList<>();
            if (checked.contains(FlagKind.HIPS_SAGGING)) {
                threshold(e, "flags.hips_sagging.min", 1, "sagging past this", FlagKind.HIPS_SAGGING).ifPresent(limits::add);
            }
            if (checked.contains(FlagKind.HIPS_PIKED)) {
                threshold(e, "flags.hips_piked.min", -1, "piked past this", FlagKind.HIPS_PIKED).ifPresent(limits::add);
            }
            if (ReportSeries.anyPresent(values)) {
                charts.add(LineChart.of("Your hips against a straight body line (up: sagging, down: too high)",
                        "Drawn inside the sets only; 0° is a straight line from shoulders to ankles.", e.durationMicros(), times, values, limits,
                        spans(r, Set.of(FlagKind.HIPS_SAGGING, FlagKind.HIPS_PIKED)), List.of()));
            }
        }
        return charts;
    }

    /**
     * A kept session's charts: it keeps each rep's numbers, not every frame's, so each chart has one
     * point per rep at its bottom, against the same limits as a recording's charts.
     */
    private static List<LineChart> perRepCharts(RecordingEvidence e, ExerciseResult r) {
        List<LineChart> charts = new ArrayList<>();
        if (r.reps().isEmpty()) {
            return charts;
        }
        Set<FlagKind> checked = checkedKinds(r);
        long[] times = r.reps().stream().mapToLong(RepResult::bottomMicros).toArray();
        List<LineChart.Marker> bottoms = r.reps().stream()
                .map(rep -> new LineChart.Marker(rep.bottomMicros(), Integer.toString(rep.index()))).toList();
        String name = r.reps().get(0).signalName();
        List<LineChart.Threshold> depthLimits = new ArrayList<>();
        if ((checked.contains(FlagKind.SHALLOW_DEPTH) || r.exercise().equals("squat")) && name.equals("thigh inclination")) {
            threshold(e, r.view() == dev.formcheck.kinematics.CameraView.FRONT ? "flags.shallow_depth.thigh_min_front"
                    : "flags.shallow_depth.thigh_min", 1, "aim for this or lower", FlagKind.SHALLOW_DEPTH).ifPresent(depthLimits::add);
        }
        OptionalDouble[] depth = r.reps().stream().map(rep -> OptionalDouble.of(rep.depthDegrees())).toArray(OptionalDouble[]::new);
        charts.add(LineChart.of("Each rep's depth: the " + name + " at its bottom",
                "One point per rep (a kept session keeps each rep's numbers, not every frame's), marked with its number.",
                e.durationMicros(), times, depth, depthLimits, spans(r, Set.of(FlagKind.SHALLOW_DEPTH)), bottoms));
        OptionalDouble[] back = r.reps().stream().map(RepResult::worstSpineFlexionDegrees).toArray(OptionalDouble[]::new);
        if (ReportSeries.anyPresent(back)) {
            List<LineChart.Threshold> limits = new ArrayList<>();
            threshold(e, "flags.rounded_back.flexion_min", 1, "rounded past this", FlagKind.ROUNDED_BACK).ifPresent(limits::add);
            charts.add(LineChart.of("Your back at its roundest in each rep: degrees from your neutral (up: rounder)",
                    "One point per rep; a gap is a rep whose back could not be judged.", e.durationMicros(), times, back, limits,
                    spans(r, Set.of(FlagKind.ROUNDED_BACK, FlagKind.LUMBAR_HYPEREXTENSION, FlagKind.LOST_NEUTRAL_SPINE)), bottoms));
        }
        return charts;
    }

    /**
     * Whether frame {@code i} is inside a set: the checks judge only there, and outside (walking in,
     * getting down, standing up) a body line or a back reading is large and meaningless.
     */
    private static boolean inSet(RecordingEvidence e, int i) {
        long t = e.poses().get(i).timestampMicros();
        return e.sets().stream().anyMatch(s -> t >= s.startMicros() && t <= s.endMicros());
    }

    /** The checks this exercise ran (their coverage), or failing that the kinds it flagged. */
    private static Set<FlagKind> checkedKinds(ExerciseResult r) {
        Set<FlagKind> kinds = new LinkedHashSet<>();
        r.checks().forEach(c -> kinds.add(c.kind()));
        r.flags().forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    private static Optional<LineChart.Threshold> threshold(RecordingEvidence e, String name, int sign, String words,
                                                           FlagKind kind) {
        if (!e.thresholds().contains(name)) {
            return Optional.empty();
        }
        double value = sign * e.thresholds().degrees(name);
        return Optional.of(new LineChart.Threshold(value, PlainWords.name(kind) + ": " + words + " ("
                + PlainWords.degrees(value) + ")", FlagStyle.of(kind).colour()));
    }

    private static List<LineChart.Span> spans(ExerciseResult r, Set<FlagKind> kinds) {
        return r.flags().stream().filter(f -> kinds.contains(f.kind())).map(f -> new LineChart.Span(f.startMicros(),
                f.endMicros(), FlagStyle.of(f.kind()).colour(), FlagStyle.of(f.kind()).letter())).toList();
    }

    private static LegendItem legend(FlagKind kind) {
        FlagStyle s = FlagStyle.of(kind);
        return new LegendItem(PlainWords.name(kind), s.colour(), s.letter());
    }

    /** "45 s", "1 min 05 s". */
    static String durationWords(long micros) {
        long s = Math.round(micros / 1e6);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
