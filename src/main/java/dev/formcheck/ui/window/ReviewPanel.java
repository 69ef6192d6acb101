package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.report.ReportFiles;
import dev.formcheck.session.CancellableSource;
import dev.formcheck.session.ExerciseChoices;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.RecordingJudgement;
import dev.formcheck.session.RecordingReports;
import dev.formcheck.ui.model.ReviewFrames;
import dev.formcheck.ui.model.ReviewPlayer;
import dev.formcheck.ui.model.RunEndings;
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
import java.util.concurrent.atomic.AtomicReference;
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
    final JButton exportReport = new JButton("Export report…");
    final JButton previous = new JButton("◀ Frame");
    final JButton next = new JButton("Frame ▶");
    final JButton play = new JButton("Play");
    /** Steps through the kept frames at the video's pace while playing; a Swing timer, so on the EDT. */
    private final javax.swing.Timer playback = new javax.swing.Timer(33, e -> advance());
    final JProgressBar progress = new JProgressBar();
    final JPanel summary = new JPanel();
    final VideoView videoView = new VideoView(n -> { });
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
    /** Set on the EDT, read by the exports on their own threads. */
    private volatile ReviewPlayer player;
    /** The judging the shown analysis was made with, for its report. */
    private volatile ExerciseJudging reviewedWith;
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
        exportReport.setName("exportReport");
        exportReport.setEnabled(false);
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
        controls.add(exportReport);
        summary.setLayout(new BoxLayout(summary, BoxLayout.Y_AXIS));
        summary.setName("reviewSummary");
        summary.add(new JLabel("Open a video, or drop one here, to see every fault on a timeline."));
        JPanel north = new JPanel(new BorderLayout(0, UIScale.scale(6)));
        north.add(controls, BorderLayout.NORTH);
        north.add(summary, BorderLayout.CENTER);
        add(north, BorderLayout.NORTH);

        videoView.setName("player");
        videoView.setPlaceholder("No video yet");
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
        center.add(videoView, BorderLayout.CENTER);
        center.add(below, BorderLayout.SOUTH);
        reps.setName("reps");
        reps.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        reps.getSelectionModel().addListSelectionListener(e -> {
            int row = reps.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0 && player != null && row < player.model().reps().size()) {
                seekMicros(player.model().reps().get(row).seekMicros());
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

    /** Chooses {@code name} in the exercise box (a saved set is reviewed as the exercise it was). */
    void choose(String name) {
        int i = exerciseNames.indexOf(name);
        if (i >= 0) {
            exercise.setSelectedIndex(i);
        }
    }

    String selectedExercise() {
        return exerciseNames.get(Math.max(0, exercise.getSelectedIndex()));
    }

    Optional<ReviewViewModel> model() {
        return Optional.ofNullable(player).map(ReviewPlayer::model);
    }

    /** Analyses {@code file} on a thread of its own, with progress and cancel. */
    void analyse(Path file) {
        analyse(file, java.util.OptionalLong.empty());
    }

    /** As {@link #analyse(Path)}, then shows the moment {@code startMicros} (a saved set's start) instead of the first fault. */
    void analyse(Path file, java.util.OptionalLong startMicros) {
        cancel();
        String chosen = selectedExercise();
        progress.setValue(0);
        progress.setVisible(true);
        progress.setString("Loading the models…");
        cancelButton.setEnabled(true);
        openButton.setEnabled(false);
        exportJson.setEnabled(false);
        exportOverlay.setEnabled(false);
        exportReport.setEnabled(false);
        status.accept("Analysing " + file.getFileName() + "…");
        AtomicReference<Optional<ReviewPlayer>> result = new AtomicReference<>(Optional.empty());
        ModelRun.start("formcheck-review", engines, chosen, (e, judging) -> runAnalysis(e, judging, file, result), message -> {
            analysing = null;
            progress.setVisible(false);
            cancelButton.setEnabled(false);
            openButton.setEnabled(true);
            status.accept(message);
            result.get().ifPresent(p -> {
                show(p);
                startMicros.ifPresent(this::seekMicros);
            });
        });
    }

    /** The analysis' own thread: judges the file, keeping preview frames and reporting progress as it goes. */
    private String runAnalysis(Engines e, ExerciseJudging judging, Path file, AtomicReference<Optional<ReviewPlayer>> result)
            throws InterruptedException {
        try (CancellableSource source = new CancellableSource(RecordingJudgement.open(file, 30, 1))) {
            analysing = source;
            long total = Math.max(1, source.info().frameCount());
            ReviewFrames store = new ReviewFrames(source.info().frameCount());
            AtomicInteger done = new AtomicInteger();
            AtomicBoolean queued = new AtomicBoolean();
            RecordingJudgement.Judged judged = RecordingJudgement.judge(file, source, e.pose, e.pose.model().id(),
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
                    });
            if (!source.cancelled()) {
                result.set(Optional.of(new ReviewPlayer(new ReviewViewModel(judged, judging.thresholds()), store)));
                reviewedWith = judging;
            }
            return RunEndings.analysisEnded(source.cancelled(), judged.problem(), file.getFileName().toString());
        }
    }

    void cancel() {
        CancellableSource s = analysing;
        if (s != null) {
            s.cancel();
        }
    }

    private void show(ReviewPlayer p) {
        playback.stop();
        play.setText("Play");
        ReviewViewModel m = p.model();
        player = p;
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
        exportReport.setEnabled(true);
        showFrame(0);
        seekMicros(m.firstInterestingMicros());
    }

    private void togglePlay() {
        if (playback.isRunning()) {
            playback.stop();
            play.setText("Play");
            return;
        }
        if (player == null || player.isEmpty()) {
            return;
        }
        if (shown >= player.size() - 1) {
            showFrame(0);
        }
        playback.setDelay(player.stepMillis());
        playback.start();
        play.setText("Pause");
    }

    private void advance() {
        if (player == null || shown >= player.size() - 1) {
            playback.stop();
            play.setText("Play");
            return;
        }
        showFrame(shown + 1);
    }

    private void step(int delta) {
        if (player != null && !player.isEmpty()) {
            showFrame(player.step(shown, delta));
        }
    }

    void seekMicros(long micros) {
        if (player != null && !player.isEmpty()) {
            showFrame(player.indexAt(micros));
        }
    }

    /** The frame {@link #seekMicros} would show for {@code micros}; -1 with nothing loaded. */
    int frameAt(long micros) {
        ReviewPlayer p = player;
        return p == null || p.isEmpty() ? -1 : p.indexAt(micros);
    }

    int shownFrame() {
        return shown;
    }

    private void showFrame(int i) {
        if (player == null || player.isEmpty()) {
            return;
        }
        ReviewPlayer.Shown s = player.show(i);
        shown = s.index();
        videoView.offerPixels(s.pixels(), s.width(), s.height(), s.pose().orElse(null), s.outline().orElse(null),
                s.outlineNote().orElse(null));
        timeline.setPlayhead(s.playhead());
        timeLabel.setText(s.time());
    }

    /** Writes the overlay video to {@code target} (decoding the video again); on this thread, never the EDT. */
    Optional<String> exportOverlay(Path target) {
        return player == null ? Optional.of("nothing analysed yet")
                : RecordingJudgement.exportOverlay(player.model().judged(), target, false);
    }

    /** Every frame was analysed (the review opens a video with a stride of 1), as the report's stills need to know. */
    private static final int REVIEW_STRIDE = 1;

    /**
     * Writes the HTML report of the reviewed video to {@code target} (docs/report.md), as
     * {@code analyze --report} does; decodes the video again for its key frames, so on this
     * thread, never the EDT. Returns why it was not written, if it was not.
     */
    Optional<String> exportReport(Path target) {
        ReviewPlayer p = player;
        ExerciseJudging judging = reviewedWith;
        return p == null || judging == null ? Optional.of("nothing analysed yet")
                : RecordingReports.write(p.model().judged(), judging, REVIEW_STRIDE, target);
    }

    /** Writes the analysis JSON (docs/analysis-json.md) to {@code target}, atomically; on this thread. */
    void exportJson(Path target) {
        if (player != null) {
            ReportFiles.writeJson(target, player.model().judged().document());
        }
    }
}
