package dev.formcheck.cli;

import dev.formcheck.common.FormCheckException;
import dev.formcheck.ui.model.SettingsStore;
import dev.formcheck.ui.window.FormCheckApp;
import dev.formcheck.ui.window.MainWindow;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java -jar formcheck.jar COMMAND ...}: the one entry point. Domain errors become a short
 * message and exit code 1; a bad argument, a short message and exit code 2; never a stack trace.
 */
@Command(name = "formcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Checks exercise form and sitting posture from a webcam or a video, with MoveNet on ONNX Runtime.",
                "Not a medical device."},
        footer = {"", "Working today: pose, analyze, posture, calibrate, evaluate, history,",
                "journal, data, report, licenses, import-model, bench, generate-sample.",
                "analyze --report and report SESSION write a report to open in a browser.",
                "With no command, opens the window (where there is a display).",
                "Run 'formcheck COMMAND --help' for a command's options.",
                "'formcheck licenses' lists the licences of FormCheck, its libraries and models.",
                "Try it on the bundled sample (from the source folder):",
                "  formcheck analyze test-videos/squat-side-synthetic.mp4 --exercise auto"})
public final class Main implements Runnable {
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    VerboseOption verbose;

    public static void main(String[] args) {
        // A failure on another thread (a decoder, a timer) is one line too, never a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.err.println(errorLine(e)));
        if (runsForSeconds(args)) {
            ShortRunCompilation.requestInBackground(); // in this process only: tests call run(), not main()
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(PoseCommand.class, AnalyzeCommand.class, PostureCommand.class,
            CalibrateCommand.class, ImportModelCommand.class, BenchCommand.class, GenerateSampleCommand.class,
            EvaluateCommand.class, JournalCommand.class, HistoryCommand.class, ReportCommand.class, DataCommand.class,
            LicensesCommand.class);

    /**
     * The command line with the command that {@code args} name, or with every command when they
     * name none (the help, the window, a mistyped name). picocli reads each command's options
     * from its annotations as it is added: all thirteen took about a third of a second of every
     * start (decision 0075), while a run needs only the one it names.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        Optional<Class<?>> named = namedCommand(args);
        for (Class<?> command : COMMANDS) {
            if (named.isEmpty() || named.get() == command) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    /**
     * The command the first word that is not an option names, if it names one; none when the help
     * or the version is asked for before it ({@code --help analyze} shows the whole list).
     */
    private static Optional<Class<?>> namedCommand(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return Optional.empty();
            }
            if (!a.startsWith("-")) {
                return COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(a)).findFirst();
            }
        }
        return Optional.empty();
    }

    /** Commands that read a recording through the models and end: their JIT work is mostly wasted (decision 0075). */
    private static final Set<String> SHORT_RUNS = Set.of("analyze", "evaluate", "report");

    /** Whether the command named on this line is one of {@link #SHORT_RUNS}. */
    static boolean runsForSeconds(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return SHORT_RUNS.contains(a);
            }
        }
        return false;
    }

    /** Runs a command line with the given streams and returns the exit code (used by tests too). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = commandLine(args);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(Main::badArguments);
        cli.setExecutionExceptionHandler(Main::failure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // "--baseline a.jpg --fps 5": an option this command does not have is an unknown option,
        // not a file name for the list before it (picocli's default takes it as one)
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; an Error (out of memory, a native
            // library that will not load) would otherwise end the JVM with a stack trace.
            err.println(errorLine(e));
            err.flush();
            return EXIT_FAILURE;
        }
    }

    /** What the user reads when the JVM itself fails: one line, with what to do where there is something. */
    static String errorLine(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "formcheck: out of memory (" + e.getMessage() + "); try a smaller input, or give Java more memory: "
                    + "java -Xmx4g -jar formcheck.jar ...";
        }
        return "formcheck: internal error: " + e + ". Please report this.";
    }

    /** With no command: the window where a display exists, else the help (which says which commands work today). */
    @Override
    public void run() {
        if (!FormCheckApp.canShowWindow()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return;
        }
        try {
            MainWindow window = FormCheckApp.open(SettingsStore.inUserConfig(), timing -> {
                if (verboseRequested(spec)) {
                    spec.commandLine().getErr().println("formcheck: " + timing);
                }
            });
            window.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("formcheck: " + e.getMessage());
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return EXIT_USAGE;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof FormCheckException) {
            err.println("formcheck: " + e.getMessage());
            if (isVerbose(parsed) && e.getCause() != null) {
                err.println("cause: " + e.getCause());
            }
            return EXIT_FAILURE;
        }
        // A bug, not bad input: still no stack trace unless asked for, but say it is ours.
        err.println("formcheck: internal error: " + e);
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("Please report this; --verbose shows the details.");
        }
        return EXIT_FAILURE;
    }

    /** Whether --verbose was given anywhere on the command line (before or after the command name). */
    static boolean verboseRequested(CommandLine.Model.CommandSpec spec) {
        return isVerbose(spec.root().commandLine().getParseResult());
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"formcheck " + version()};
        }
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
