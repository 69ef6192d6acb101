package dev.formcheck.feedback;

import dev.formcheck.feedback.Notification.Urgency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTest {
    @Test
    void keepsWhatItWasGiven() {
        Notification n = new Notification("Sit up", "You have been slouching for a minute.", Urgency.NORMAL);

        assertThat(n.title()).isEqualTo("Sit up");
        assertThat(n.message()).isEqualTo("You have been slouching for a minute.");
        assertThat(n.urgency()).isEqualTo(Urgency.NORMAL);
    }

    @Test
    void refusesABlankTitleSayingWhy() {
        assertThatThrownBy(() -> new Notification("  ", "text", Urgency.GENTLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a notification needs a title");
    }

    @Test
    void refusesMissingParts() {
        assertThatThrownBy(() -> new Notification("Move", null, Urgency.GENTLE)).hasMessage("message");
        assertThatThrownBy(() -> new Notification("Move", "text", null)).hasMessage("urgency");
    }
}
