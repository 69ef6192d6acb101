package dev.formcheck.ui;

import dev.formcheck.desk.DeskRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tray's desk menu as a view model: headless, no AWT. */
class DeskTrayMenuTest {
    private final List<DeskRequest> forwarded = new ArrayList<>();
    private final DeskTrayMenu menu = new DeskTrayMenu(forwarded::add);

    @Test
    void offersSnoozePauseAndResumeInThatOrder() {
        assertThat(menu.choices()).extracting(MenuChoice::label).containsExactly("Snooze 15 min", "Pause 1 h", "Resume");
    }

    @Test
    void eachChoiceForwardsItsRequestAndNothingElse() {
        List<MenuChoice> choices = menu.choices();

        choices.get(0).action().run();
        assertThat(forwarded).containsExactly(new DeskRequest.Snooze(Duration.ofMinutes(15)));
        choices.get(1).action().run();
        choices.get(2).action().run();

        assertThat(forwarded).containsExactly(new DeskRequest.Snooze(Duration.ofMinutes(15)),
                new DeskRequest.Snooze(Duration.ofHours(1)), new DeskRequest.Resume());
    }

    @Test
    void theLabelsSayTheLengthsTheRequestsCarry() {
        assertThat(DeskTrayMenu.SNOOZE_LABEL).contains(String.valueOf(DeskTrayMenu.SNOOZE.toMinutes()));
        assertThat(DeskTrayMenu.PAUSE_LABEL).contains(DeskTrayMenu.PAUSE.toHours() + " h");
    }

    @Test
    void theMenuFollowsTheStateNoResumeWhenNothingIsPausedAndOnlyResumeWhenPaused() {
        assertThat(menu.choices(false)).extracting(MenuChoice::label).containsExactly("Snooze 15 min", "Pause 1 h");
        assertThat(menu.choices(true)).extracting(MenuChoice::label).containsExactly("Resume");

        menu.choices(true).get(0).action().run();
        assertThat(forwarded).containsExactly(new DeskRequest.Resume());
    }
}
