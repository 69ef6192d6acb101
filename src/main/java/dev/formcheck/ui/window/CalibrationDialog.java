package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.CameraDevices;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.LoopingSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.pipeline.FramePipeline;
import dev.formcheck.pipeline.PipelineSummary;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.ui.model.CalibrationWizard;
import dev.formcheck.ui.model.SampleVideo;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tools &gt; Calibrate…: the guided calibration. It shows the camera, and renders what
 * {@link CalibrationWizard} says (what to fix, the countdown, the recording, the result next to the
 * defaults); Save stores the result in the user's calibration file. The camera and a Lightning model
 * of its own (the model the window judges with) run on the dialog's thread and are let go when the
 * wizard ends or the dialog closes.
 */
final class CalibrationDialog extends JDialog {
    final JRadioButton stanceChoice = new JRadioButton(CalibrationWizard.Posture.STANCE.label(), true);
    final JRadioButton sittingChoice = new JRadioButton(CalibrationWizard.Posture.SITTING.label());
    final JRadioButton deskStandingChoice = new JRadioButton(CalibrationWizard.Posture.DESK_STANDING.label());
    final JButton startButton = new JButton("Start");
    final JButton saveButton = new JButton("Save");
    final JButton closeButton = new JButton("Close");
    final JLabel headline = new JLabel(" ");
    final JLabel details = new JLabel(" ");
    final VideoView video = new VideoView(nanos -> { });

    /** What the wizard can watch: a camera, or a video standing in for one. */
    record Source(String label, Supplier<FrameSource> open) {
        /** A camera device ("/dev/video0", or a name), opened when the wizard starts. */
        static List<Source> camera(String device, String label) {
            return List.of(new Source(label, () -> CameraSource.open(CameraSource.Request.of(device))));
        }
    }

    final JComboBox<String> sourcePicker = new JComboBox<>();
    private final List<Source> sources = new ArrayList<>();
    private final Path target;
    private volatile CalibrationWizard wizard;
    private volatile FramePipeline<TrackedPose> pipeline;
    private volatile CalibrationWizard.Screen shown;

    /**
     * @param camera opens the camera, on the dialog's thread
     * @param target the calibration file the result is saved in
     */
    CalibrationDialog(Window owner, Supplier<FrameSource> camera, String cameraName, Path target) {
        this(owner, List.of(new Source(cameraName, camera)), target);
    }

    /**
     * @param offered what the picker offers, the first chosen; "a video file…" is added after them
     * @param target the calibration file the result is saved in
     */
    CalibrationDialog(Window owner, List<Source> offered, Path target) {
        super(owner, "Calibrate", ModalityType.MODELESS);
        sources.addAll(offered);
        sources.forEach(src -> sourcePicker.addItem(src.label()));
        sourcePicker.addItem(VIDEO_FILE);
        sourcePicker.setName("calibrationSource");
        this.target = target;
        setName("calibrationDialog");
        startButton.setName("calibrationStart");
        saveButton.setName("calibrationSave");
        headline.setName("calibrationHeadline");
        details.setName("calibrationDetails");
        headline.setFont(headline.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(22)));
        ButtonGroup group = new ButtonGroup();
        group.add(stanceChoice);
        group.add(sittingChoice);
        group.add(deskStandingChoice);
        deskStandingChoice.setToolTipText("For a standing desk: your standing posture, which desk mode judges you against"
                + " while you stand, with the camera where it is when you sit");
        saveButton.setEnabled(false);

        JPanel choices = new JPanel(new FlowLayout(FlowLayout.LEFT, UIScale.scale(8), 0));
        choices.add(new JLabel("Calibrate:"));
        choices.add(stanceChoice);
        choices.add(sittingChoice);
        choices.add(deskStandingChoice);
        choices.add(new JLabel("with"));
        choices.add(sourcePicker);
        choices.add(startButton);

        JPanel words = new JPanel();
        words.setLayout(new BoxLayout(words, BoxLayout.Y_AXIS));
        words.add(headline);
        words.add(details);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, UIScale.scale(6), 0));
        buttons.add(saveButton);
        buttons.add(closeButton);
        JPanel south = new JPanel(new BorderLayout());
        south.add(words, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.SOUTH);

        JPanel content = new JPanel(new BorderLayout(UIScale.scale(8), UIScale.scale(8)));
        content.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(10), UIScale.scale(10), UIScale.scale(10)));
        content.add(choices, BorderLayout.NORTH);
        content.add(video, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        video.setPreferredSize(new Dimension(UIScale.scale(560), UIScale.scale(420)));
        video.setPlaceholder("Choose what to calibrate, then Start.");
        details.setText(html(List.of("FormCheck measures your neutral posture for a few seconds and compares it with the defaults.",
                "Nothing is stored until you press Save.")));

        startButton.addActionListener(e -> start());
        saveButton.addActionListener(e -> save());
        closeButton.addActionListener(e -> dispose());
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                stopCamera();
            }
        });
        pack();
        setLocationRelativeTo(owner);
    }

    private static final String VIDEO_FILE = "A video file, as a stand-in camera…";

    /**
     * What this machine offers: its cameras as the workout's picker lists them, then the bundled
     * sample video; with no camera found the sample is first, so Start works at once.
     */
    static List<Source> sourcesHere() {
        List<Source> cameras = new ArrayList<>();
        for (CameraDevices.Device d : CameraDevices.list()) {
            cameras.addAll(Source.camera(d.id(), d.label()));
        }
        Optional<Source> sample = SampleVideo.find().map(v -> new Source("The sample video, as a stand-in camera", standIn(v)));
        List<Source> all = new ArrayList<>(cameras);
        sample.ifPresent(all::add);
        return all;
    }

    /** A video played as the camera would be (looped, real time): for machines without a camera, and for tests. */
    static Supplier<FrameSource> standIn(Path video) {
        return () -> new PacedSource(new LoopingSource(() -> VideoFileSource.open(video), Long.MAX_VALUE));
    }

    CalibrationWizard.Screen shown() {
        return shown;
    }

    /** The source picked; a video file is asked for here. Empty when the file chooser was cancelled. */
    private Optional<Source> pickedSource() {
        int i = sourcePicker.getSelectedIndex();
        if (i >= 0 && i < sources.size()) {
            return Optional.of(sources.get(i));
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("A video to stand in for the camera");
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        return Optional.of(new Source(file.getFileName() + " as the camera", standIn(file)));
    }

    private void start() {
        Optional<Source> picked = pickedSource();
        if (picked.isEmpty()) {
            return;
        }
        stopCamera();
        CalibrationWizard.Posture posture = sittingChoice.isSelected() ? CalibrationWizard.Posture.SITTING
                : deskStandingChoice.isSelected() ? CalibrationWizard.Posture.DESK_STANDING : CalibrationWizard.Posture.STANCE;
        Source source = picked.get();
        saveButton.setEnabled(false);
        startButton.setEnabled(false);
        stanceChoice.setEnabled(false);
        sittingChoice.setEnabled(false);
        deskStandingChoice.setEnabled(false);
        video.clear();
        video.setPlaceholder("Opening the camera…");
        headline.setText("Getting the camera ready…");
        sourcePicker.setEnabled(false);
        // the user's calibration file is read on the dialog's thread: the event thread never waits on the disk
        Thread t = new Thread(() -> {
            CalibrationWizard w;
            try {
                w = new CalibrationWizard(posture, thresholds(), source.label(),
                        Optional.of(MoveNetModel.LIGHTNING.id()), this::storedSitting);
            } catch (RuntimeException e) { // any failure, not only a FormCheckException, gives the controls back
                SwingUtilities.invokeLater(() -> {
                    headline.setText("Could not start");
                    details.setText(html(List.of(sentence(plain(e)))));
                    video.setPlaceholder("No picture");
                    enableControls();
                });
                return;
            }
            wizard = w;
            SwingUtilities.invokeLater(() -> render(w.screen()));
            run(w, source.open());
        }, "formcheck-calibration");
        t.setDaemon(true);
        t.start();
    }

    /** The user's thresholds (their calibration criteria), else the defaults when their file cannot be read; off the event thread. */
    private Thresholds thresholds() {
        if (!Files.exists(target)) {
            return CalibrationFiles.defaults();
        }
        try {
            return CalibrationFiles.loadUser(target).thresholds();
        } catch (FormCheckException e) {
            return CalibrationFiles.defaults();
        }
    }

    /** The sitting baseline stored in the target file, to compare a standing one with (read on the wizard's thread). */
    private Optional<dev.formcheck.analysis.thresholds.SittingBaseline> storedSitting() {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        try {
            return CalibrationFiles.loadUser(target).sitting();
        } catch (FormCheckException e) {
            return Optional.empty();
        }
    }

    /** The dialog's thread: camera, model and tracker until the wizard ends, the camera ends or Close. */
    private void run(CalibrationWizard w, Supplier<FrameSource> camera) {
        Optional<String> problem;
        String failed = "The camera is not available";
        try (FrameSource source = camera.get();
             MoveNetEstimator estimator = MoveNetEstimator.open(MoveNetModel.LIGHTNING, ModelFiles.modelsDirectory(),
                     InferenceSettings.defaults())) {
            int width = source.info().width();
            int height = source.info().height();
            PoseTracker tracker = new PoseTracker(estimator, TrackingSettings.defaults());
            FramePipeline<TrackedPose> p = new FramePipeline<>(source, FramePipeline.Mode.LIVE, tracker::track, frame -> {
                TrackedPose tracked = frame.result();
                video.offer(frame.frame(), tracked instanceof TrackedPose.PersonFound f ? f.smoothed() : null, null, null,
                        frame.capturedNanos());
                CalibrationWizard.Screen s = w.next(tracked, width, height);
                SwingUtilities.invokeLater(() -> render(s));
                if (s.finished()) {
                    pipeline.stop();
                }
            });
            pipeline = p;
            if (!isDisplayable()) {
                return;
            }
            PipelineSummary summary = p.run();
            problem = summary.failure().map(FormCheckException::getMessage);
        } catch (FormCheckException e) {
            problem = Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = Optional.empty();
        } catch (RuntimeException e) { // any failure, not only a FormCheckException, gives the controls back
            problem = Optional.of(plain(e));
            failed = "Could not start";
        }
        Optional<String> ended = problem;
        String headlineIfFailed = failed;
        SwingUtilities.invokeLater(() -> {
            if (wizard == w && !w.screen().finished()) {
                headline.setText(ended.isPresent() ? headlineIfFailed : "Stopped");
                details.setText(html(List.of(ended.map(CalibrationDialog::sentence).orElse("Start again when you are ready."))));
                video.setPlaceholder(ended.isPresent() ? "No picture" : "");
            }
            enableControls();
        });
    }

    private void enableControls() {
        startButton.setEnabled(true);
        stanceChoice.setEnabled(true);
        sittingChoice.setEnabled(true);
        deskStandingChoice.setEnabled(true);
        sourcePicker.setEnabled(true);
    }

    /** A failure's own message, else its kind: what the user is shown, never a stack trace. */
    private static String plain(RuntimeException e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Writes the measured result on a thread of its own (the event thread never waits on the disk), then shows it. */
    private void save() {
        CalibrationWizard w = wizard;
        saveButton.setEnabled(false);
        Thread t = new Thread(() -> {
            try {
                CalibrationWizard.Screen saved = w.save(target);
                SwingUtilities.invokeLater(() -> {
                    if (wizard == w) { // a wizard started since shows its own screen
                        render(saved);
                    }
                });
            } catch (RuntimeException e) { // a FormCheckException, or any other failure: the user may try again
                SwingUtilities.invokeLater(() -> {
                    if (wizard == w) {
                        headline.setText("Not saved");
                        details.setText(html(List.of(plain(e))));
                        saveButton.setEnabled(true);
                    }
                });
            }
        }, "formcheck-calibration-save");
        t.setDaemon(true);
        t.start();
    }

    private void render(CalibrationWizard.Screen s) {
        if (s.step() == CalibrationWizard.Step.SAVED && shown != null && shown.step() == CalibrationWizard.Step.SAVED) {
            return;
        }
        shown = s;
        headline.setText(s.headline());
        details.setText(html(s.details()));
        saveButton.setEnabled(s.step() == CalibrationWizard.Step.MEASURED);
        if (s.finished()) {
            startButton.setText("Again");
        }
    }

    private void stopCamera() {
        FramePipeline<TrackedPose> p = pipeline;
        if (p != null) {
            p.stop();
        }
    }

    /** A stage's message as a sentence: its first letter capitalised. */
    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String html(List<String> lines) {
        StringBuilder b = new StringBuilder("<html><body style='width: " + UIScale.scale(540) + "px'>");
        for (String line : lines) {
            b.append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("<br>");
        }
        return b.append("</html>").toString();
    }
}
