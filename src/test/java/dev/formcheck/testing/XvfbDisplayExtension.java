package dev.formcheck.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link WithXvfbDisplay} classes on an X display, starting {@code trayer} as the system tray
 * when asked, and skips them with the reason when that cannot be had.
 */
public final class XvfbDisplayExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
    /** trayer maps its window in about 50 ms on an idle machine; two builds at once on two cores take longer. */
    private static final Duration TRAY_APPEARS_WITHIN = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(25);
    /** A panel 24 pixels high, as on a common desktop: the tray hands out icons of that size. */
    private static final int TRAY_HEIGHT_PX = 24;
    /** Room for eight icons, more than a test class adds at once. */
    private static final int TRAY_WIDTH_PX = 200;
    /**
     * trayer's command line: a fixed-width panel at the top left. Not sized to its icons: a panel
     * aligned right that grows for a new icon first places it past the screen's edge, and the JDK
     * drops a balloon whose icon is off screen (XTrayIconPeer.displayMessage).
     */
    private static final List<String> TRAYER = List.of("trayer", "--edge", "top", "--align", "left",
            "--widthtype", "pixel", "--width", String.valueOf(TRAY_WIDTH_PX), "--height", String.valueOf(TRAY_HEIGHT_PX),
            "--SetDockType", "true", "--transparent", "false");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(XvfbDisplayExtension.class);
    private static final String TRAYER_PROCESS = "trayer";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return ConditionEvaluationResult.disabled(noDisplayReason());
        }
        Path x11Toolkit = Path.of(System.getProperty("java.home"), "lib", "libawt_xawt.so");
        if (System.getProperty("os.name").startsWith("Linux") && !Files.exists(x11Toolkit)) {
            return ConditionEvaluationResult.disabled("skipped: this Java has no X11 toolkit (" + x11Toolkit
                    + " is missing: a headless JRE; apt-get install openjdk-17-jre)");
        }
        if (GraphicsEnvironment.isHeadless()) {
            return ConditionEvaluationResult.disabled("skipped: DISPLAY is " + display
                    + " but AWT runs headless (java.awt.headless=true)");
        }
        if (wantsTray(context) && !onPath("trayer")) {
            return ConditionEvaluationResult.disabled("skipped: needs a system tray and trayer is not installed "
                    + "(apt-get install --no-install-recommends trayer)");
        }
        if (!wantsTray(context) && SystemTray.isSupported()) {
            return ConditionEvaluationResult.disabled("skipped: needs a display without a system tray, and "
                    + display + " has one (run it under Xvfb: unset DISPLAY)");
        }
        boolean ours = System.getenv("FORMCHECK_XVFB_STARTED") != null;
        return ConditionEvaluationResult.enabled("X display " + display + (ours ? " (Xvfb started for this JVM)" : ""));
    }

    private static String noDisplayReason() {
        String failed = System.getenv("FORMCHECK_XVFB_FAILED");
        if (failed != null) {
            return "skipped: " + failed;
        }
        if (!onPath("Xvfb")) {
            return "skipped: no X display and Xvfb is not installed (apt-get install --no-install-recommends xvfb)";
        }
        return "skipped: no X display; AWT tests run in Maven's ui-under-xvfb execution, which starts Xvfb "
                + "before the JVM (mvn -o test -Dtest=ThisTest)";
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        if (!wantsTray(context) || SystemTray.isSupported()) {
            return; // a desktop's own tray serves as well as trayer
        }
        Process trayer = new ProcessBuilder(TRAYER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        context.getStore(NAMESPACE).put(TRAYER_PROCESS, trayer);
        long deadline = System.nanoTime() + TRAY_APPEARS_WITHIN.toNanos();
        while (!SystemTray.isSupported()) {
            if (!trayer.isAlive()) {
                throw new IllegalStateException("trayer exited with status " + trayer.exitValue()
                        + " before a system tray appeared on " + System.getenv("DISPLAY"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("trayer started but no system tray appeared on "
                        + System.getenv("DISPLAY") + " within " + TRAY_APPEARS_WITHIN.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        Process trayer = context.getStore(NAMESPACE).remove(TRAYER_PROCESS, Process.class);
        if (trayer != null) {
            trayer.destroy();
            if (!trayer.waitFor(5, TimeUnit.SECONDS)) {
                trayer.destroyForcibly();
            }
        }
    }

    private static boolean wantsTray(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithXvfbDisplay.class)
                .map(WithXvfbDisplay::systemTray)
                .orElse(false);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }
}
