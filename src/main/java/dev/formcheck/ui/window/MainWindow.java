package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.feedback.Coach;
import dev.formcheck.feedback.Speech;
import dev.formcheck.ui.Chime;
import dev.formcheck.ui.TrayIconArt;
import dev.formcheck.ui.model.AppSettings;
import dev.formcheck.ui.model.ReportNames;
import dev.formcheck.ui.model.FirstRunNotice;
import dev.formcheck.ui.model.SampleVideo;
import dev.formcheck.ui.model.SettingsStore;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The main window: the first-run notice on top when it has not been dismissed, the Workout and
 * Review screens as tabs, a status bar. Settings are written on a thread of their own.
 */
public final class MainWindow extends JFrame {
    private static final int MENU_MASK = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final SettingsStore store;
    private volatile AppSettings settings;
    private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formcheck-settings");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Engines> engines;
    private final Optional<Speech> speech;
    /** The tone for a cue when there is no voice: opened on first use, off the event thread. */
    private volatile Chime chime;
    final JTabbedPane tabs = new JTabbedPane();
    final JLabel status = new JLabel(" ");
    final JPanel notice = new JPanel();
    final WorkoutPanel workout;
    final ReviewPanel review;
    final HistoryPanel history = new HistoryPanel(dev.formcheck.common.UserDataDirectory.resolve());
    final JournalPanel journal = new JournalPanel(dev.formcheck.common.UserDataDirectory.resolve());
    final DeskPanel desk;
    private final Consumer<String> statusSink;
    /** File > Quit: close even while desk mode runs (the close button then only hides the window). */
    private boolean quitting;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    /** Blocks the calling thread (never the EDT) until the window is closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    MainWindow(SettingsStore store, AppSettings initial, Optional<String> settingsNote, CompletableFuture<Engines> engines,
               Optional<Speech> speech) {
        super("FormCheck — exercise form and back safety");
        this.store = store;
        this.settings = initial;
        this.engines = engines;
        this.speech = speech;
        this.statusSink = text -> SwingUtilities.invokeLater(() -> status.setText(text));
        setName("main");
        setIconImages(List.<Image>of(TrayIconArt.draw(16), TrayIconArt.draw(32), TrayIconArt.draw(48), TrayIconArt.draw(64),
                TrayIconArt.draw(128)));
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        workout = new WorkoutPanel(engines, initial.exercise(), statusSink, this::say,
                e -> update(settings.withExercise(e)));
        workout.speakReps = initial.speakReps();
        workout.keepRecord.setSelected(initial.recordWorkouts());
        workout.keepRecord.addActionListener(e -> update(settings.withRecordWorkouts(workout.keepRecord.isSelected())));
        workout.painNoter = link -> {
            journal.linkTo(link);
            tabs.setSelectedComponent(journal);
        };
        review = new ReviewPanel(engines, statusSink, this::openForReview);
        workout.reviewer = (file, setStart) -> {
            workout.stop(); // the models serve one run at a time: the review waits for the workout to let go
            review.choose(workout.selectedExercise());
            tabs.setSelectedIndex(1);
            review.analyse(file, java.util.OptionalLong.of(setStart));
        };
        desk = new DeskPanel(dev.formcheck.common.UserDataDirectory.resolve().resolve("desk"), statusSink,
                () -> SwingUtilities.invokeLater(() -> { setVisible(true); toFront(); }));
        desk.setName("deskPanel");
        workout.setName("workoutPanel");
        review.setName("reviewPanel");
        workout.sampleButton.addActionListener(e -> useSample());
        workout.videoButton.addActionListener(e -> chooseVideo(true));
        review.openButton.addActionListener(e -> chooseVideo(false));
        review.exportJson.addActionListener(e -> exportJson());
        review.exportOverlay.addActionListener(e -> exportOverlay());
        review.exportReport.addActionListener(e -> exportReport());
        tabs.setName("tabs");
        tabs.addTab("Workout", workout);
        tabs.addTab("Review a video", review);
        tabs.addTab("Desk mode", desk);
        tabs.addTab("History", history);
        tabs.addTab("Pain journal", journal);
        // mnemonics by component, so a tab added later cannot shift them
        tabs.setMnemonicAt(tabs.indexOfComponent(workout), KeyEvent.VK_W);
        tabs.setMnemonicAt(tabs.indexOfComponent(review), KeyEvent.VK_R);
        tabs.setMnemonicAt(tabs.indexOfComponent(desk), KeyEvent.VK_D);
        tabs.setMnemonicAt(tabs.indexOfComponent(history), KeyEvent.VK_H);
        tabs.setMnemonicAt(tabs.indexOfComponent(journal), KeyEvent.VK_J);
        // read from disk when first looked at (and the history again each time: a workout may have added to it)
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == history) {
                history.load();
            } else if (tabs.getSelectedComponent() == journal) {
                journal.reload(null);
            }
        });
        JPanel content = new JPanel(new BorderLayout());
        buildNotice();
        notice.setVisible(!initial.noticeSeen());
        content.add(notice, BorderLayout.NORTH);
        content.add(tabs, BorderLayout.CENTER);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(4), UIScale.scale(8), UIScale.scale(4), UIScale.scale(8)));
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        setJMenuBar(menus());
        placeWindow(initial);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                rememberBounds();
                // desk mode keeps running in the tray; the tray's "Open FormCheck" brings the window back
                setDefaultCloseOperation(desk.running() && !quitting ? WindowConstants.HIDE_ON_CLOSE : WindowConstants.DISPOSE_ON_CLOSE);
            }

            @Override
            public void windowClosed(WindowEvent e) {
                workout.stop();
                review.cancel();
                desk.shutDown();
                disk.shutdown(); // before the latch: whoever waits for the close finds the writes finishing
                speech.ifPresent(Speech::close);
                Chime c = chime;
                if (c != null) {
                    c.close();
                }
                closed.countDown();
            }
        });
        settingsNote.ifPresent(status::setText);
        if (settingsNote.isEmpty()) {
            status.setText(speech.map(s -> "Ready. Spoken cues through " + s.program() + ".")
                    .orElse("Ready. No speech program found: cues are a short sound."));
        }
    }

    private void buildNotice() {
        notice.setName("notice");
        notice.setLayout(new BoxLayout(notice, BoxLayout.Y_AXIS));
        notice.setBackground(new Color(0xE8, 0xF1, 0xFB));
        notice.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, new Color(0x0072B2)),
                BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(14), UIScale.scale(10), UIScale.scale(14))));
        JLabel title = new JLabel(FirstRunNotice.title());
        title.setForeground(Color.BLACK);
        title.setFont(title.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(16)));
        notice.add(title);
        for (String line : FirstRunNotice.lines(store.file())) {
            // HTML so the long line (the data folders) wraps instead of being cut off
            JLabel l = new JLabel("<html>• " + escape(line) + "</html>");
            l.setForeground(new Color(0x1A, 0x1A, 0x1A));
            notice.add(l);
        }
        JButton ok = new JButton("I understand");
        ok.setName("noticeOk");
        ok.addActionListener(e -> {
            notice.setVisible(false);
            update(settings.withNoticeSeen());
        });
        notice.add(ok);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("Open a video to review…", KeyEvent.VK_O, 0, e -> chooseVideo(false)));
        file.add(item("Use a video as the camera…", KeyEvent.VK_O, KeyEvent.SHIFT_DOWN_MASK, e -> chooseVideo(true)));
        file.add(item("Use the sample video as the camera", KeyEvent.VK_S, KeyEvent.SHIFT_DOWN_MASK, e -> useSample()));
        file.add(item("Export the analysis as JSON…", KeyEvent.VK_E, 0, e -> exportJson()));
        file.add(item("Export the overlay video…", KeyEvent.VK_E, KeyEvent.SHIFT_DOWN_MASK, e -> exportOverlay()));
        file.add(item("Export the report (HTML)…", KeyEvent.VK_R, KeyEvent.SHIFT_DOWN_MASK, e -> exportReport()));
        file.addSeparator();
        file.add(item("Quit", KeyEvent.VK_Q, 0, e -> {
            quitting = true;
            dispatchEvent(new WindowEvent(this, WindowEvent.WINDOW_CLOSING));
        }));
        JMenu view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        view.add(item("Workout", KeyEvent.VK_1, 0, e -> tabs.setSelectedIndex(0)));
        view.add(item("Review", KeyEvent.VK_2, 0, e -> tabs.setSelectedIndex(1)));
        view.add(item("Desk mode", KeyEvent.VK_3, 0, e -> tabs.setSelectedComponent(desk)));
        view.add(item("History", KeyEvent.VK_4, 0, e -> tabs.setSelectedComponent(history)));
        view.add(item("Pain journal", KeyEvent.VK_5, 0, e -> tabs.setSelectedComponent(journal)));
        view.addSeparator();
        ButtonGroup themes = new ButtonGroup();
        for (AppSettings.Theme t : AppSettings.Theme.values()) {
            String label = switch (t) {
                case SYSTEM -> "Follow the system";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            };
            JRadioButtonMenuItem choice = new JRadioButtonMenuItem(label, settings.theme() == t);
            choice.addActionListener(e -> {
                Themes.apply(t);
                SwingUtilities.updateComponentTreeUI(this);
                update(settings.withTheme(t));
            });
            themes.add(choice);
            view.add(choice);
        }
        JMenu workoutMenu = new JMenu("Workout");
        workoutMenu.setMnemonic(KeyEvent.VK_K);
        workoutMenu.add(item("Stop", KeyEvent.VK_PERIOD, 0, e -> workout.stop()));
        JCheckBoxMenuItem mute = new JCheckBoxMenuItem("Mute spoken cues", settings.muted());
        mute.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_M, MENU_MASK));
        mute.addActionListener(e -> update(settings.withMuted(mute.isSelected())));
        workoutMenu.add(mute);
        JCheckBoxMenuItem countAloud = new JCheckBoxMenuItem("Say the rep count", settings.speakReps());
        countAloud.setName("speakReps");
        countAloud.addActionListener(e -> {
            workout.speakReps = countAloud.isSelected();
            update(settings.withSpeakReps(countAloud.isSelected()));
        });
        workoutMenu.add(countAloud);
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        help.add(item("Safety and your data", KeyEvent.VK_F1, -1, e -> notice.setVisible(true)));
        bar.add(file);
        bar.add(view);
        bar.add(workoutMenu);
        JMenu tools = new JMenu("Tools");
        tools.setMnemonic(KeyEvent.VK_T);
        tools.add(new JMenuItem("Calibrate…")).addActionListener(e -> new CalibrationDialog(this, CalibrationDialog.sourcesHere(),
                dev.formcheck.analysis.thresholds.CalibrationFiles.userFile()).setVisible(true));
        bar.add(tools);
        bar.add(help);
        return bar;
    }

    /** A menu item with the platform's shortcut key plus {@code extra} (-1: the key alone). */
    private static JMenuItem item(String label, int key, int extra, java.awt.event.ActionListener action) {
        JMenuItem item = new JMenuItem(label);
        item.setAccelerator(extra < 0 ? KeyStroke.getKeyStroke(key, 0) : KeyStroke.getKeyStroke(key, MENU_MASK | extra));
        item.addActionListener(action);
        return item;
    }

    private void say(Coach.Utterance u) {
        if (settings.muted()) {
            return;
        }
        if (speech.isPresent()) {
            speech.get().say(u.text());
        } else if (u.kind() == Coach.Kind.CUE) {
            if (chime == null) {
                chime = Chime.onDefaultDevice(n -> { }); // on the workout's thread, like every call here
            }
            chime.ring();
        }
        statusSink.accept((u.kind() == Coach.Kind.CUE ? "Cue: " : "Said: ") + u.text());
    }

    void useSample() {
        Optional<Path> sample = SampleVideo.find();
        if (sample.isEmpty()) {
            status.setText("The sample video " + SampleVideo.RELATIVE + " is missing from this installation.");
            return;
        }
        tabs.setSelectedIndex(0);
        workout.startWithVideo(sample.get());
    }

    private void chooseVideo(boolean asCamera) {
        JFileChooser chooser = new JFileChooser(settings.lastDirectory().map(Path::of).map(Path::toFile).orElse(null));
        chooser.setFileFilter(new FileNameExtensionFilter("Videos (mp4, mov, avi, mkv, webm)", "mp4", "mov", "avi", "mkv", "webm"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        Optional.ofNullable(file.getParent()).ifPresent(dir -> update(settings.withLastDirectory(dir.toString())));
        if (asCamera) {
            tabs.setSelectedIndex(0);
            workout.startWithVideo(file);
        } else {
            openForReview(file);
        }
    }

    void openForReview(Path file) {
        workout.stop(); // the models serve one run at a time: the review waits for the workout to let go
        tabs.setSelectedIndex(1);
        review.analyse(file);
    }

    private void exportJson() {
        if (review.model().isEmpty()) {
            status.setText("Analyse a video first: there is nothing to export yet.");
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("analysis.json"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        disk.execute(() -> {
            try {
                review.exportJson(target);
                statusSink.accept("Saved " + target);
            } catch (FormCheckException e) {
                statusSink.accept(e.getMessage());
            }
        });
    }

    private void exportOverlay() {
        if (review.model().isEmpty()) {
            status.setText("Analyse a video first: there is nothing to export yet.");
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("overlay.mp4"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        status.setText("Writing " + target + "…");
        Thread t = new Thread(() -> statusSink.accept(review.exportOverlay(target)
                .map(p -> "The overlay video was not written: " + p).orElse("Saved " + target)), "formcheck-export");
        t.setDaemon(true);
        t.start();
    }

    /** The reviewed video's HTML report, to a file chosen here; written on a thread of its own (it decodes the video again). */
    private void exportReport() {
        if (review.model().isEmpty()) {
            status.setText("Analyse a video first: there is nothing to export yet.");
            return;
        }
        String video = review.model().get().judged().video().getFileName().toString();
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("HTML report (html)", "html", "htm"));
        chooser.setSelectedFile(new java.io.File(ReportNames.defaultName(video)));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = ReportNames.withExtension(chooser.getSelectedFile().toPath());
        status.setText("Writing " + target + "…");
        Thread t = new Thread(() -> statusSink.accept(review.exportReport(target)
                .map(p -> "The report was not written: " + p).orElse("Saved " + target)), "formcheck-export-report");
        t.setDaemon(true);
        t.start();
    }

    private void placeWindow(AppSettings s) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Optional<AppSettings.Bounds> remembered = s.window()
                .filter(b -> screen.intersects(new Rectangle(b.x(), b.y(), b.width(), b.height())));
        if (remembered.isPresent()) {
            AppSettings.Bounds b = remembered.get();
            setBounds(b.x(), b.y(), Math.min(b.width(), screen.width), Math.min(b.height(), screen.height));
        } else {
            setSize(Math.min(UIScale.scale(1280), screen.width), Math.min(UIScale.scale(800), screen.height));
            setLocationRelativeTo(null);
        }
        if (s.maximized()) {
            setExtendedState(getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
    }

    private void rememberBounds() {
        boolean max = (getExtendedState() & Frame.MAXIMIZED_BOTH) != 0;
        Rectangle r = getBounds();
        update(settings.withWindow(new AppSettings.Bounds(r.x, r.y, r.width, r.height), max));
    }

    /** Keeps a changed choice and writes the file on the settings thread: the EDT never waits for the disk. */
    private void update(AppSettings changed) {
        settings = changed;
        if (!disk.isShutdown()) {
            disk.execute(() -> {
                try {
                    store.save(changed);
                } catch (FormCheckException e) {
                    statusSink.accept("Your settings could not be saved: " + e.getMessage());
                }
            });
        }
    }

    AppSettings settings() {
        return settings;
    }

    /** Waits (off the EDT) for pending settings writes, for tests and a clean exit. */
    void flushSettings() throws InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            disk.execute(() -> done.complete(null));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window closed: the writes already queued finish before the thread ends
            disk.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            return;
        }
        try {
            done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
