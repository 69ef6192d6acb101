package dev.formcheck.ui.window;

import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.EntryText;
import dev.formcheck.journal.JournalEntry;
import dev.formcheck.journal.JournalStore;
import dev.formcheck.journal.Labelled;
import dev.formcheck.journal.Onset;
import dev.formcheck.journal.PainAssessment;
import dev.formcheck.journal.PainQuality;
import dev.formcheck.journal.RedFlag;
import dev.formcheck.journal.SorenessGuide;
import dev.formcheck.journal.Symptom;
import dev.formcheck.session.JournalLink;
import dev.formcheck.session.PainPatternsView;
import dev.formcheck.ui.model.JournalForm;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The pain journal in the window: the article's fields as a form, the entries so far, and the
 * chosen entry's reading. A red flag ticked shows "see a doctor now" at once and again before the
 * entry is saved. Decisions are {@link JournalForm}'s; this class draws and forwards.
 */
final class JournalPanel extends JPanel {
    private final JournalStore store;
    final Map<BodyArea, JCheckBox> areas = new EnumMap<>(BodyArea.class);
    final Map<PainQuality, JCheckBox> qualities = new EnumMap<>(PainQuality.class);
    final Map<Symptom, JCheckBox> symptoms = new EnumMap<>(Symptom.class);
    final Map<RedFlag, JCheckBox> redFlags = new EnumMap<>(RedFlag.class);
    final JSlider intensity = new JSlider(0, 10, 3);
    final JComboBox<String> onset = new JComboBox<>();
    final JTextField hoursAfter = new JTextField(4);
    final JTextField days = new JTextField(4);
    final JComboBox<String> eases = new JComboBox<>(new String[] {"not sure", "yes", "no"});
    final JTextField triggers = new JTextField(24);
    final JTextField relievedBy = new JTextField(24);
    final JTextField exercise = new JTextField(24);
    final JTextField medications = new JTextField(24);
    final JTextField notes = new JTextField(24);
    final JButton save = new JButton("Save entry");
    /** The session this entry follows ("Note pain…" after a workout), shown above the form; empty when none. */
    final JLabel linked = new JLabel(" ");
    private Optional<String> linkedSession = Optional.empty();
    final JLabel problem = new JLabel(" ");
    final DefaultListModel<String> entryLines = new DefaultListModel<>();
    final JList<String> entryList = new JList<>(entryLines);
    final JTextArea details = new JTextArea();
    /** Where the entries are kept, that this is not a medical device, and what ordinary soreness is like. */
    final JTextArea footer = new JTextArea();
    private List<JournalEntry> entries = List.of();
    private List<String> patterns = List.of();
    private final Path dataDirectory;
    /** Shows a message the person must read (a dialog in the window; a test may catch it). */
    RedFlagNotice notice = (parent, text) -> JOptionPane.showMessageDialog(parent, text, "See a doctor now", JOptionPane.WARNING_MESSAGE);

    interface RedFlagNotice {
        void show(java.awt.Component parent, String text);
    }

    JournalPanel(Path dataDirectory) {
        super(new BorderLayout());
        setName("journalPanel");
        this.dataDirectory = dataDirectory;
        this.store = new JournalStore(dataDirectory);
        JPanel form = new JPanel();
        form.setLayout(new BoxLayout(form, BoxLayout.Y_AXIS));
        form.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        JLabel flagsTitle = new JLabel("Warning signs - tick any you have:");
        flagsTitle.setForeground(new Color(0xB0, 0x00, 0x20));
        flagsTitle.setFont(flagsTitle.getFont().deriveFont(Font.BOLD));
        form.add(flagsTitle);
        form.add(boxes(RedFlag.class, redFlags, 2));
        redFlags.forEach((flag, box) -> box.addActionListener(e -> {
            if (box.isSelected()) {
                notice.show(this, JournalForm.onRedFlagTicked(flag));
            }
        }));
        form.add(new JLabel("Where does it hurt?"));
        form.add(boxes(BodyArea.class, areas, 4));
        form.add(new JLabel("What does it feel like?"));
        form.add(boxes(PainQuality.class, qualities, 3));
        JPanel intensityRow = row(new JLabel("How bad, 0 (none) to 10 (worst):"), intensity);
        intensity.setMajorTickSpacing(1);
        intensity.setPaintLabels(true);
        intensity.setName("intensity");
        form.add(intensityRow);
        onset.addItem("not sure");
        for (Onset o : Onset.values()) {
            onset.addItem(o.label());
        }
        form.add(row(new JLabel("It started:"), onset, new JLabel("hours after exercise:"), hoursAfter));
        form.add(row(new JLabel("It has lasted (days):"), days, new JLabel("moving eases it:"), eases));
        form.add(new JLabel("What comes with it?"));
        form.add(boxes(Symptom.class, symptoms, 3));
        form.add(row(new JLabel("Brought on by:"), triggers));
        form.add(row(new JLabel("Eased by:"), relievedBy));
        form.add(row(new JLabel("Exercise before it:"), exercise));
        linked.setName("journalLinked");
        form.add(row(linked));
        form.add(row(new JLabel("Medication or treatment:"), medications));
        form.add(row(new JLabel("Notes:"), notes));
        save.setName("journalSave");
        save.addActionListener(e -> save());
        problem.setName("journalProblem");
        problem.setForeground(new Color(0xB0, 0x00, 0x20));
        form.add(row(save, problem));
        entryList.setName("journalEntries");
        entryList.addListSelectionListener(e -> showSelected());
        details.setName("journalDetails");
        details.setEditable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(entryList), new JScrollPane(details));
        right.setResizeWeight(0.4);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(form), right);
        split.setResizeWeight(0.55);
        add(split, BorderLayout.CENTER);
        // wrapped, not a label: the soreness explanation is longer than the window is wide
        footer.setText("Kept only on this computer. FormCheck is not a medical device. " + SorenessGuide.ARTICLE.explanation());
        footer.setName("journalFooter");
        footer.setEditable(false);
        footer.setFocusable(false);
        footer.setLineWrap(true);
        footer.setWrapStyleWord(true);
        footer.setOpaque(false);
        footer.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        footer.setFont(new JLabel().getFont().deriveFont(Font.PLAIN, new JLabel().getFont().getSize() - 1f));
        add(footer, BorderLayout.SOUTH);
        showOverview();
    }

    private static <E extends Enum<E> & Labelled> JPanel boxes(Class<E> type, Map<E, JCheckBox> into, int columns) {
        JPanel p = new JPanel(new GridLayout(0, columns));
        for (E value : type.getEnumConstants()) {
            JCheckBox box = new JCheckBox(value.label());
            box.setName(value.commandWord());
            into.put(value, box);
            p.add(box);
        }
        p.setAlignmentX(LEFT_ALIGNMENT);
        return p;
    }

    private static JPanel row(java.awt.Component... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT));
        for (java.awt.Component c : parts) {
            p.add(c);
        }
        p.setAlignmentX(LEFT_ALIGNMENT);
        return p;
    }

    private static <E extends Enum<E>> Set<E> ticked(Map<E, JCheckBox> boxes, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        boxes.forEach((v, b) -> {
            if (b.isSelected()) {
                out.add(v);
            }
        });
        return out;
    }

    JournalForm form() {
        Optional<Onset> chosenOnset = onset.getSelectedIndex() <= 0 ? Optional.empty() : Optional.of(Onset.values()[onset.getSelectedIndex() - 1]);
        Optional<Boolean> easing = switch (eases.getSelectedIndex()) {
            case 1 -> Optional.of(true);
            case 2 -> Optional.of(false);
            default -> Optional.empty();
        };
        return new JournalForm(ticked(areas, BodyArea.class), ticked(qualities, PainQuality.class), intensity.getValue(), chosenOnset,
                hoursAfter.getText(), days.getText(), easing, triggers.getText(), relievedBy.getText(), ticked(symptoms, Symptom.class),
                ticked(redFlags, RedFlag.class), exercise.getText(), linkedSession, medications.getText(), notes.getText());
    }

    /** Starts an entry after a workout: linked to its session, the exercise filled in (to change if need be); unlinked when empty. */
    void linkTo(Optional<JournalLink> link) {
        linkedSession = link.map(JournalLink::sessionId);
        link.ifPresent(l -> {
            exercise.setText(l.exerciseWords());
            exercise.setCaretPosition(0); // the start says what it was: "Squat: 7 reps"
        });
        linked.setText(link.map(l -> "This entry is linked to that workout (session " + l.sessionId() + ").").orElse(" "));
    }

    private void save() {
        JournalForm.Outcome outcome = form().check(Instant.now(), ZoneId.systemDefault());
        if (outcome instanceof JournalForm.Invalid invalid) {
            problem.setText(invalid.problem());
            return;
        }
        JournalForm.Ready ready = (JournalForm.Ready) outcome;
        problem.setText(" ");
        if (!ready.seeADoctorNow().isEmpty()) {
            notice.show(this, String.join("\n\n", ready.seeADoctorNow()));
        }
        save.setEnabled(false);
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() {
                store.add(ready.entry());
                return null;
            }

            @Override
            protected void done() {
                save.setEnabled(true);
                try {
                    get();
                    linkTo(Optional.empty());
                    reload(ready.entry());
                } catch (ExecutionException e) {
                    problem.setText("Not saved: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** Reads the journal off the event thread and shows it, selecting {@code select} when given. */
    void reload(JournalEntry select) {
        new SwingWorker<Loaded, Void>() {
            @Override
            protected Loaded doInBackground() {
                JournalStore.Contents journal = store.read();
                List<String> patternLines = new ArrayList<>();
                try { // the history is read too: a damaged one must not hide the journal's entries
                    PainPatternsView view = PainPatternsView.load(dataDirectory, LocalDate.now(), PainPatternsView.DEFAULT_WEEKS,
                            ZoneId.systemDefault(), warning -> patternLines.add("(" + warning + ")"));
                    patternLines.addAll(0, view.lines());
                    view.skipped().forEach(skipped -> patternLines.add("(Left out: " + skipped + ")"));
                } catch (RuntimeException e) {
                    patternLines.add("Patterns could not be read: " + e.getMessage());
                }
                return new Loaded(journal, patternLines);
            }

            @Override
            protected void done() {
                try {
                    Loaded loaded = get();
                    JournalStore.Contents contents = loaded.journal();
                    patterns = loaded.patterns();
                    entries = contents.entries();
                    entryLines.clear();
                    for (JournalEntry e : entries) {
                        entryLines.addElement(EntryText.summaryLine(e, PainAssessment.of(e, SorenessGuide.ARTICLE), ZoneId.systemDefault()));
                    }
                    if (select != null) {
                        entryList.setSelectedIndex(entries.indexOf(select));
                    }
                    if (entryList.getSelectedIndex() < 0) {
                        showOverview();
                    }
                    if (!contents.skipped().isEmpty()) {
                        problem.setText(contents.skipped().size() + " journal file(s) could not be read and were left as they are.");
                    }
                } catch (ExecutionException e) {
                    problem.setText("The journal could not be read: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private record Loaded(JournalStore.Contents journal, List<String> patterns) {
    }

    private void showOverview() {
        details.setText(JournalForm.overview(entries.size(), patterns));
        details.setCaretPosition(0);
    }

    private void showSelected() {
        int i = entryList.getSelectedIndex();
        if (i < 0 || i >= entries.size()) {
            showOverview();
            return;
        }
        JournalEntry e = entries.get(i);
        details.setText(String.join("\n", EntryText.lines(e, PainAssessment.of(e, SorenessGuide.ARTICLE), SorenessGuide.ARTICLE,
                ZoneId.systemDefault())));
        details.setCaretPosition(0);
    }
}
