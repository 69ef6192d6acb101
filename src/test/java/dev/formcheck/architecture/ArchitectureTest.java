package dev.formcheck.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The package rules of docs/architecture.md, each with its reason. Every rule selects classes
 * that exist today, so none passes just because it has nothing to check.
 */
@AnalyzeClasses(packages = "dev.formcheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String CAPTURE = "dev.formcheck.capture..";
    private static final String POSE = "dev.formcheck.pose..";
    private static final String POSE_TRACKING = "dev.formcheck.pose.tracking..";
    private static final String KINEMATICS = "dev.formcheck.kinematics..";
    private static final String ANALYSIS = "dev.formcheck.analysis..";
    private static final String FEEDBACK = "dev.formcheck.feedback..";
    private static final String DESK = "dev.formcheck.desk..";
    private static final String REPORT = "dev.formcheck.report..";
    private static final String MEDIA = "dev.formcheck.media..";
    private static final String UI = "dev.formcheck.ui..";
    private static final String CLI = "dev.formcheck.cli..";
    private static final String MODEL_IMPORT = "dev.formcheck.modelimport..";
    private static final String PIPELINE = "dev.formcheck.pipeline..";
    private static final String SYNTHETIC = "dev.formcheck.synthetic..";
    private static final String SESSION = "dev.formcheck.session..";
    private static final String COMMON = "dev.formcheck.common..";
    private static final String EVALUATION = "dev.formcheck.evaluation..";
    private static final String JOURNAL = "dev.formcheck.journal..";
    private static final String RECORDS = "dev.formcheck.records..";
    private static final String PLATFORM = "dev.formcheck.platform..";

    /** The one class allowed to print a stack trace: for internal errors, under --verbose only. */
    private static final String CLI_MAIN = "dev.formcheck.cli.Main";

    // ---- third-party libraries ----

    @ArchTest
    static final ArchRule onlyPoseAndModelImportUseOnnxRuntime = noClasses()
            .that().resideOutsideOfPackages(POSE, MODEL_IMPORT)
            .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
            .because("ONNX Runtime sessions hold native memory: pose owns the sessions it opens and closes them, "
                    + "and the model importer may use ONNX Runtime to validate what it converted; "
                    + "nobody else should be able to leak a session or a tensor");

    @ArchTest
    static final ArchRule onlyOrtSessionsCreatesTheOnnxRuntimeEnvironment = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.formcheck.pose.OrtSessions")
            .should().callMethodWhere(target(name("getEnvironment"))
                    .and(targetOwner(name("ai.onnxruntime.OrtEnvironment"))))
            .because("ONNX Runtime reads its telemetry opt-out once, when the environment is created: "
                    + "OrtSessions.environment() sets it first (and points ONNX Runtime at the cached native "
                    + "libraries), so an environment made anywhere else could send telemetry (docs/decisions/0015)");

    @ArchTest
    static final ArchRule onlyPoseAndPlatformCallNativeCode = noClasses()
            .that().resideOutsideOfPackages(POSE, PLATFORM)
            .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
            .because("JNA is here to set ONNX Runtime's telemetry opt-out in the process environment "
                    + "before the pose stage creates ONNX Runtime's environment (docs/decisions/0015), and to ask "
                    + "the Windows shell whether the screen is locked or a full-screen program is in front "
                    + "(platform, decision 0085); a native call anywhere else would be a crash no test here sees");

    @ArchTest
    static final ArchRule trackingRunsAnyEstimatorWithoutOnnxRuntime = noClasses()
            .that().resideInAPackage(POSE_TRACKING)
            .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
            .because("tracking (crop, smoothing, presence) is logic over PoseEstimator: it is tested with a "
                    + "scripted estimator, and the native sessions stay with the estimator that owns them");

    @ArchTest
    static final ArchRule onlyCaptureAndMediaUseJavaCv = noClasses()
            .that().resideOutsideOfPackages(CAPTURE, MEDIA)
            .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
            .because("JavaCV frames are native buffers the grabber reuses for the next frame; they are copied "
                    + "into owned RgbImages inside capture and never cross into another stage");

    /** Swing, FlatLaf, and all of AWT except the raster classes in java.awt.image itself. */
    private static final DescribedPredicate<JavaClass> UI_TOOLKIT =
            resideInAnyPackage("javax.swing..", "com.formdev.flatlaf..")
                    .or(resideInAPackage("java.awt..").and(not(resideInAPackage("java.awt.image"))))
                    .as("are Swing, FlatLaf or AWT classes (except java.awt.image)");

    @ArchTest
    static final ArchRule onlyUiUsesTheUiToolkit = noClasses()
            .that().resideOutsideOfPackages(UI, SYNTHETIC, MEDIA)
            .should().dependOnClassesThat(UI_TOOLKIT)
            .because("the window is the UI's business: the other stages must run headless, in tests, "
                    + "the CLI and on a machine without a display (synthetic is the one exception, "
                    + "held to offscreen drawing by syntheticOnlyDrawsOffscreen, and media, which draws an overlay's "
                    + "caption offscreen, held to it by mediaOnlyDrawsOffscreen; decision 0045)");

    @ArchTest
    static final ArchRule onlyUiPlaysSound = noClasses()
            .that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAPackage("javax.sound..")
            .because("a sound device, like a display, may be missing: the ui owns both and falls back quietly; "
                    + "feedback decides what to say, never how it sounds");

    /** What offscreen Java2D drawing never needs: windows, components, events, the toolkit, Swing, image files. */
    private static final DescribedPredicate<JavaClass> WINDOWING_OR_IMAGE_FILES =
            resideInAnyPackage("javax.swing..", "com.formdev.flatlaf..", "java.awt.event..", "java.awt.dnd..",
                    "java.awt.datatransfer..", "javax.imageio..")
                    .or(assignableTo(java.awt.Component.class))
                    .or(assignableTo(java.awt.MenuComponent.class))
                    .or(name(java.awt.Toolkit.class.getName()))
                    .or(name(java.awt.Desktop.class.getName()))
                    .or(name(java.awt.Robot.class.getName()))
                    .as("are Swing, FlatLaf, AWT windows, components, events or toolkit, or javax.imageio");

    @ArchTest
    static final ArchRule syntheticOnlyDrawsOffscreen = noClasses()
            .that().resideInAPackage(SYNTHETIC)
            .should().dependOnClassesThat(WINDOWING_OR_IMAGE_FILES)
            .because("synthetic renders its mannequin with Java2D (Graphics2D, java.awt.geom, gradient paints) "
                    + "into an offscreen BufferedImage, which works headless; it hands out RgbImages, and "
                    + "showing them is ui's business, encoding them media's");

    /** As {@link #WINDOWING_OR_IMAGE_FILES}, less javax.imageio, which media already uses to encode key frames. */
    private static final DescribedPredicate<JavaClass> WINDOWING_OR_IMAGE_FILES_BUT_IMAGEIO =
            resideInAnyPackage("javax.swing..", "com.formdev.flatlaf..", "java.awt.event..", "java.awt.dnd..",
                    "java.awt.datatransfer..")
                    .or(assignableTo(java.awt.Component.class))
                    .or(assignableTo(java.awt.MenuComponent.class))
                    .or(name(java.awt.Toolkit.class.getName()))
                    .or(name(java.awt.Desktop.class.getName()))
                    .or(name(java.awt.Robot.class.getName()))
                    .as("are Swing, FlatLaf, AWT windows, components, events or toolkit");

    @ArchTest
    static final ArchRule mediaOnlyDrawsOffscreen = noClasses()
            .that().resideInAPackage(MEDIA)
            .should().dependOnClassesThat(WINDOWING_OR_IMAGE_FILES_BUT_IMAGEIO)
            .because("media draws an overlay's caption with Java2D into an offscreen BufferedImage when its text "
                    + "changes, which works headless; windows, components and events are ui's business (decision 0045)");

    @ArchTest
    static final ArchRule onlyCaptureMediaAndUiDecodeOrEncodeImages = noClasses()
            .that().resideOutsideOfPackages(CAPTURE, MEDIA, UI, SYNTHETIC)
            .should().dependOnClassesThat().resideInAnyPackage("java.awt.image", "javax.imageio..")
            .because("capture decodes photos with ImageIO into BufferedImages and copies them into RgbImages, "
                    + "media encodes key frames, synthetic draws into a BufferedImage (never ImageIO: "
                    + "syntheticOnlyDrawsOffscreen); between stages pixels travel only as owned, immutable RgbImages");

    @ArchTest
    static final ArchRule onlyCliUsesPicocli = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("argument parsing belongs to the command line; stages take typed settings, "
                    + "so the UI can drive them the same way");

    @ArchTest
    static final ArchRule onlyModelImportUsesProtobuf = noClasses()
            .that().resideOutsideOfPackage(MODEL_IMPORT)
            .should().dependOnClassesThat().resideInAPackage("com.google.protobuf..")
            .because("only the importer writes ONNX protobuf; the app reads models through ONNX Runtime");

    // ---- our own packages ----

    @ArchTest
    static final ArchRule stagesDependOnlyOnEarlierStages = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Capture").definedBy(CAPTURE)
            .layer("Pose").definedBy(POSE)
            .layer("Kinematics").definedBy(KINEMATICS)
            .layer("Analysis").definedBy(ANALYSIS)
            .layer("Feedback").definedBy(FEEDBACK)
            .layer("Desk").definedBy(DESK)
            .layer("Report").definedBy(REPORT)
            .layer("Media").definedBy(MEDIA)
            .layer("UI").definedBy(UI)
            .layer("CLI").definedBy(CLI)
            .layer("ModelImport").definedBy(MODEL_IMPORT)
            .layer("Pipeline").definedBy(PIPELINE)
            .layer("Synthetic").definedBy(SYNTHETIC)
            .layer("Session").definedBy(SESSION)
            .layer("Common").definedBy(COMMON)
            .layer("Evaluation").definedBy(EVALUATION)
            .layer("Journal").definedBy(JOURNAL)
            .layer("Records").definedBy(RECORDS)
            .layer("Platform").definedBy(PLATFORM)
            // Not Kinematics or Analysis: they work on poses and timestamps, never on frames.
            .whereLayer("Capture").mayOnlyBeAccessedByLayers(
                    "Pose", "Pipeline", "Feedback", "Report", "Media", "Session", "UI", "CLI", "Synthetic", "Evaluation")
            .whereLayer("Pose").mayOnlyBeAccessedByLayers(
                    "Pipeline", "Kinematics", "Analysis", "Feedback", "Desk", "Report", "Media", "Session", "UI", "CLI",
                    "Synthetic", "Evaluation")
            // The pipeline only moves frames and poses between threads; sessions, the UI, the CLI and evaluate drive it.
            .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Session", "UI", "CLI")
            .whereLayer("Kinematics").mayOnlyBeAccessedByLayers("Analysis", "Feedback", "Desk", "Report", "Media", "Session",
                    "UI", "CLI", "Evaluation")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Feedback", "Desk", "Report", "Media", "Session", "UI", "CLI",
                    "Evaluation")
            // Scoring on labelled media is run by the CLI (evaluate) and could be by the window.
            .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("UI", "CLI")
            // The report words faults as the window does: PlainWords is the one place display names live.
            .whereLayer("Feedback").mayOnlyBeAccessedByLayers("Desk", "Report", "Session", "UI", "CLI")
            // The desk monitor decides on poses and a clock; the CLI and the window run it.
            .whereLayer("Desk").mayOnlyBeAccessedByLayers("Session", "UI", "CLI")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Session", "UI", "CLI")
            .whereLayer("Media").mayOnlyBeAccessedByLayers("Report", "Session", "UI", "CLI", "Synthetic")
            // Sessions hold the product rules both front ends drive.
            .whereLayer("Session").mayOnlyBeAccessedByLayers("UI", "CLI", "Evaluation")
            // The pain journal is the person's own notes: the window and the journal command keep them.
            .whereLayer("Journal").mayOnlyBeAccessedByLayers("Session", "UI", "CLI")
            // What is kept of sessions: sessions write it; the front ends and the journal's patterns read it.
            .whereLayer("Records").mayOnlyBeAccessedByLayers("Journal", "Session", "UI", "CLI")
            // What the OS says of the desktop (lock, sleep, full screen): desk mode's session follows it,
            // the window and the CLI start it and say what it cannot tell (decision 0085).
            .whereLayer("Platform").mayOnlyBeAccessedByLayers("Session", "UI", "CLI")
            .whereLayer("UI").mayOnlyBeAccessedByLayers("CLI")
            .whereLayer("CLI").mayNotBeAccessedByAnyLayer()
            .whereLayer("ModelImport").mayOnlyBeAccessedByLayers("CLI")
            // A test-and-demo body: the product's stages never depend on it, only the CLI's generate-sample
            // and the window's "how to" pictures of an exercise's positions (decision 0043).
            .whereLayer("Synthetic").mayOnlyBeAccessedByLayers("CLI", "UI")
            // Common has no restriction: every layer may use it, and it may use none of them
            // (no other layer lists Common as an allowed accessor).
            .because("data flows one way, capture -> pose -> kinematics -> analysis -> feedback/report; "
                    + "kinematics and analysis see poses, not frames, so live and recorded sessions share them; "
                    + "the model importer is an offline tool; only the CLI launches the window; "
                    + "sessions hold the rules both front ends share, so neither front end depends on the other; "
                    + "the synthetic body makes test and sample media and the window's how-to pictures, and no stage "
                    + "of the analysis relies on it");

    // ---- evaluation ----

    @ArchTest
    static final ArchRule evaluationScoresWhatAnalyzeJudges = noClasses()
            .that().resideInAPackage(EVALUATION)
            .should().dependOnClassesThat().haveFullyQualifiedName(dev.formcheck.analysis.exercise.ExerciseAnalyzer.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(dev.formcheck.analysis.exercise.ExerciseSession.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(dev.formcheck.analysis.exercise.ExerciseRecognizer.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(dev.formcheck.kinematics.Kinematics.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(dev.formcheck.analysis.exercise.ExerciseJudge.class.getName())
            .orShould().dependOnClassesThat().resideInAnyPackage("dev.formcheck.pipeline..", "javax.swing..", "java.awt..")
            .because("evaluate must score exactly what analyze --exercise decides: it runs the sessions analyze runs "
                    + "(session.RecordingJudgement for videos, session.PhotoJudgement for photos), never its own "
                    + "tracking, kinematics or engine; it is headless so the window can run it too");

    // ---- what the OS says ----

    @ArchTest
    static final ArchRule thePlatformAsksHeadless = noClasses()
            .that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev.flatlaf..",
                    "dev.formcheck.desk..", "dev.formcheck.session..", "dev.formcheck.ui..")
            .because("platform only asks the OS (commands, one shell call) and reports readings; what they mean "
                    + "for desk mode is decided in session and desk, tested headless, and the window's own Java "
                    + "desktop events reach it through ui.SleepWatch (decision 0085)");

    // ---- sessions ----

    @ArchTest
    static final ArchRule sessionsRunHeadless = noClasses()
            .that().resideInAPackage(SESSION)
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "javax.swing..", "java.awt..",
                    "com.formdev.flatlaf..", "javax.sound..")
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("sessions are the product rules the command line and the window share: tested without a "
                    + "display, they return what happened as data and each front end shows it its own way");

    @ArchTest
    static final ArchRule viewModelsRunWithoutADisplay = noClasses()
            .that().resideInAPackage("dev.formcheck.ui.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev.flatlaf..",
                    "javax.sound..")
            .because("every decision the window shows lives in a view model tested without a display; the Swing "
                    + "classes in ui.window only render them and forward what the user asks for");

    // ---- the desk monitor ----

    @ArchTest
    static final ArchRule theDeskMonitorDecidesHeadless = noClasses()
            .that().resideInAPackage(DESK)
            .should().dependOnClassesThat().resideInAnyPackage(CAPTURE, UI, PIPELINE, "org.bytedeco..", "ai.onnxruntime..",
                    "javax.swing..", "java.awt..")
            .because("the desk monitor's decisions (states, timers, reminders, when to use the camera) are tested with "
                    + "synthetic keypoints and a simulated clock; it sees poses, never frames or cameras, and tells the "
                    + "runner (CLI or window) what to do with the camera instead of opening it");

    @ArchTest
    static final ArchRule trayMenusAreHeadlessViewModels = noClasses()
            .that().haveFullyQualifiedName(dev.formcheck.ui.DeskTrayMenu.class.getName())
            .or().haveFullyQualifiedName(dev.formcheck.ui.MenuChoice.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("the tray's menu is a view model: its choices and what each forwards are tested without a "
                    + "display, and only TrayNotifier turns them into AWT menu items");

    // ---- inside analysis ----

    @ArchTest
    static final ArchRule theAnalysisEngineReadsNoFiles = noClasses()
            .that().resideInAPackage("dev.formcheck.analysis")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "com.fasterxml.jackson..")
            .because("the engine (phases, holds, debouncing, active sets) is computation over timestamped values, "
                    + "so live and recorded sessions and tests drive it alike; thresholds and calibration files "
                    + "are read once by analysis.thresholds and reach it as numbers");

    @ArchTest
    static final ArchRule calibrationMeasuresWithoutReadingFiles = noClasses()
            .that().resideInAPackage("dev.formcheck.analysis.calibration")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "com.fasterxml.jackson..")
            .because("measuring a neutral posture is computation over kinematic frames, the same for a camera, a video "
                    + "and photos and tested with synthetic keypoints; the CLI brings the frames and "
                    + "analysis.thresholds.CalibrationFiles stores the result");

    // ---- talking to the user ----

    @ArchTest
    static final ArchRule onlyCliWritesToTheTerminal = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the CLI talks to the terminal; the other stages report through return values "
                    + "and exceptions, which also works for the window");

    @ArchTest
    static final ArchRule onlyCliEndsTheProcess = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("a stage that exits takes the window, open files and native sessions down with it; "
                    + "stages throw, and the CLI decides the exit code");

    @ArchTest
    static final ArchRule noJavaUtilLogging = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("each failure is one exception per boundary, shown once by the CLI or the window; "
                    + "a log line beside it would report it twice");

    /**
     * Matched on the name and on any Throwable owner: {@code e.printStackTrace()} compiles to a call
     * on e's static type (Exception, CaptureException...), so {@code callMethod(Throwable.class, ...)}
     * alone would miss it (it misses the call in {@code Main.failure}).
     */
    private static final DescribedPredicate<JavaAccess<?>> PRINT_STACK_TRACE =
            targetOwner(assignableTo(Throwable.class)).and(target(name("printStackTrace")))
                    .as("the target is printStackTrace(..) of a Throwable");

    @ArchTest
    static final ArchRule noStackTracesExceptUnderVerbose = noClasses()
            .that().doNotHaveFullyQualifiedName(CLI_MAIN)
            .should().callMethodWhere(PRINT_STACK_TRACE)
            .because("users see one short message per failure; only " + CLI_MAIN
                    + " prints a stack trace, for internal errors and only under --verbose");

    // ---- exceptions ----

    @ArchTest
    static final ArchRule exceptionsAreFormCheckExceptions = classes()
            .that().haveSimpleNameEndingWith("Exception")
            .should().beAssignableTo(dev.formcheck.common.FormCheckException.class)
            .because("each boundary has one unchecked domain exception whose message is written for the user; "
                    + "the command line shows every FormCheckException as it is, so a new stage's exception "
                    + "cannot end up reported as an internal error, and checked exceptions would force "
                    + "catch-and-rethrow in every stage between");

    // ---- cycles ----

    @ArchTest
    static final ArchRule noPackageCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("dev.formcheck.(**)")
            .should().beFreeOfCycles()
            .because("every package, sub-packages included, can then be read, tested and replaced from the bottom up; "
                    + "inside modelimport: core <- tfjs, ops <- the ModelImporter front door");
}
