package dev.formcheck.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that opens AWT or Swing on a real X display: under Xvfb when no display is
 * set, and with a real system tray ({@code trayer}) for the class when {@link #systemTray()} is
 * true, or with none when it is false.
 *
 * <p>Such classes carry the JUnit tag {@value #TAG} and run in their own JVM, in surefire's
 * {@code ui-under-xvfb} execution, because AWT takes its display from the environment when it
 * loads: {@code src/test/xvfb/bin/java} starts Xvfb and sets {@code DISPLAY} before the JVM
 * starts. Skipped, with the reason, when Xvfb or trayer is not installed. See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(WithXvfbDisplay.TAG)
@ExtendWith(XvfbDisplayExtension.class)
public @interface WithXvfbDisplay {
    String TAG = "xvfb";

    /** True: a system tray runs on the display for the whole class. False: the display has none. */
    boolean systemTray() default false;
}
