package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.Notification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Escalation, praise and the sit/stand schedule on an injected time, headless. */
class ReminderCoachTest {
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    private static final ReminderSettings DEFAULTS = ReminderSettings.from(CalibrationFiles.defaults());
    private static final Duration BREAK = Duration.ofMinutes(2);
    private static final Notification SLOUCH = SlouchAlarm.alertFor(DeskState.SLOUCHED);
    private static final Notification MOVE = new Notification(BreakReminder.TITLE, "Stand up", Notification.Urgency.GENTLE);

    private static ReminderCoach coach(ReminderSettings settings) {
        return new ReminderCoach(settings, BREAK, Duration.ofMinutes(5), ZoneOffset.UTC);
    }

    private static Instant at(long minutes) {
        return NINE.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void theShippedDefaultsEscalateNoticeThenSoundThenPanel() {
        assertThat(DEFAULTS.soundFrom()).isEqualTo(2);
        assertThat(DEFAULTS.panelFrom()).isEqualTo(3);
        assertThat(DEFAULTS.praiseAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(ReminderSettings.defaultSitStand(CalibrationFiles.defaults()))
                .isEqualTo(new ReminderSettings.SitStand(Duration.ofMinutes(20), Duration.ofMinutes(8)));
    }

    @Test
    void anUnheededSlouchEscalatesFromAQuietNoticeToASoundToThePanel() {
        ReminderCoach c = coach(DEFAULTS);
        c.postureIs(Posture.SLOUCHED, at(0));

        List<Reminder.Step> steps = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            c.postureIs(Posture.SLOUCHED, at(i));
            steps.add(c.reminded(SLOUCH, at(i)).orElseThrow().step());
        }

        assertThat(steps).containsExactly(Reminder.Step.NOTICE, Reminder.Step.SOUND, Reminder.Step.PANEL, Reminder.Step.PANEL);
    }

    @Test
    void sittingTallAgainOrAnsweringStartsTheEscalationAgain() {
        ReminderCoach c = coach(DEFAULTS);
        c.reminded(SLOUCH, at(1));
        c.reminded(SLOUCH, at(2));
        c.postureIs(Posture.UPRIGHT, at(3)); // heeded
        assertThat(c.reminded(SLOUCH, at(5)).orElseThrow().step()).isEqualTo(Reminder.Step.NOTICE);

        c.reminded(SLOUCH, at(6));
        c.answered(); // "I've fixed it"
        assertThat(c.reminded(SLOUCH, at(7)).orElseThrow().step()).isEqualTo(Reminder.Step.NOTICE);
    }

    @Test
    void aBreakReminderEscalatesOnItsOwnCountAndABreakTheCameraSawHeedsIt() {
        ReminderCoach c = coach(DEFAULTS);
        c.postureIs(Posture.UPRIGHT, at(0));
        assertThat(c.reminded(MOVE, at(45)).orElseThrow().step()).isEqualTo(Reminder.Step.NOTICE);
        assertThat(c.reminded(SLOUCH, at(46)).orElseThrow().step()).as("posture counts apart").isEqualTo(Reminder.Step.NOTICE);
        assertThat(c.reminded(MOVE, at(55)).orElseThrow().step()).isEqualTo(Reminder.Step.SOUND);

        c.postureIs(Posture.AWAY, at(56));
        Optional<Reminder> back = c.postureIs(Posture.UPRIGHT, at(60));

        assertThat(back).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Reminder.Kind.PRAISE);
            assertThat(r.note().message()).isEqualTo("That break counts: welcome back.");
        });
        assertThat(c.reminded(MOVE, at(105)).orElseThrow().step()).isEqualTo(Reminder.Step.NOTICE);
    }

    @Test
    void aMomentOutOfViewIsNoBreakAndEarnsNoPraise() {
        ReminderCoach c = coach(DEFAULTS);
        c.postureIs(Posture.UPRIGHT, at(0));
        c.reminded(MOVE, at(45));
        c.postureIs(Posture.AWAY, at(46));

        assertThat(c.postureIs(Posture.UPRIGHT, at(47))).isEmpty();
        assertThat(c.reminded(MOVE, at(55)).orElseThrow().step()).isEqualTo(Reminder.Step.SOUND);
    }

    @Test
    void halfAnHourWithoutAPoorPostureIsPraisedOncePerStretch() {
        ReminderCoach c = coach(DEFAULTS);
        List<Reminder> said = new ArrayList<>();
        for (int m = 0; m <= 110; m++) {
            Posture p = m >= 40 && m < 42 ? Posture.FORWARD_HEAD : Posture.UPRIGHT;
            c.postureIs(p, at(m)).ifPresent(said::add);
        }

        assertThat(said).extracting(Reminder::at).as("30 min from 9:00, then 30 min from the end of the forward head")
                .containsExactly(at(30), at(72));
    }

    @Test
    void noPraiseWhenTurnedOffOrInQuietHours() {
        ReminderCoach off = coach(DEFAULTS.withPraise(false));
        ReminderCoach quiet = coach(DEFAULTS.withQuietHours(Optional.of(new QuietHours(LocalTime.of(8, 0), LocalTime.of(12, 0)))));
        for (int m = 0; m <= 40; m++) {
            assertThat(off.postureIs(Posture.UPRIGHT, at(m))).isEmpty();
            assertThat(quiet.postureIs(Posture.UPRIGHT, at(m))).isEmpty();
        }
    }

    @Test
    void theSitStandScheduleAlternatesHoldsPostureAlertsWhileStandingAndRestartsAfterABreak() {
        ReminderCoach c = coach(DEFAULTS.withPraise(false)
                .withSitStand(Optional.of(new ReminderSettings.SitStand(Duration.ofMinutes(20), Duration.ofMinutes(8)))));
        List<Reminder> said = new ArrayList<>();
        for (int m = 0; m <= 30; m++) {
            c.postureIs(Posture.UPRIGHT, at(m)).ifPresent(said::add);
            if (m == 25) {
                assertThat(c.standing()).isTrue();
                assertThat(c.reminded(SLOUCH, at(m))).as("the sitting baseline does not judge a standing person").isEmpty();
            }
        }
        assertThat(said).extracting(r -> r.note().title()).containsExactly("Time to stand", "Time to sit");
        assertThat(said).extracting(Reminder::at).containsExactly(at(20), at(28));

        c.postureIs(Posture.AWAY, at(35));
        c.postureIs(Posture.UPRIGHT, at(40)); // a break: sitting again from here
        assertThat(c.postureIs(Posture.UPRIGHT, at(59))).isEmpty();
        assertThat(c.postureIs(Posture.UPRIGHT, at(60))).hasValueSatisfying(r -> assertThat(r.note().title()).isEqualTo("Time to stand"));
    }

    private static final ReminderSettings.SitStand TWENTY_EIGHT = new ReminderSettings.SitStand(Duration.ofMinutes(20), Duration.ofMinutes(8));
    private static final Optional<DeskStance> SITTING = Optional.of(DeskStance.SITTING);
    private static final Optional<DeskStance> STANDING = Optional.of(DeskStance.STANDING);

    @Test
    void whereTheCameraTellsAnUnfollowedNoteToStandEscalatesEveryRepeatUntilTheUserStands() {
        ReminderCoach c = coach(DEFAULTS.withPraise(false).withSitStand(Optional.of(TWENTY_EIGHT)));
        List<Reminder> said = new ArrayList<>();
        for (int m = 0; m <= 31; m++) {
            c.postureIs(Posture.UPRIGHT, SITTING, false, at(m)).ifPresent(said::add);
        }
        // 20 min sitting, then every 5 min while still sitting: a notice, the sound, the panel
        assertThat(said).extracting(Reminder::at).containsExactly(at(20), at(25), at(30));
        assertThat(said).extracting(Reminder::step).containsExactly(Reminder.Step.NOTICE, Reminder.Step.SOUND, Reminder.Step.PANEL);
        assertThat(said).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Reminder.Kind.SIT_STAND));
        assertThat(said.get(2).note().message()).startsWith("You have been sitting for 30 minutes. Raise the desk and stand for 8");

        // seen standing at 32: heeded; 8 min later the note to sit starts gently again
        List<Reminder> after = new ArrayList<>();
        for (int m = 32; m <= 41; m++) {
            c.postureIs(Posture.UPRIGHT, STANDING, false, at(m)).ifPresent(after::add);
        }
        assertThat(after).extracting(Reminder::at).containsExactly(at(40));
        assertThat(after.get(0).note().title()).isEqualTo("Time to sit");
        assertThat(after.get(0).step()).isEqualTo(Reminder.Step.NOTICE);
        assertThat(c.reminded(SLOUCH, at(41))).as("standing is judged against its own baseline: its alerts go through").isPresent();
    }

    @Test
    void whereTheCameraTellsTheNotesWaitForQuietHoursAndAPauseToEnd() {
        ReminderCoach c = coach(DEFAULTS.withPraise(false).withSitStand(Optional.of(TWENTY_EIGHT))
                .withQuietHours(Optional.of(new QuietHours(LocalTime.of(9, 10), LocalTime.of(9, 30)))));
        List<Reminder> said = new ArrayList<>();
        for (int m = 0; m <= 40; m++) {
            boolean paused = m >= 30 && m < 34;
            c.postureIs(Posture.UPRIGHT, SITTING, paused, at(m)).ifPresent(said::add);
        }
        // due at 9:20, held through the quiet hours (to 9:30) and the pause (to 9:34)
        assertThat(said).extracting(Reminder::at).containsExactly(at(34), at(39));
    }

    @Test
    void withoutASeenStanceTheScheduleFollowsTheClockAndEveryNoteStaysQuiet() {
        ReminderCoach c = coach(DEFAULTS.withPraise(false).withSitStand(Optional.of(TWENTY_EIGHT)));
        List<Reminder> said = new ArrayList<>();
        for (int m = 0; m <= 60; m++) {
            c.postureIs(Posture.UPRIGHT, Optional.empty(), false, at(m)).ifPresent(said::add);
        }
        assertThat(said).extracting(Reminder::at).containsExactly(at(20), at(28), at(48), at(56));
        assertThat(said).extracting(Reminder::step).containsOnly(Reminder.Step.NOTICE);
    }
}
