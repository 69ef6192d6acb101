package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.LoopingSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskDay;
import dev.formcheck.desk.DeskRequest;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.QuietHours;
import dev.formcheck.desk.Reminder;
import dev.formcheck.desk.ReminderSettings;
import dev.formcheck.desk.ReminderSettingsFile;
import dev.formcheck.desk.SittingBlocks;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.OsWatchers;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.session.DeskOutcome;
import dev.formcheck.session.DeskSession;
import dev.formcheck.session.DeskStatus;
import dev.formcheck.session.DeskStop;
import dev.formcheck.ui.Chime;
import dev.formcheck.ui.DeskTrayMenu;
import dev.formcheck.ui.MenuChoice;
import dev.formcheck.ui.ReminderPanel;
import dev.formcheck.ui.SleepWatch;
import dev.formcheck.ui.TrayNotifier;
import dev.formcheck.ui.TraySettings;
import dev.formcheck.ui.model.DeskViewModel;
import dev.formcheck.ui.model.DeskWeek;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Paint;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Desk mode: start and stop the desk session, what it sees now in plain words, today's time per
 * posture and the last 7 days as charts, the sitting streak and the next break, snooze, pause and
 * resume, and the reminder settings. The session runs on its own thread with its own Lightning
 * model; this panel only renders {@link DeskViewModel} and {@link DeskWeek} and forwards clicks as
 * {@link DeskRequest}s. Reminders reach the user as the session's coach escalates them: a tray
 * notice, then a sound, then the {@link ReminderPanel}.
 */
final class DeskPanel extends JPanel {
    /** Colour-blind-safe (Okabe-Ito) colours for upright, slouched, forward head, away. */
    private static final Paint[] COLOURS = {new Color(0x009E73), new Color(0xD55E00), new Color(0xE69F00), new Color(0x999999)};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    final JButton startButton = new JButton("Start desk mode");
    final JButton stopButton = new JButton("Stop");
    final JButton snoozeButton = new JButton(DeskTrayMenu.SNOOZE_LABEL);
    final JButton pauseButton = new JButton(DeskTrayMenu.PAUSE_LABEL);
    final JButton resumeButton = new JButton(DeskTrayMenu.RESUME_LABEL);
    final JLabel stateLabel = new JLabel();
    /** Sitting or standing and today's time in each, where the camera tells them apart. */
    final JLabel stanceLabel = new JLabel(" ");
    final JLabel streakLabel = new JLabel(" ");
    final JLabel breakLabel = new JLabel(" ");
    final JLabel lastReminder = new JLabel(" ");
    final JLabel verdictLabel = new JLabel(" ");
    /** Shown when the stored baseline came from another camera frame: says so and offers the wizard. */
    final JPanel cameraOffer = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    final JLabel cameraOfferText = new JLabel();
    final JButton recalibrateButton = new JButton("Calibrate for this camera…");
    /** What this computer tells FormCheck of the screen lock, sleep and full-screen programs, said once desk mode starts. */
    final JLabel osNote = new JLabel(" ");
    final JCheckBox soundBox = new JCheckBox("A sound when a reminder is ignored", true);
    final JCheckBox panelBox = new JCheckBox("A small panel when it is still ignored", true);
    final JCheckBox praiseBox = new JCheckBox("Praise for a good stretch or a break", true);
    final JCheckBox standingBox = new JCheckBox("Standing desk: alternate");
    /** The user's sit/stand schedule in whole minutes, within the thresholds' allowed range. */
    final JSpinner sitMinutes;
    final JSpinner standMinutes;
    final JTextField quietHours = new JTextField(11);
    final DefaultCategoryDataset today = new DefaultCategoryDataset();
    final DefaultCategoryDataset week = new DefaultCategoryDataset();
    final ChartPanel todayChart;
    final ChartPanel weekChart;

    /** How long the OS's watchers are given for their first answers before the note says what they could not tell. */
    static final Duration FIRST_ANSWERS = Duration.ofMillis(1500);

    private final DeskViewModel model = new DeskViewModel(ZoneId.systemDefault());
    private final Path deskDirectory;
    private final Consumer<String> status;
    private final Runnable showWindow;
    private final DeskRequests requests = new DeskRequests();
    private final DeskTrayMenu menu = new DeskTrayMenu(requests::submit);
    private final Thresholds defaults = CalibrationFiles.defaults();
    /** The reminder choices kept between runs (config folder), shown in the boxes and saved on each start. */
    private final ReminderSettingsFile reminderFile = new ReminderSettingsFile(
            UserDataDirectory.config().resolve(ReminderSettingsFile.FILE_NAME));
    /** The saved choices: the shipped defaults until the file is read (off the event thread). */
    private ReminderSettings saved = ReminderSettings.from(defaults);
    /** Set once desk mode is started: the saved file, if read later, then no longer replaces what the boxes show. */
    private boolean remindersChosen;
    private volatile DeskSession.CameraOpener camera = () -> CameraSource.open(CameraSource.Request.of(0));
    private volatile String cameraName = "camera 0";
    private DeskStop.Signal stop;
    private Optional<TrayNotifier> tray = Optional.empty();
    private ReminderPanel reminderPanel;
    /** The sound device is opened and rung off the event thread: opening it can take a moment. */
    private final java.util.concurrent.ExecutorService sound = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formcheck-desk-sound");
        t.setDaemon(true);
        return t;
    });
    private Chime chime; // used on the sound thread only
    private boolean trayPaused;
    /** What the OS says (lock, sleep, full screen): started with the first run, kept for the next, closed with the window. */
    private OsSignals os;

    /**
     * @param deskDirectory where the daily summaries are kept
     * @param status the window's status line
     * @param showWindow brings the window back (from the tray)
     */
    DeskPanel(Path deskDirectory, Consumer<String> status, Runnable showWindow) {
        super(new BorderLayout(UIScale.scale(12), UIScale.scale(12)));
        this.deskDirectory = deskDirectory;
        this.status = status;
        this.showWindow = showWindow;
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(12), UIScale.scale(12), UIScale.scale(12), UIScale.scale(12)));
        startButton.setName("deskStart");
        stopButton.setName("deskStop");
        stateLabel.setName("deskState");
        stanceLabel.setName("deskStance");
        ReminderSettings.SitStand schedule = ReminderSettings.defaultSitStand(defaults);
        sitMinutes = minutesSpinner(schedule.sit(), "desk.sit_stand.sit");
        standMinutes = minutesSpinner(schedule.stand(), "desk.sit_stand.stand");
        sitMinutes.setName("deskSitMinutes");
        standMinutes.setName("deskStandMinutes");
        standingBox.setToolTipText("Reminds you to stand, then to sit, on this schedule. With a standing baseline"
                + " (Tools > Calibrate…) that this camera can tell from your sitting one, it follows what the camera sees.");
        stateLabel.setFont(stateLabel.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(22)));
        quietHours.setToolTipText("No reminders between these times, for example 22:00-07:00; empty for none");

        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, UIScale.scale(6), 0));
        for (JButton b : List.of(startButton, stopButton, snoozeButton, pauseButton, resumeButton)) {
            controls.add(b);
        }
        startButton.addActionListener(e -> start());
        stopButton.addActionListener(e -> stop());
        snoozeButton.addActionListener(e -> requests.submit(new DeskRequest.Snooze(DeskTrayMenu.SNOOZE)));
        pauseButton.addActionListener(e -> requests.submit(new DeskRequest.Snooze(DeskTrayMenu.PAUSE)));
        resumeButton.addActionListener(e -> requests.submit(new DeskRequest.Resume()));

        cameraOffer.setName("deskCameraOffer");
        osNote.setName("deskOsNote");
        recalibrateButton.setName("deskRecalibrate");
        JPanel offerWords = new JPanel(new BorderLayout(UIScale.scale(8), 0));
        offerWords.add(cameraOfferText, BorderLayout.CENTER);
        offerWords.add(recalibrateButton, BorderLayout.EAST);
        cameraOffer.add(offerWords);
        cameraOffer.setVisible(false);
        recalibrateButton.setToolTipText("Stops desk mode, which holds the camera, and opens the calibration for desk sitting");
        recalibrateButton.addActionListener(e -> recalibrate());

        JPanel now = new JPanel();
        now.setLayout(new BoxLayout(now, BoxLayout.Y_AXIS));
        for (JComponentRow row : List.of(new JComponentRow(controls), new JComponentRow(stateLabel), new JComponentRow(stanceLabel),
                new JComponentRow(streakLabel),
                new JComponentRow(breakLabel), new JComponentRow(lastReminder), new JComponentRow(cameraOffer),
                new JComponentRow(osNote))) {
            row.component().setAlignmentX(Component.LEFT_ALIGNMENT);
            now.add(row.component());
            now.add(Box.createVerticalStrut(UIScale.scale(4)));
        }
        add(now, BorderLayout.NORTH);

        todayChart = chart(ChartFactory.createBarChart("Today", null, "minutes", today, PlotOrientation.HORIZONTAL, false, true, false),
                true);
        weekChart = chart(ChartFactory.createBarChart("Last 7 days: time sitting upright", null, "% of sitting time", week,
                PlotOrientation.VERTICAL, false, true, false), false);
        ((NumberAxis) weekChart.getChart().getCategoryPlot().getRangeAxis()).setRange(0, 100);
        todayChart.setName("todayChart");
        weekChart.setName("weekChart");
        JPanel charts = new JPanel(new GridLayout(1, 2, UIScale.scale(12), 0));
        charts.add(todayChart);
        JPanel weekSide = new JPanel(new BorderLayout());
        weekSide.add(weekChart, BorderLayout.CENTER);
        verdictLabel.setName("deskVerdict");
        weekSide.add(verdictLabel, BorderLayout.SOUTH);
        charts.add(weekSide);
        add(charts, BorderLayout.CENTER);

        JPanel boxes = new JPanel(new GridLayout(1, 3, UIScale.scale(10), 0));
        boxes.add(soundBox);
        boxes.add(panelBox);
        boxes.add(praiseBox);
        // the schedule and the quiet hours on a row of their own: the spinners need their width
        JPanel times = new JPanel(new FlowLayout(FlowLayout.LEFT, UIScale.scale(4), 0));
        times.add(standingBox);
        times.add(sitMinutes);
        times.add(new JLabel("min sitting,"));
        times.add(standMinutes);
        times.add(new JLabel("min standing"));
        times.add(Box.createHorizontalStrut(UIScale.scale(24)));
        times.add(new JLabel("Quiet hours:"));
        times.add(quietHours);
        JPanel settings = new JPanel(new GridLayout(2, 1, 0, UIScale.scale(2)));
        settings.setBorder(BorderFactory.createTitledBorder("Reminders (apply at the next start, kept for next time)"));
        settings.add(boxes);
        settings.add(times);
        add(settings, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(UIScale.scale(900), UIScale.scale(560)));
        showReminders(saved);
        loadSavedReminders();
        render();
        refreshWeek();
    }

    private record JComponentRow(javax.swing.JComponent component) {
    }

    /** A video played as the camera would be (looped, real time): for machines without a camera, and for tests. */
    void useStandIn(Path video) {
        cameraName = "stand-in camera " + video;
        camera = () -> new PacedSource(new LoopingSource(() -> VideoFileSource.open(video), Long.MAX_VALUE));
    }

    boolean running() {
        return !model.startEnabled();
    }

    /** Stops the session and waits briefly for it to save; on the event thread (closing the app). */
    void shutDown() {
        stop();
        if (stop != null) {
            stop.awaitFinished(Duration.ofSeconds(5));
        }
        tray.ifPresent(TrayNotifier::close);
        tray = Optional.empty();
        if (os != null) {
            os.close();
        }
        sound.execute(() -> {
            if (chime != null) {
                chime.close();
            }
        });
        sound.shutdown();
    }

    private void start() {
        Optional<ReminderSettings> coaching = reminderSettings();
        if (coaching.isEmpty()) {
            return;
        }
        saveReminders(coaching.get());
        model.starting();
        render();
        stop = DeskStop.signal();
        DeskStop.Signal myStop = stop;
        if (os == null) {
            os = OsWatchers.forThisSystem(Duration.ofNanos(userThresholds().micros("desk.os.poll") * 1000)).start();
            SleepWatch.watch(os);
            sayWhatTheOsTells(os);
        }
        if (tray.isEmpty()) {
            tray = TrayNotifier.create(TraySettings.defaults(), note -> { });
            trayPaused = true; // forces the first menu
            followPause(false);
        }
        Thread t = new Thread(() -> run(coaching.get(), myStop), "formcheck-desk");
        t.setDaemon(true);
        t.start();
    }

    /** The user's thresholds (as the desk run reads them), else the shipped ones when their file cannot be read. */
    private Thresholds userThresholds() {
        try {
            return CalibrationFiles.forCurrentUser().thresholds();
        } catch (FormCheckException e) {
            return defaults;
        }
    }

    /**
     * Once the watchers have had their first answers (a second), says under the state what this
     * computer does not tell FormCheck, or that it tells all of it.
     */
    private void sayWhatTheOsTells(OsSignals signals) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(FIRST_ANSWERS.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String note = DeskViewModel.osNote(signals.cannotTell());
            SwingUtilities.invokeLater(() -> {
                osNote.setText("<html><div style='width:" + UIScale.scale(700) + "px'>" + note + "</div></html>");
                revalidate();
            });
        }, "formcheck-desk-os-note");
        t.setDaemon(true);
        t.start();
    }

    private void run(ReminderSettings coaching, DeskStop.Signal myStop) {
        UserCalibration calibration = CalibrationFiles.forCurrentUser();
        DeskSession.Setup setup = new DeskSession.Setup(calibration.thresholds(),
                calibration.sitting().flatMap(SittingBlocks::desk), calibration.sitting().flatMap(SittingBlocks::frame),
                Optional.empty(), Optional.empty(), Optional.empty(), requests).withCoaching(coaching)
                .withStanding(SittingBlocks.standingBeside(calibration.sitting(), calibration.standingDesk())).withOs(os);
        try (MoveNetEstimator pose = MoveNetEstimator.open(MoveNetModel.LIGHTNING, ModelFiles.modelsDirectory(), InferenceSettings.defaults())) {
            new DeskSession(pose, setup, new Events()).runCamera(cameraName, camera, new DailySummaryFiles(deskDirectory), myStop);
        } catch (FormCheckException e) {
            status.accept("Desk mode stopped: " + e.getMessage());
            myStop.finished();
        } finally {
            SwingUtilities.invokeLater(() -> {
                model.stopped();
                render();
                refreshWeek();
            });
        }
    }

    private void stop() {
        if (stop != null) {
            stop.request();
        }
    }

    /** The stored baseline does not fit this camera: say so, and offer the calibration wizard for it. */
    void offerCalibration(CameraFrame.Mismatch mismatch) {
        String words = mismatch.words();
        String sentence = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        // a set width, so the words wrap beside the button instead of pushing it off the screen
        cameraOfferText.setText("<html><div style='width:" + UIScale.scale(470) + "px'>" + sentence
                + ". This run takes its own baseline from your first upright seconds; calibrate with this camera to keep"
                + " one for it.</div></html>");
        cameraOffer.setVisible(true);
        revalidate();
    }

    /** Stops desk mode (the wizard needs the camera) and opens the wizard on desk sitting with this camera. */
    private void recalibrate() {
        stop();
        cameraOffer.setVisible(false);
        DeskStop.Signal stopping = stop;
        // the wizard opens once desk mode has let go of the camera, waited for off the event thread
        Thread t = new Thread(() -> {
            if (stopping != null) {
                stopping.awaitFinished(Duration.ofSeconds(5));
            }
            SwingUtilities.invokeLater(this::openWizardForThisCamera);
        }, "formcheck-desk-recalibrate");
        t.setDaemon(true);
        t.start();
    }

    private void openWizardForThisCamera() {
        DeskSession.CameraOpener opener = camera;
        CalibrationDialog dialog = new CalibrationDialog(SwingUtilities.getWindowAncestor(this), opener::open, cameraName,
                CalibrationFiles.userFile());
        dialog.sittingChoice.setSelected(true);
        dialog.pack();
        dialog.setLocationRelativeTo(this);
        dialog.setVisible(true);
    }

    /** What the session tells, carried to the event thread. */
    private final class Events implements DeskSession.Events {
        @Override
        public void said(Instant at, String line) {
            status.accept("Desk mode: " + line);
        }

        @Override
        public void stateChanged(Instant at, dev.formcheck.desk.Posture from, dev.formcheck.desk.Posture to) {
            status.accept("Desk mode: " + DeskViewModel.postureWords(to).toLowerCase(Locale.ROOT) + " since "
                    + java.time.LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }

        @Override
        public void warning(String warning) {
            status.accept("Desk mode: " + warning);
        }

        @Override
        public void baselineCameraDiffers(Instant at, CameraFrame.Mismatch mismatch) {
            SwingUtilities.invokeLater(() -> offerCalibration(mismatch));
        }

        @Override
        public void status(DeskStatus now) {
            SwingUtilities.invokeLater(() -> show(now));
        }

        @Override
        public void reminder(Reminder r) {
            SwingUtilities.invokeLater(() -> deliver(r));
        }

        @Override
        public void finished(DeskOutcome outcome) {
            outcome.summaryFile().ifPresent(f -> status.accept("Desk mode stopped; today's summary is kept in " + f));
        }
    }

    /** Shows where the session stands; on the event thread. */
    void show(DeskStatus now) {
        model.running(now);
        render();
    }

    private void deliver(Reminder r) {
        lastReminder.setText(r.note().title() + ": " + r.note().message());
        tray.ifPresent(t -> t.show(r.note()));
        if (r.withSound()) {
            sound.execute(() -> {
                if (chime == null) {
                    chime = Chime.onDefaultDevice(note -> { });
                }
                chime.ring();
            });
        }
        if (r.withPanel()) {
            if (reminderPanel != null) {
                reminderPanel.close();
            }
            reminderPanel = ReminderPanel.show(r.note(), menu.panelChoices());
        }
    }

    /**
     * Reads the saved choices off the event thread (the disk is never waited on there) and shows
     * them, unless desk mode was started with the boxes as they were meanwhile; a file that could
     * not be used is named on the status line.
     */
    private void loadSavedReminders() {
        ReminderSettings shipped = saved;
        Thread t = new Thread(() -> {
            ReminderSettingsFile.Loaded loaded = reminderFile.load(shipped);
            SwingUtilities.invokeLater(() -> {
                if (!remindersChosen) {
                    saved = loaded.settings();
                    showReminders(saved);
                }
                loaded.note().ifPresent(status);
            });
        }, "formcheck-desk-load-reminders");
        t.setDaemon(true);
        t.start();
    }

    /** Sets the boxes from {@code chosen}. */
    private void showReminders(ReminderSettings chosen) {
        soundBox.setSelected(chosen.soundFrom() > 0);
        panelBox.setSelected(chosen.panelFrom() > 0);
        praiseBox.setSelected(chosen.praise());
        standingBox.setSelected(chosen.sitStand().isPresent());
        chosen.sitStand().ifPresent(ss -> {
            sitMinutes.setValue(clamp(sitMinutes, ss.sit().toMinutes()));
            standMinutes.setValue(clamp(standMinutes, ss.stand().toMinutes()));
        });
        quietHours.setText(chosen.quietHours().map(q -> q.start() + "-" + q.end()).orElse(""));
    }

    /** Keeps the choices for the next run; a failed write is said and does not stop desk mode. */
    private void saveReminders(ReminderSettings chosen) {
        saved = chosen;
        remindersChosen = true;
        Thread t = new Thread(() -> { // the disk is never waited on by the event thread
            try {
                reminderFile.save(chosen);
            } catch (FormCheckException e) {
                SwingUtilities.invokeLater(() -> status.accept("Desk mode: your reminder choices could not be kept for next time: "
                        + e.getMessage()));
            }
        }, "formcheck-desk-save-reminders");
        t.setDaemon(true);
        t.start();
    }

    private Optional<ReminderSettings> reminderSettings() {
        ReminderSettings base = ReminderSettings.from(defaults);
        Optional<QuietHours> quiet = Optional.empty();
        if (!quietHours.getText().isBlank()) {
            try {
                quiet = Optional.of(QuietHours.parse(quietHours.getText().trim()));
            } catch (IllegalArgumentException e) {
                status.accept("Quiet hours: " + e.getMessage() + " (for example 22:00-07:00)");
                return Optional.empty();
            }
        }
        ReminderSettings.SitStand schedule = new ReminderSettings.SitStand(
                Duration.ofMinutes(((Number) sitMinutes.getValue()).longValue()),
                Duration.ofMinutes(((Number) standMinutes.getValue()).longValue()));
        return Optional.of(saved.withChoices(soundBox.isSelected(), panelBox.isSelected(), praiseBox.isSelected(),
                standingBox.isSelected(), quiet, base, schedule)
                .withSitStand(standingBox.isSelected() ? Optional.of(schedule) : Optional.empty()));
    }

    private void render() {
        stateLabel.setText(model.stateWords());
        stanceLabel.setText(model.stanceWords());
        streakLabel.setText(model.streakWords());
        breakLabel.setText(model.nextBreakWords());
        startButton.setEnabled(model.startEnabled());
        stopButton.setEnabled(model.stopEnabled());
        snoozeButton.setEnabled(model.pauseEnabled());
        pauseButton.setEnabled(model.pauseEnabled());
        resumeButton.setEnabled(model.resumeEnabled());
        for (JCheckBox b : List.of(soundBox, panelBox, praiseBox, standingBox)) {
            b.setEnabled(model.startEnabled());
        }
        quietHours.setEnabled(model.startEnabled());
        sitMinutes.setEnabled(model.startEnabled());
        standMinutes.setEnabled(model.startEnabled());
        for (Map.Entry<String, Double> e : model.todayMinutes().entrySet()) {
            today.setValue(e.getValue(), "minutes", e.getKey());
        }
        followPause(model.paused());
    }

    /** The tray's menu follows the state: no Resume when nothing is paused. */
    private void followPause(boolean paused) {
        if (tray.isEmpty() || paused == trayPaused) {
            return;
        }
        trayPaused = paused;
        List<MenuChoice> choices = new ArrayList<>();
        choices.add(new MenuChoice("Open FormCheck", showWindow));
        if (running() || model.stopEnabled()) {
            choices.addAll(menu.choices(paused));
            choices.add(new MenuChoice("Stop desk mode", () -> SwingUtilities.invokeLater(this::stop)));
        }
        tray.get().setMenu(choices);
    }

    /** Reads the last 14 days' summaries (off the event thread) and draws the week chart and verdict. */
    private void refreshWeek() {
        Thread t = new Thread(() -> {
            LocalDate day = LocalDate.now(Clock.systemDefaultZone());
            DailySummaryFiles files = new DailySummaryFiles(deskDirectory, w -> status.accept("Desk mode: " + w));
            List<dev.formcheck.desk.DailySummary> days = new ArrayList<>();
            for (int back = 0; back < 14; back++) {
                files.load(day.minusDays(back)).map(DeskDay::total).ifPresent(days::add);
            }
            DeskWeek w = new DeskWeek(day, days);
            SwingUtilities.invokeLater(() -> {
                week.clear();
                for (Map.Entry<LocalDate, OptionalDouble> e : w.lastSevenDays().entrySet()) {
                    week.setValue(e.getValue().orElse(0), "upright", DAY.format(e.getKey()));
                }
                verdictLabel.setText("<html>" + w.verdict() + "</html>"); // wraps instead of being cut off
            });
        }, "formcheck-desk-history");
        t.setDaemon(true);
        t.start();
    }

    /** Whole minutes from the threshold's allowed range (its value is milliseconds). */
    private JSpinner minutesSpinner(Duration value, String threshold) {
        dev.formcheck.analysis.thresholds.Threshold t = defaults.get(threshold);
        int min = (int) Math.ceil(t.allowed().min() / 60_000);
        int max = (int) Math.floor(t.allowed().max() / 60_000);
        JSpinner spinner = new JSpinner(new SpinnerNumberModel((int) Math.max(min, Math.min(max, value.toMinutes())), min, max, 1));
        ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(3);
        return spinner;
    }

    private static int clamp(JSpinner spinner, long minutes) {
        SpinnerNumberModel m = (SpinnerNumberModel) spinner.getModel();
        return (int) Math.max(((Number) m.getMinimum()).longValue(), Math.min(((Number) m.getMaximum()).longValue(), minutes));
    }

    private static ChartPanel chart(JFreeChart chart, boolean colourEachBar) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        BarRenderer renderer = colourEachBar ? new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return COLOURS[column % COLOURS.length];
            }
        } : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        if (!colourEachBar) {
            renderer.setSeriesPaint(0, COLOURS[0]);
        }
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(null);
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, true);
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(100);
        return panel;
    }
}
