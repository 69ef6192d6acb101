package dev.formcheck.ui;

import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.awt.TrayIcon;
import java.util.ArrayList;
import java.util.List;

import dev.formcheck.feedback.Notification.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** In the ordinary test JVM, which on a build machine has no display. */
class TrayNotifierHeadlessTest {
    @Test
    void withoutADisplayCreatesNothingAndSaysWhy() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "skipped: this JVM has a display; the headless case needs none");
        List<String> notes = new ArrayList<>();

        assertThat(TrayNotifier.create(TraySettings.defaults(), notes::add)).isEmpty();

        assertThat(notes).containsExactly("system tray unavailable: there is no display (headless)");
    }

    @Test
    void urgencyPicksAQuietBalloon() {
        assertThat(TrayNotifier.messageType(Urgency.GENTLE)).isEqualTo(TrayIcon.MessageType.NONE);
        assertThat(TrayNotifier.messageType(Urgency.NORMAL)).isEqualTo(TrayIcon.MessageType.INFO);
    }
}
