package dev.formcheck.cli;

import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.EntryText;
import dev.formcheck.journal.JournalEntry;
import dev.formcheck.journal.JournalExport;
import dev.formcheck.journal.JournalFiles;
import dev.formcheck.journal.JournalStore;
import dev.formcheck.journal.Labelled;
import dev.formcheck.journal.Onset;
import dev.formcheck.journal.PainAssessment;
import dev.formcheck.journal.PainQuality;
import dev.formcheck.journal.RedFlag;
import dev.formcheck.journal.SorenessGuide;
import dev.formcheck.journal.Symptom;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.JournalLink;
import dev.formcheck.session.PainPatternsView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"A pain journal: note each episode of back pain and what came before it.",
                "As the source article asks, keep it for at least two weeks, so patterns show. Entries stay on this computer (in the data folder's journal/).",
                "A warning sign ticked (--red-flag) always says 'see a doctor now' first. Not a medical device."},
        subcommands = {JournalCommand.Add.class, JournalCommand.ListEntries.class, JournalCommand.Show.class,
                JournalCommand.Export.class, JournalCommand.Delete.class, JournalCommand.RedFlags.class,
                JournalCommand.Patterns.class})
final class JournalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    DataDirectoryOption dataOption;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    JournalStore store() {
        return new JournalStore(dataOption.directory());
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** Reads a list option's words ("lower-back,left-thigh") into values, naming the choices when one is unknown. */
    static <E extends Enum<E> & Labelled> Set<E> parse(CommandSpec spec, String option, List<String> words, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String w : words == null ? List.<String>of() : words) {
            String word = w.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
            out.add(JournalFiles.byWord(type, word).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    option + ": \"" + w + "\" is not one of: " + JournalFiles.words(type))));
        }
        return out;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Adds an entry. Only --where and --intensity are needed;",
            "the more you fill in, the more the journal can tell you."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        JournalCommand parent;

        @Option(names = "--where", split = ",", required = true, paramLabel = "AREA",
                description = "Where it hurts, comma-separated: neck, upper-back, mid-back, lower-back, left-buttock, right-buttock, "
                        + "left-hip, right-hip, left-thigh, right-thigh, left-lower-leg, right-lower-leg, left-foot, right-foot.")
        List<String> where;
        @Option(names = "--intensity", required = true, paramLabel = "0-10", description = "How bad, 0 (none) to 10 (worst imaginable).")
        int intensity;
        @Option(names = "--feels", split = ",", paramLabel = "QUALITY", description = "What it feels like, comma-separated: dull-ache, stiffness, tender, throbbing, sharp, "
                + "stabbing, burning, shooting, tingling.")
        List<String> feels;
        @Option(names = "--started", paramLabel = "WHEN", description = "When it started: during-exercise, right-after-exercise, "
                + "hours-after-exercise, next-day, not-after-exercise.")
        String started;
        @Option(names = "--hours-after", paramLabel = "HOURS", description = "How many hours after exercise it started.")
        Double hoursAfter;
        @Option(names = "--days", paramLabel = "DAYS", description = "For how many days it has lasted so far.")
        Integer days;
        @Option(names = "--eases-with-movement", negatable = true, description = "Moving gently eases it (or --no-eases-with-movement).")
        Boolean eases;
        @Option(names = "--trigger", paramLabel = "TEXT", description = "A movement or activity that brings it on (repeat for more).")
        List<String> triggers = List.of();
        @Option(names = "--relieved-by", paramLabel = "TEXT", description = "What helps (repeat for more).")
        List<String> relievedBy = List.of();
        @Option(names = "--with", split = ",", paramLabel = "SYMPTOM", description = "What comes with it: radiates-down-leg, "
                + "leg-tingling, muscle-spasm, morning-stiffness, hard-to-stand-up-straight.")
        List<String> with;
        @Option(names = "--red-flag", split = ",", paramLabel = "SIGN", description = "A warning sign (see 'journal red-flags'): "
                + "bowel-or-bladder-control-lost, groin-numbness, leg-weakness-getting-worse, fever-with-back-pain, "
                + "severe-pain-after-fall-or-injury, worse-at-night-or-at-rest.")
        List<String> redFlags;
        @Option(names = "--exercise", paramLabel = "TEXT", description = "What you did before it, e.g. \"deadlift 3 x 5 at 60 kg\".")
        String exercise = "";
        @Option(names = "--session", paramLabel = "ID|last", description = "The kept session this entry follows: its id "
                + "(as 'history' lists it) or 'last'. Its exercise is filled in when --exercise is not given.")
        String session;
        @Option(names = "--medication", paramLabel = "TEXT", description = "A medication or treatment taken (repeat for more).")
        List<String> medications = List.of();
        @Option(names = "--note", paramLabel = "TEXT", description = "Anything else.")
        String note = "";

        @Override
        public Integer call() {
            if (intensity < 0 || intensity > JournalEntry.MAX_INTENSITY) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--intensity is from 0 (no pain) to 10 (worst imaginable), not " + intensity);
            }
            if (hoursAfter != null && !(hoursAfter >= 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--hours-after cannot be negative");
            }
            if (days != null && days < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--days cannot be negative");
            }
            Onset onset = started == null ? null : parse(spec, "--started", List.of(started), Onset.class).iterator().next();
            Optional<JournalLink> link = session == null ? Optional.empty()
                    : Optional.of(JournalLink.find(new SessionStore(parent.dataOption.directory()), session, zone()));
            String exerciseBefore = exercise.isBlank() ? link.map(JournalLink::exerciseWords).orElse("") : exercise;
            JournalEntry entry = JournalEntry.builder(Instant.now())
                    .areas(parse(spec, "--where", where, BodyArea.class))
                    .qualities(parse(spec, "--feels", feels, PainQuality.class))
                    .intensity(intensity).onset(onset).hoursAfterExercise(hoursAfter).daysLasting(days).easesWithMovement(eases)
                    .triggers(triggers).relievedBy(relievedBy)
                    .symptoms(parse(spec, "--with", with, Symptom.class))
                    .redFlags(parse(spec, "--red-flag", redFlags, RedFlag.class))
                    .exercise(exerciseBefore).sessionId(link.map(JournalLink::sessionId).orElse(null))
                    .medications(medications).notes(note)
                    .build();
            PainAssessment reading = PainAssessment.of(entry, SorenessGuide.ARTICLE);
            PrintWriter out = spec.commandLine().getOut();
            // The warning comes before anything else, even before the entry is saved.
            reading.redFlagMessages().forEach(out::println);
            if (!reading.redFlagMessages().isEmpty()) {
                out.println();
            }
            Path file = parent.store().add(entry);
            EntryText.details(entry, reading, SorenessGuide.ARTICLE, zone()).forEach(out::println);
            out.println();
            out.println("Saved as entry " + EntryText.shortId(entry) + " in " + file.getParent());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists entries, newest last, one line each.")
    static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        JournalCommand parent;
        @Option(names = "--weeks", paramLabel = "N", description = "Only the last N weeks.")
        Integer weeks;

        @Override
        public Integer call() {
            if (weeks != null && weeks <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--weeks must be at least 1");
            }
            JournalStore.Contents contents = parent.store().read();
            PrintWriter out = spec.commandLine().getOut();
            Instant since = weeks == null ? Instant.MIN : Clock.systemUTC().instant().minus(Duration.ofDays(7L * weeks));
            List<JournalEntry> shown = contents.entries().stream().filter(e -> !e.writtenAt().isBefore(since)).toList();
            if (shown.isEmpty()) {
                out.println("No journal entries" + (weeks == null ? "" : " in the last " + weeks + (weeks == 1 ? " week" : " weeks"))
                        + ". Add one with: formcheck journal add --where lower-back --intensity 3");
            }
            for (JournalEntry e : shown) {
                PainAssessment a = PainAssessment.of(e, SorenessGuide.ARTICLE);
                out.println(EntryText.shortId(e) + "  " + EntryText.summaryLine(e, a, zone()));
            }
            skipped(spec, contents);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one entry in full, with its reading.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        JournalCommand parent;
        @Parameters(paramLabel = "ID", description = "The entry's id, or its first characters as 'list' shows them.")
        String id;

        @Override
        public Integer call() {
            JournalStore.Contents contents = parent.store().read();
            JournalEntry entry = one(spec, contents, id);
            EntryText.lines(entry, PainAssessment.of(entry, SorenessGuide.ARTICLE), SorenessGuide.ARTICLE, zone())
                    .forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes every entry to one file, .csv or .json.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        JournalCommand parent;
        @Parameters(paramLabel = "FILE", description = "A .csv (a row per entry, for a spreadsheet) or .json (every field).")
        Path file;

        @Override
        public Integer call() {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".csv") && !name.endsWith(".json")) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": export to a .csv or a .json file");
            }
            JournalStore.Contents contents = parent.store().read();
            JournalExport.write(contents.entries(), file, SorenessGuide.ARTICLE);
            spec.commandLine().getOut().println("Wrote " + contents.entries().size() + (contents.entries().size() == 1 ? " entry" : " entries")
                    + " to " + file);
            skipped(spec, contents);
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes one entry.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        JournalCommand parent;
        @Parameters(paramLabel = "ID", description = "The entry's id, or its first characters as 'list' shows them.")
        String id;

        @Override
        public Integer call() {
            JournalStore store = parent.store();
            JournalEntry entry = one(spec, store.read(), id);
            store.delete(entry.id());
            spec.commandLine().getOut().println("Deleted entry " + EntryText.shortId(entry) + ".");
            return 0;
        }
    }

    @Command(name = "red-flags", mixinStandardHelpOptions = true, description = "Lists the warning signs that need a doctor now.")
    static final class RedFlags implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("See a doctor now - do not wait for a journal pattern - if back pain comes with any of these:");
            for (RedFlag f : RedFlag.values()) {
                out.println("  " + f.label() + "   (--red-flag " + f.commandWord() + ")");
            }
            return 0;
        }
    }

    @Command(name = "patterns", mixinStandardHelpOptions = true,
            description = {"Which exercises, flags and desk days came before your journal's pain: for each, how many times",
                    "it happened and how many were followed by an entry within 2 days. Counts, not a diagnosis."})
    static final class Patterns implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        JournalCommand parent;
        @Option(names = "--weeks", defaultValue = "" + PainPatternsView.DEFAULT_WEEKS, paramLabel = "N", description = "How many weeks back. Default: ${DEFAULT-VALUE}.")
        int weeks;

        @Override
        public Integer call() {
            if (weeks < 1 || weeks > 520) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--weeks is from 1 to 520");
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PainPatternsView view = PainPatternsView.load(parent.dataOption.directory(), java.time.LocalDate.now(), weeks, zone(),
                    w -> err.println("formcheck: warning: " + w));
            view.lines().forEach(out::println);
            view.skipped().forEach(s -> err.println("formcheck: " + s));
            return 0;
        }
    }

    /** The one entry whose id starts with {@code id}, or a usage error saying how to see the ids. */
    private static JournalEntry one(CommandSpec spec, JournalStore.Contents contents, String id) {
        return contents.find(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no single journal entry starts with \"" + id + "\"; 'formcheck journal list' shows their ids"));
    }

    private static void skipped(CommandSpec spec, JournalStore.Contents contents) {
        contents.skipped().forEach(s -> spec.commandLine().getErr().println("formcheck: journal: " + s));
    }
}
