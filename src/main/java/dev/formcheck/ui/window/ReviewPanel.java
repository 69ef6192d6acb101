package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.report.ReportFiles;
import dev.formcheck.session.CancellableSource;
import dev.formcheck.session.ExerciseChoices;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.RecordingJudgement;
import dev.formcheck.ui.model.ReviewFrames;
import dev.formcheck.ui.model.ReviewViewModel;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.table.DefaultTableModel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The review screen: a recorded video analysed as fast as the machine allows (progress and
 * cancel), then a player with the flags on a timeline, a table of reps, frame stepping and
 * exports. The content is {@link ReviewViewModel}'s; the analysis is {@link RecordingJudgement},
 * the same as {@code analyze}'s.
 */
final class ReviewPanel extends JPanel {
    private final CompletableFuture<Engines> engines;
    private final Consumer<String> status;

    final JComboBox<String> exercise = new JComboBox<>();
    private final List<String> exerciseNames = ExerciseChoices.all();
    final JButton openButton = new JButton("Open video…");
    final JButton cancelButton = new JButton("Cancel");
    final JButton exportJson = new JButton("Export JSON…");
    final JButton exportOverlay = new JButton("Export overlay video…");
    final JButton previous = new JButton("◀ Frame");
    final JButton next = new JButton("Frame ▶");
    final JButton play = new JButton("Play");
    /** Steps through the kept frames at the video's pace while playing; a Swing timer, so on the EDT. */
    private final javax.swing.Timer playback = new javax.swing.Timer(33, e -> advance());
    final JProgressBar progress = new JProgressBar();
    final JPanel summary = new JPanel();
    final VideoView player = new VideoView(n -> { });
    final Timeline timeline;
    final JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEADING, UIScale.scale(10), 0));
    final DefaultTableModel repTable = new DefaultTableModel(
            new String[] {"Rep", "Depth", "Range", "Tempo", "Worst back", "Faults"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    final JTable reps = new JTable(repTable);
    final JLabel timeLabel = new JLabel(" ");

    private volatile CancellableSource analysing;
    private ReviewViewModel model;
    private ReviewFrames frames;
    private int shown;

    ReviewPanel(CompletableFuture<Engines> engines, Consumer<String> status, Consumer<Path> openFile) {
        super(new BorderLayout(UIScale.scale(8), UIScale.scale(8)));
        this.engines = engines;
        this.status = status;
        this.timeline = new Timeline(this::seekMicros);
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(8), UIScale.scale(8), UIScale.scale(8), UIScale.scale(8)));
        exerciseNames.forEach(n -> exercise.addItem(PlainWords.exercise(n)));
        exercise.setSelectedIndex(exerciseNames.size() - 1);
        exercise.setName("reviewExercise");
        openButton.setName("open");
        cancelButton.setName("cancel");
        cancelButton.setEnabled(false);
        cancelButton.addActionListener(e -> cancel());
        exportJson.setName("exportJson");
        exportJson.setEnabled(false);
        exportOverlay.setName("exportOverlay");
        exportOverlay.setEnabled(false);
        previous.setName("previousFrame");
        next.setName("nextFrame");
        play.setName("play");
        play.addActionListener(e -> togglePlay());
        previous.addActionListener(e -> step(-1));
        next.addActionListener(e -> step(1));
        progress.setName("progress");
        progress.setStringPainted(true);
        progress.setVisible(false);
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEADING, UIScale.scale(8), 0));
        controls.add(new JLabel("Exercise"));
        controls.add(exercise);
        controls.add(openButton);
        controls.add(progress);
        controls.add(cancelButton);
        controls.add(exportJson);
        controls.add(exportOverlay);
        summary.setLayout(new BoxLayout(summary, BoxLayout.Y_AXIS));
        summary.setName("reviewSummary");
        summary.add(new JLabel("Open a video, or drop one here, to see every fault on a timeline."));
        JPanel north = new JPanel(new BorderLayout(0, UIScale.scale(6)));
        north.add(controls, BorderLayout.NORTH);
        north.add(summary, BorderLayout.CENTER);
        add(north, BorderLayout.NORTH);

        player.setName("player");
        player.setPlaceholder("No video yet");
        JPanel playerControls = new JPanel(new FlowLayout(FlowLayout.LEADING, UIScale.scale(8), 0));
        playerControls.add(play);
        playerControls.add(previous);
        playerControls.add(next);
        playerControls.add(timeLabel);
        legend.setName("legend");
        JPanel below = new JPanel();
        below.setLayout(new BoxLayout(below, BoxLayout.Y_AXIS));
        below.add(timeline);
        below.add(legend);
        below.add(playerControls);
        JPanel center = new JPanel(new BorderLayout());
        center.add(player, BorderLayout.CENTER);
        center.add(below, BorderLayout.SOUTH);
        reps.setName("reps");
        reps.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        reps.getSelectionModel().addListSelectionListener(e -> {
            int row = reps.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && model != null && row < model.reps().size()) {
                seekMicros(model.reps().get(row).seekMicros());
            }
        });
        reps.setRowHeight(UIScale.scale(24));
        JScrollPane table = new JScrollPane(reps);
        table.setPreferredSize(new Dimension(UIScale.scale(560), UIScale.scale(160)));
        center.setPreferredSize(new Dimension(UIScale.scale(600), UIScale.scale(420)));
        add(center, BorderLayout.CENTER);
        add(table, BorderLayout.SOUTH);
        setTransferHandler(new TransferHandler() {
            @Override
            public boolean canImport(TransferSupport support) {
                return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    @SuppressWarnings("unchecked")
                    List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                    if (files.isEmpty()) {
                        return false;
                    }
                    openFile.accept(files.get(0).toPath());
                    return true;
                } catch (UnsupportedFlavorException | IOException e) {
                    status.accept("That could not be dropped here: " + e.getMessage());
                    return false;
                }
            }
        });
    }

    String selectedExercise() {
        return exerciseNames.get(Math.max(0, exercise.getSelectedIndex()));
    }

    Optional<ReviewViewModel> model() {
        return Optional.ofNullable(model);
    }

    /** Analyses {@code file} on a thread of its own, with progress and cancel. */
    void analyse(Path file) {
        cancel();
        String chosen = selectedExercise();
        progress.setValue(0);
        progress.setVisible(true);
        progress.setString("Loading the models…");
        cancelButton.setEnabled(true);
        openButton.setEnabled(false);
        exportJson.setEnabled(false);
        exportOverlay.setEnabled(false);
        status.accept("Analysing " + file.getFileName() + "…");
        Thread t = new Thread(() -> runAnalysis(file, chosen), "formcheck-review");
        t.setDaemon(true);
        t.start();
    }

    private void runAnalysis(Path file, String chosen) {
        Optional<RecordingJudgement.Judged> judged = Optional.empty();
        ReviewFrames kept = null;
        String message;
        try {
            Engines e = engines.get();
            UserCalibration calibration = CalibrationFiles.forCurrentUser();
            ExerciseJudging judging = new ExerciseJudging(chosen, Load.BODYWEIGHT, calibration.thresholds(),
                    calibration.neutralPosture());
            try (CancellableSource source = new CancellableSource(RecordingJudgement.open(file, 30, 1))) {
                analysing = source;
                long total = Math.max(1, source.info().frameCount());
                ReviewFrames store = new ReviewFrames(source.info().frameCount());
                kept = store;
                AtomicInteger done = new AtomicInteger();
                AtomicBoolean queued = new AtomicBoolean();
                judged = Optional.of(RecordingJudgement.judge(file, source, e.pose, e.pose.model().id(),
                        Optional.of(e.outlines), Optional.of(judging), (frame, outline) -> {
                            store.add(frame.frame().pixels(), frame.frame().width(), frame.frame().height());
                            done.incrementAndGet();
                            if (queued.compareAndSet(false, true)) {
                                SwingUtilities.invokeLater(() -> {
                                    queued.set(false);
                                    int percent = (int) Math.min(100, 100 * done.get() / total);
                                    progress.setValue(percent);
                                    progress.setString(percent + "%");
                                });
                            }
                        }));
                message = source.cancelled() ? "Cancelled." : judged.get().problem()
                        .map(p -> "The video could not be read to its end: " + p).orElse("Analysed " + file.getFileName() + ".");
                if (source.cancelled()) {
                    judged = Optional.empty();
                }
            }
        } catch (ExecutionException ex) {
            message = "The models could not be loaded: " + ex.getCause().getMessage();
        } catch (FormCheckException ex) {
            message = ex.getMessage();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            message = "Stopped.";
        }
        analysing = null;
        Optional<RecordingJudgement.Judged> result = judged;
        ReviewFrames keptFrames = kept;
        String text = message;
        SwingUtilities.invokeLater(() -> {
            progress.setVisible(false);
            cancelButton.setEnabled(false);
            openButton.setEnabled(true);
            status.accept(text);
            result.ifPresent(j -> show(new ReviewViewModel(j), keptFrames));
        });
    }

    void cancel() {
        CancellableSource s = analysing;
        if (s != null) {
            s.cancel();
        }
    }

    private void show(ReviewViewModel m, ReviewFrames f) {
        playback.stop();
        play.setText("Play");
        model = m;
        frames = f;
        summary.removeAll();
        boolean first = true;
        for (String line : m.summary()) {
            JLabel l = new JLabel(line);
            l.setFont(l.getFont().deriveFont(first ? Font.BOLD : Font.PLAIN, (float) UIScale.scale(first ? 17 : 14)));
            summary.add(l);
            first = false;
        }
        summary.revalidate();
        summary.repaint();
        timeline.setModel(m);
        legend.removeAll();
        legend.add(new JLabel("Timeline:"));
        for (ReviewViewModel.LegendEntry entry : m.legend()) {
            JLabel swatch = new JLabel("■ " + entry.name());
            swatch.setForeground(new Color(entry.rgb()));
            swatch.setFont(swatch.getFont().deriveFont(Font.BOLD));
            legend.add(swatch);
        }
        if (m.legend().isEmpty()) {
            legend.add(new JLabel("no faults marked"));
        }
        legend.revalidate();
        repTable.setRowCount(0);
        for (ReviewViewModel.RepRow r : m.reps()) {
            repTable.addRow(new Object[] {r.rep(), r.depth(), r.range(), r.tempo(), r.worstSpine(), r.flags()});
        }
        exportJson.setEnabled(true);
        exportOverlay.setEnabled(true);
        showFrame(0);
        seekMicros(m.firstInterestingMicros());
    }

    private void togglePlay() {
        if (playback.isRunning()) {
            playback.stop();
            play.setText("Play");
            return;
        }
        if (frames == null || frames.size() == 0) {
            return;
        }
        if (shown >= frames.size() - 1) {
            showFrame(0);
        }
        double fps = model.judged().recording().source().fps();
        int keptEvery = frames.size() > 1 ? Math.max(1, frames.sourceIndex(1) - frames.sourceIndex(0)) : 1;
        playback.setDelay((int) Math.max(10, Math.round(1000.0 * keptEvery / (fps > 0 ? fps : 30))));
        playback.start();
        play.setText("Pause");
    }

    private void advance() {
        if (frames == null || shown >= frames.size() - 1) {
            playback.stop();
            play.setText("Play");
            return;
        }
        showFrame(shown + 1);
    }

    private void step(int delta) {
        if (frames != null && frames.size() > 0) {
            showFrame(Math.max(0, Math.min(frames.size() - 1, shown + delta)));
        }
    }

    void seekMicros(long micros) {
        if (model == null || frames == null || frames.size() == 0) {
            return;
        }
        List<TrackedPose> poses = model.judged().recording().frames();
        int best = 0;
        for (int i = 0; i < frames.size(); i++) {
            int src = frames.sourceIndex(i);
            if (src < poses.size() && poses.get(src).timestampMicros() <= micros) {
                best = i;
            }
        }
        showFrame(best);
    }

    int shownFrame() {
        return shown;
    }

    private void showFrame(int i) {
        if (frames == null || frames.size() == 0) {
            return;
        }
        shown = i;
        int src = frames.sourceIndex(i);
        RecordingJudgement.Judged j = model.judged();
        List<TrackedPose> poses = j.recording().frames();
        TrackedPose tracked = src < poses.size() ? poses.get(src) : null;
        Pose pose = tracked instanceof TrackedPose.PersonFound found ? scaled(found.smoothed(), frames.scale()) : null;
        BackOutline outline = src < j.recording().outlines().size() ? scaled(j.recording().outlines().get(src), frames.scale()) : null;
        player.offerPixels(frames.frame(i), frames.width(), frames.height(), pose, outline);
        long t = tracked == null ? 0 : tracked.timestampMicros();
        timeline.setPlayhead(t / (double) model.durationMicros());
        timeLabel.setText(String.format(java.util.Locale.ROOT, "%.2f s · frame %d of %d", t / 1e6, src + 1, poses.size()));
    }

    private static Pose scaled(Pose p, double s) {
        return new Pose(p.timestampMicros(), p.keypoints().stream()
                .map(k -> new Keypoint(k.part(), k.x() * s, k.y() * s, k.score())).toList());
    }

    private static BackOutline scaled(BackOutline o, double s) {
        if (o instanceof BackOutline.Traced t) {
            return new BackOutline.Traced(t.timestampMicros(), t.lumbarAngleDegrees(), t.coverage(),
                    t.contour().stream().map(p -> new BackOutline.Point(p.x() * s, p.y() * s)).toList());
        }
        return o;
    }

    /** Writes the overlay video to {@code target} (decoding the video again); on this thread, never the EDT. */
    Optional<String> exportOverlay(Path target) {
        return model == null ? Optional.of("nothing analysed yet")
                : RecordingJudgement.exportOverlay(model.judged(), target, false);
    }

    /** Writes the analysis JSON (docs/analysis-json.md) to {@code target}, atomically; on this thread. */
    void exportJson(Path target) {
        if (model != null) {
            ReportFiles.writeJson(target, model.judged().document());
        }
    }
}
