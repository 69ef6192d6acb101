package dev.formcheck.feedback;

import dev.formcheck.feedback.Notification.Urgency;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleNotifierTest {
    @Test
    void showsEachNotificationAsOneLineLabelledByUrgency() {
        List<String> lines = new ArrayList<>();
        ConsoleNotifier notifier = new ConsoleNotifier(lines::add);

        notifier.show(new Notification("Time to move", "You have been sitting for 45 minutes.", Urgency.GENTLE));
        notifier.show(new Notification("Sit up", "Slouched for 60 s.", Urgency.NORMAL));

        assertThat(lines).containsExactly(
                "reminder: Time to move - You have been sitting for 45 minutes.",
                "alert: Sit up - Slouched for 60 s.");
    }

    @Test
    void joinsAMessageWithLineBreaksIntoOneLine() {
        List<String> lines = new ArrayList<>();

        new ConsoleNotifier(lines::add).show(new Notification("Sit up", "Chest up.\n  Shoulders back.\r\n", Urgency.NORMAL));

        assertThat(lines).containsExactly("alert: Sit up - Chest up. Shoulders back.");
    }

    @Test
    void showsOnlyTheTitleWhenThereIsNoMessage() {
        assertThat(ConsoleNotifier.line(new Notification("Paused", "", Urgency.GENTLE))).isEqualTo("reminder: Paused");
    }

    @Test
    void printsToTheGivenStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        new ConsoleNotifier(out).show(new Notification("Break", "Stand up and stretch.", Urgency.GENTLE));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("reminder: Break - Stand up and stretch." + System.lineSeparator());
    }
}
