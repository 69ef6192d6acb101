package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.capture.CameraDevices;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.feedback.Coach;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.session.ExerciseChoices;
import dev.formcheck.session.SavedSet;
import dev.formcheck.session.SetRecord;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.JournalLink;
import dev.formcheck.session.LiveRecorder;
import dev.formcheck.session.LiveWorkout;
import dev.formcheck.session.SessionRecording;
import dev.formcheck.session.WorkoutSession;
import dev.formcheck.session.WorkoutSettings;
import dev.formcheck.ui.model.CameraAvailability;
import dev.formcheck.ui.model.LatencyRecorder;
import dev.formcheck.ui.model.RunEndings;
import dev.formcheck.ui.model.WorkoutScreen;
import dev.formcheck.ui.model.WorkoutViewModel;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The workout screen: pick the exercise and the camera (or a video standing in for one), then the
 * video with the skeleton, the angles, the counter, the warning to fix and the set's card. The
 * decisions are {@link WorkoutViewModel}'s, on the workout's thread; this panel copies the newest
 * {@link WorkoutScreen} into its labels on the EDT.
 */
final class WorkoutPanel extends JPanel {
    private final CompletableFuture<Engines> engines;
    private final Consumer<String> status;
    private final Consumer<Coach.Utterance> voice;
    private final Consumer<String> exerciseChosen;

    final JComboBox<String> exercise = new JComboBox<>();
    private final List<String> exerciseNames = ExerciseChoices.all();
    final JComboBox<String> camera = new JComboBox<>();
    private final List<CameraDevices.Device> cameras = CameraDevices.list();
    final JButton cameraButton = new JButton("Start camera");
    final JButton sampleButton = new JButton("Use the sample video");
    final JButton videoButton = new JButton("Video as camera…");
    final JButton stopButton = new JButton("Stop");
    final JLabel cameraNote = new JLabel();
    final VideoView video;
    final JLabel exerciseLabel = new JLabel(" ");
    final JLabel counterCaption = new JLabel("Reps");
    final JLabel counter = new JLabel("0");
    final JLabel phase = new JLabel(" ");
    final JLabel spine = new JLabel("Back —");
    final JLabel hip = new JLabel("Hip —");
    final JLabel knee = new JLabel("Knee —");
    final JLabel warningTitle = new JLabel(" ");
    final JLabel warningCue = new JLabel(" ");
    private final JPanel warning = new JPanel();
    final JPanel card = new JPanel();
    final JLabel cardTitle = new JLabel(" ");
    private final JPanel cardLines = new JPanel();

    private final AtomicReference<WorkoutScreen> newest = new AtomicReference<>();
    private final AtomicBoolean paintQueued = new AtomicBoolean();
    private final LatencyRecorder latency = new LatencyRecorder(4096);
    private volatile LiveWorkout running;
    /** New frames painted (on the EDT), for the benchmark's frame rate. */
    private volatile int framesPainted;
    private volatile WorkoutViewModel model;
    /** Whether each rep's number is said; set by the window's menu. */
    volatile boolean speakReps;
    final HowToPanel howTo = new HowToPanel();
    private final java.awt.CardLayout centreCards = new java.awt.CardLayout();
    private final JPanel centre = new JPanel(centreCards);
    final JLabel setup = new JLabel(" ");
    final JLabel sides = new JLabel(" ");
    final JButton saveSet = new JButton("Save set as review");
    final JButton notePain = new JButton("Note pain…");
    /** "Keep this workout in my history": off is the window's --no-record; remembered in the settings. */
    final javax.swing.JCheckBox keepRecord = new javax.swing.JCheckBox("Keep in my history", true);
    /** Opens the journal's entry form linked to a session (or unlinked, when there is none); set by the window. */
    volatile Consumer<Optional<JournalLink>> painNoter = link -> { };
    /** The running or last workout's kept session, empty when it is not recorded. */
    private volatile Optional<String> sessionId = Optional.empty();
    /** Opens a video in the Review screen; set by the window. */
    /** Opens a saved set's video in Review at the set's start (microseconds into the video). */
    volatile java.util.function.ObjLongConsumer<Path> reviewer = (p, start) -> { };
    private volatile Optional<SetRecord> lastSet = Optional.empty();
    private volatile String lastExercise = "";
    private volatile Optional<Path> lastVideo = Optional.empty();

    WorkoutPanel(CompletableFuture<Engines> engines, String chosenExercise, Consumer<String> status,
                 Consumer<Coach.Utterance> voice, Consumer<String> exerciseChosen) {
        super(new BorderLayout(UIScale.scale(8), UIScale.scale(8)));
        this.engines = engines;
        this.status = status;
        this.voice = voice;
        this.exerciseChosen = exerciseChosen;
        this.video = new VideoView(nanos -> {
            latency.add(nanos);
            framesPainted++;
        });
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(8), UIScale.scale(8), UIScale.scale(8), UIScale.scale(8)));
        exerciseNames.forEach(n -> exercise.addItem(PlainWords.exercise(n)));
        exercise.setSelectedIndex(Math.max(0, exerciseNames.indexOf(chosenExercise)));
        exercise.setName("exercise");
        exercise.addActionListener(e -> {
            exerciseChosen.accept(selectedExercise());
            if (running == null) {
                showHowTo();
            }
        });
        camera.setName("camera");
        cameraButton.setName("startCamera");
        cameras.forEach(c -> camera.addItem(c.label()));
        if (cameras.isEmpty()) {
            camera.addItem("No camera found");
        }
        camera.setEnabled(!cameras.isEmpty());
        cameraButton.setEnabled(!cameras.isEmpty());
        cameraButton.addActionListener(e -> startWithCamera(cameras.get(Math.max(0, camera.getSelectedIndex()))));
        sampleButton.setName("sample");
        videoButton.setName("videoAsCamera");
        stopButton.setName("stop");
        stopButton.setEnabled(false);
        stopButton.addActionListener(e -> stop());

        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEADING, UIScale.scale(8), 0));
        controls.add(new JLabel("Exercise"));
        controls.add(exercise);
        controls.add(camera);
        controls.add(cameraButton);
        controls.add(sampleButton);
        controls.add(videoButton);
        controls.add(stopButton);
        keepRecord.setName("keepRecord");
        keepRecord.setToolTipText("Off: this workout is not kept in your history (nothing is written)");
        controls.add(keepRecord);
        JPanel north = new JPanel(new BorderLayout());
        north.add(controls, BorderLayout.NORTH);
        cameraNote.setName("cameraNote");
        CameraAvailability.problem(cameras).ifPresent(cameraNote::setText);
        cameraNote.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(6), UIScale.scale(4), 0, 0));
        north.add(cameraNote, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);

        video.setName("video");
        video.setPlaceholder("Choose a camera or a video to start");
        centre.add(howTo, "howTo");
        centre.add(video, "video");
        add(centre, BorderLayout.CENTER);
        showHowTo();
        add(sidePanel(), BorderLayout.EAST);
    }

    private Component sidePanel() {
        JPanel side = new JPanel();
        side.setLayout(new BoxLayout(side, BoxLayout.Y_AXIS));
        side.setPreferredSize(new java.awt.Dimension(UIScale.scale(380), 10));
        exerciseLabel.setName("exerciseLabel");
        exerciseLabel.setFont(exerciseLabel.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(20)));
        counterCaption.setFont(counterCaption.getFont().deriveFont((float) UIScale.scale(18)));
        counter.setName("counter");
        counter.setFont(counter.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(96)));
        phase.setName("phase");
        phase.setFont(phase.getFont().deriveFont((float) UIScale.scale(16)));
        sides.setName("sides");
        sides.setFont(sides.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(22)));
        setup.setName("setup");
        setup.setOpaque(true);
        setup.setFont(setup.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(24)));
        setup.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(8), UIScale.scale(10), UIScale.scale(8), UIScale.scale(10)));
        setup.setVisible(false);
        for (JLabel l : List.of(spine, hip, knee)) {
            l.setFont(l.getFont().deriveFont((float) UIScale.scale(22)));
        }
        spine.setName("spine");
        hip.setName("hip");
        knee.setName("knee");
        warning.setLayout(new BoxLayout(warning, BoxLayout.Y_AXIS));
        warning.setBackground(new Color(0xFF, 0xD6, 0x00)); // black on yellow: the highest contrast that reads "warning"
        warning.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(12), UIScale.scale(10), UIScale.scale(12)));
        warningTitle.setName("warningTitle");
        warningTitle.setForeground(Color.BLACK);
        warningTitle.setFont(warningTitle.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(30)));
        warningCue.setName("warningCue");
        warningCue.setForeground(Color.BLACK);
        warningCue.setFont(warningCue.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(24)));
        warning.add(warningTitle);
        warning.add(warningCue);
        warning.setVisible(false);
        warning.setAlignmentX(LEFT_ALIGNMENT);
        card.setLayout(new BoxLayout(card, BoxLayout.Y_AXIS));
        card.setName("setCard");
        card.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(new Color(0x56, 0xB4, 0xE9), UIScale.scale(2)),
                BorderFactory.createEmptyBorder(UIScale.scale(8), UIScale.scale(10), UIScale.scale(8), UIScale.scale(10))));
        cardTitle.setName("setCardTitle");
        cardTitle.setFont(cardTitle.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(20)));
        cardLines.setLayout(new BoxLayout(cardLines, BoxLayout.Y_AXIS));
        card.add(cardTitle);
        card.add(cardLines);
        saveSet.setName("saveSet");
        saveSet.addActionListener(e -> saveLastSet());
        notePain.setName("notePain");
        notePain.setToolTipText("A pain journal entry, linked to this workout");
        notePain.addActionListener(e -> notePain());
        JPanel cardButtons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        cardButtons.setOpaque(false);
        cardButtons.setAlignmentX(LEFT_ALIGNMENT);
        cardButtons.add(saveSet);
        cardButtons.add(Box.createHorizontalStrut(UIScale.scale(8)));
        cardButtons.add(notePain);
        card.add(cardButtons);
        card.setVisible(false);
        card.setAlignmentX(LEFT_ALIGNMENT);
        for (Component c : List.of(exerciseLabel, counterCaption, counter, sides, phase, setup, spine, hip, knee)) {
            ((JLabel) c).setAlignmentX(LEFT_ALIGNMENT);
            ((JLabel) c).setHorizontalAlignment(SwingConstants.LEADING);
        }
        side.add(exerciseLabel);
        side.add(Box.createVerticalStrut(UIScale.scale(8)));
        side.add(counterCaption);
        side.add(counter);
        side.add(sides);
        side.add(phase);
        side.add(Box.createVerticalStrut(UIScale.scale(8)));
        side.add(setup);
        side.add(Box.createVerticalStrut(UIScale.scale(12)));
        side.add(spine);
        side.add(hip);
        side.add(knee);
        side.add(Box.createVerticalStrut(UIScale.scale(12)));
        side.add(warning);
        side.add(Box.createVerticalStrut(UIScale.scale(12)));
        side.add(card);
        side.add(Box.createVerticalGlue());
        return side;
    }

    /** Saves the set on the card (off the EDT) and opens its video in Review where there is one. */
    void saveLastSet() {
        Optional<SetRecord> set = lastSet;
        if (set.isEmpty()) {
            return;
        }
        String exerciseName = lastExercise;
        Optional<Path> videoFile = lastVideo;
        saveSet.setEnabled(false);
        Thread t = new Thread(() -> {
            String message;
            Optional<Path> review = Optional.empty();
            try {
                SavedSet.Saved saved = SavedSet.write(SavedSet.folder(), exerciseName, set.get(), videoFile,
                        java.time.LocalDateTime.now());
                message = RunEndings.setSaved(saved);
                review = saved.video();
            } catch (FormCheckException ex) {
                message = "The set could not be saved: " + ex.getMessage();
            }
            String text = message;
            Optional<Path> toReview = review;
            SwingUtilities.invokeLater(() -> {
                saveSet.setEnabled(true);
                status.accept(text);
                toReview.ifPresent(video -> reviewer.accept(video, set.get().startMicros()));
            });
        }, "formcheck-save-set");
        t.setDaemon(true);
        t.start();
    }

    /** Opens the journal's form linked to this workout's kept session (read off the EDT), unlinked when it is not kept. */
    void notePain() {
        Optional<String> id = sessionId;
        notePain.setEnabled(false);
        Thread t = new Thread(() -> {
            Optional<JournalLink> link = Optional.empty();
            String problem = null;
            if (id.isPresent()) {
                try {
                    link = Optional.of(JournalLink.find(new SessionStore(UserDataDirectory.resolve()), id.get(), java.time.ZoneId.systemDefault()));
                } catch (FormCheckException ex) {
                    problem = "The entry is not linked to this workout: " + ex.getMessage();
                }
            }
            Optional<JournalLink> found = link;
            String message = problem;
            SwingUtilities.invokeLater(() -> {
                notePain.setEnabled(true);
                if (message != null) {
                    status.accept(message);
                }
                painNoter.accept(found);
            });
        }, "formcheck-note-pain");
        t.setDaemon(true);
        t.start();
    }

    /** The how-to of the chosen exercise in the video's place, until a run starts. */
    void showHowTo() {
        howTo.show(selectedExercise());
        centreCards.show(centre, "howTo");
    }

    String selectedExercise() {
        return exerciseNames.get(Math.max(0, exercise.getSelectedIndex()));
    }

    /** Where the set on the card began, in its video's time (a test looks for Review opening there). */
    java.util.OptionalLong lastSetStartMicros() {
        return lastSet.map(r -> java.util.OptionalLong.of(r.startMicros())).orElse(java.util.OptionalLong.empty());
    }

    boolean isRunning() {
        return running != null;
    }

    int framesPainted() {
        return framesPainted;
    }

    /** Readings of the back's outline the running workout asked for so far; 0 when none runs. */
    long outlineReadings() {
        LiveWorkout live = running;
        return live == null ? 0 : live.outlineReadings();
    }

    LatencyRecorder latency() {
        return latency;
    }

    /**
     * Plays {@code file} at its own pace as if it were a camera. A recording cannot wait for a
     * countdown, so counting starts at once (decision 0044); a camera gets the position check and
     * the countdown ({@link WorkoutSettings#defaults()}).
     */
    void startWithVideo(Path file) {
        startWithVideo(file, WorkoutSettings.forVideo());
    }

    /**
     * As {@link #startWithVideo(Path)} with the workout's settings given, which say whether it has a
     * countdown and whether every frame is judged ({@link WorkoutSettings#frames()}: paced as a camera
     * while the machine keeps up, behind real time when it does not).
     */
    void startWithVideo(Path file, WorkoutSettings settings) {
        start(file.getFileName() + " as the camera", file.toAbsolutePath() + " (as the camera)",
                () -> new PacedSource(VideoFileSource.open(file)), Optional.of(file), settings);
    }

    /** A real camera: the position check and the countdown, then counting; unplugging it keeps what was recorded. */
    void startWithCamera(CameraDevices.Device device) {
        start(device.label(), device.label(), () -> CameraSource.open(CameraSource.Request.of(device.id())), Optional.empty(),
                WorkoutSettings.defaults());
    }

    /**
     * Starts a workout on {@code source} (opened on the workout's thread), the video file it plays when it is one;
     * {@code recordedAs} names the source in the workout's session record.
     */
    private void start(String what, String recordedAs, java.util.function.Supplier<FrameSource> source, Optional<Path> file,
                       WorkoutSettings settings) {
        if (running != null) {
            stop();
        }
        String chosen = selectedExercise();
        boolean keep = keepRecord.isSelected(); // read here, on the EDT, not on the workout's thread
        centreCards.show(centre, "video");
        video.clear();
        video.setPlaceholder("Loading the models…");
        stopButton.setEnabled(true);
        exercise.setEnabled(false);
        status.accept("Starting " + what + "…");
        ModelRun.start("formcheck-workout", engines, chosen, (e, judging) -> run(e, judging, recordedAs, source, file, settings, keep), message -> {
            running = null;
            stopButton.setEnabled(false);
            exercise.setEnabled(true);
            status.accept(message);
        });
    }

    /** The workout's own thread: runs until the source ends or Stop; what was recorded is kept either way. */
    private String run(Engines e, ExerciseJudging judging, String recordedAs, java.util.function.Supplier<FrameSource> open,
                       Optional<Path> file, WorkoutSettings settings, boolean keep)
            throws InterruptedException {
        WorkoutViewModel vm = new WorkoutViewModel(judging, voice, speakReps);
        model = vm;
        try (FrameSource source = open.get()) {
            LiveWorkout live = new LiveWorkout(source, e.pose, Optional.of(e.outlines), new WorkoutSession(judging, settings), settings.frames());
            running = live;
            lastVideo = file;
            LiveRecorder recorder = keep ? LiveRecorder.start(new SessionStore(UserDataDirectory.resolve()), recordedAs,
                    e.pose.model().id(), SessionRecording.calibrationOfCurrentUser(), judging.exercise(), Instant.now())
                    : LiveRecorder.off();
            sessionId = recorder.id();
            LiveWorkout.Ended ended = live.run((frame, outline, update) -> {
                update.setEnded().ifPresent(set -> {
                    lastSet = Optional.of(set);
                    lastExercise = update.exercise().orElse(judging.exercise());
                });
                Optional<TrackedPose.PersonFound> found = frame.result() instanceof TrackedPose.PersonFound p
                        ? Optional.of(p) : Optional.empty();
                video.offer(frame.frame(), found.map(TrackedPose.PersonFound::smoothed).orElse(null), outline,
                        dev.formcheck.session.OverlayCaptions.outlineNote(outline).orElse(null),
                        frame.capturedNanos());
                show(vm.onFrame(update, found.map(TrackedPose.PersonFound::smoothed), frame.result().timings().totalNanos() / 1e6,
                        System.nanoTime()));
            }, recorder);
            WorkoutScreen last = newest.get();
            if (last != null) {
                show(vm.finished(ended.record(), last));
            }
            if (!ended.record().sets().isEmpty()) {
                lastSet = Optional.of(ended.record().sets().get(ended.record().sets().size() - 1));
                lastExercise = ended.record().exercise();
            }
            return RunEndings.workoutEnded(ended.problem(), file.isEmpty()) + RunEndings.notKept(recorder.problem());
        }
    }

    /** Coalesces screens: the EDT takes the newest, however many arrived since its last look. */
    private void show(WorkoutScreen screen) {
        newest.set(screen);
        if (paintQueued.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                paintQueued.set(false);
                render(newest.get());
            });
        }
    }

    private void render(WorkoutScreen s) {
        exerciseLabel.setText(s.exercise());
        counterCaption.setText(s.counterLabel());
        counter.setText(s.counter());
        phase.setText(s.phase());
        sides.setText(s.sides().orElse(" "));
        setup.setVisible(s.setup().isPresent());
        s.setup().ifPresent(p -> {
            setup.setText("<html><div style='width:" + UIScale.scale(330) + "px'>" + p.text().replace("<", "&lt;") + "</div></html>");
            // white on the palette's bluish green when in position, black on yellow (the warning's colours) when not
            setup.setBackground(p.ready() ? new Color(0x00, 0x9E, 0x73) : new Color(0xFF, 0xD6, 0x00));
            setup.setForeground(p.ready() ? Color.WHITE : Color.BLACK);
        });
        spine.setText(s.spine());
        hip.setText(s.hip());
        knee.setText(s.knee());
        warning.setVisible(s.warning().isPresent());
        s.warning().ifPresent(w -> {
            warningTitle.setText(w.title());
            // wrapped: a cue is a sentence, and it must be whole to be read from two metres
            warningCue.setText("<html><div style='width:" + UIScale.scale(300) + "px'>" + w.cue().replace("<", "&lt;")
                    + "</div></html>");
        });
        boolean showCard = s.card().isPresent();
        if (showCard && !cardTitle.getText().equals(s.card().get().title())) {
            cardTitle.setText(s.card().get().title());
            cardLines.removeAll();
            for (String line : s.card().get().lines()) {
                // HTML with a width so a long line wraps inside the card
                JLabel l = new JLabel("<html><div style='width:" + UIScale.scale(240) + "px'>" + line.replace("<", "&lt;")
                        + "</div></html>");
                l.setFont(l.getFont().deriveFont((float) UIScale.scale(15)));
                cardLines.add(l);
            }
            cardLines.revalidate();
        }
        if (!showCard) {
            cardTitle.setText(" ");
        }
        card.setVisible(showCard);
        status.accept(s.status() + latency.summary());
    }

    void stop() {
        LiveWorkout live = running;
        if (live != null) {
            live.stop();
        }
    }

    double framesPerSecond() {
        WorkoutViewModel vm = model;
        return vm == null ? 0 : vm.framesPerSecond();
    }
}
