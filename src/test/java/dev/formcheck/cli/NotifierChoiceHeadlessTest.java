package dev.formcheck.cli;

import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** In the ordinary test JVM, which on a build machine has no display. */
class NotifierChoiceHeadlessTest {
    @Test
    void withoutADisplayRemindersStayOnTheConsoleAndOneLineSaysWhy() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "skipped: this JVM has a display; the headless case needs none");
        List<String> notes = new ArrayList<>();

        try (NotifierChoice choice = NotifierChoice.choose(true, false, notes::add)) {
            assertThat(choice.hasTray()).isFalse();
            assertThat(choice.desktop()).isEmpty();
        }
        assertThat(notes).containsExactly("system tray unavailable: there is no display (headless)");
    }
}
