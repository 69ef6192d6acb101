package dev.formcheck.ui.model;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.Lean;
import dev.formcheck.desk.Posture;
import dev.formcheck.session.DeskStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Desk mode's screen as data, without a display. */
class DeskViewModelTest {
    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");
    private final DeskViewModel model = new DeskViewModel(ZoneOffset.UTC);

    private static DeskStatus watching(Posture p, Optional<Instant> pausedUntil, Map<String, Long> todayMs) {
        return new DeskStatus(NOON, true, p, Duration.ofMinutes(23), Duration.ofMinutes(22), pausedUntil, pausedUntil.isPresent(),
                Optional.of(new DailySummary(LocalDate.of(2026, 12, 7), todayMs, 0, 0, 0, List.of(), NOON)));
    }

    @Test
    void offStartingTakingTheBaselineAndWatchingSayWhatIsGoingOnAndEnableTheRightButtons() {
        assertThat(model.stateWords()).isEqualTo("Desk mode is off");
        assertThat(model.startEnabled()).isTrue();
        assertThat(model.stopEnabled()).isFalse();

        model.starting();
        assertThat(model.stateWords()).isEqualTo("Starting the camera…");
        assertThat(model.startEnabled()).isFalse();
        assertThat(model.stopEnabled()).isTrue();

        model.running(new DeskStatus(NOON, false, Posture.AWAY, Duration.ZERO, Duration.ZERO, Optional.empty(), false, Optional.empty()));
        assertThat(model.stateWords()).isEqualTo("Sit upright for a few seconds: taking your baseline");
        assertThat(model.pauseEnabled()).as("nothing to pause before watching").isFalse();

        model.running(watching(Posture.FORWARD_HEAD, Optional.empty(), Map.of("UPRIGHT", 30 * 60_000L, "FORWARD_HEAD", 6 * 60_000L)));
        assertThat(model.stateWords()).isEqualTo("Head forward");
        assertThat(model.streakWords()).isEqualTo("Sitting for 23 min");
        assertThat(model.nextBreakWords()).isEqualTo("Next break in 22 min");
        assertThat(model.pauseEnabled()).isTrue();
        assertThat(model.resumeEnabled()).as("no Resume when nothing is paused").isFalse();
        assertThat(model.todayMinutes()).containsExactly(Map.entry("Upright", 30.0), Map.entry("Slouched", 0.0),
                Map.entry("Forward head", 6.0), Map.entry("Away", 0.0));

        model.stopped();
        assertThat(model.stateWords()).isEqualTo("Desk mode is off");
        assertThat(model.startEnabled()).isTrue();
    }

    @Test
    void aPauseSaysUntilWhenAndOffersOnlyResume() {
        model.running(watching(Posture.UPRIGHT, Optional.of(NOON.plus(Duration.ofMinutes(15))), Map.of()));

        assertThat(model.stateWords()).isEqualTo("Paused until 12:15, camera off");
        assertThat(model.pauseEnabled()).isFalse();
        assertThat(model.resumeEnabled()).isTrue();
        assertThat(model.streakWords()).as("no streak or countdown while paused").isBlank();
        assertThat(model.nextBreakWords()).isBlank();
    }

    @Test
    void everyPostureIsPlainWords() {
        assertThat(DeskViewModel.postureWords(Posture.leaning(Lean.LEFT))).isEqualTo("Leaning to the left");
        assertThat(DeskViewModel.postureWords(Posture.leaning(Lean.BACK))).isEqualTo("Leaning back");
        assertThat(DeskViewModel.postureWords(Posture.AWAY)).isEqualTo("Away from the desk");
        assertThat(DeskViewModel.postureWords(Posture.SLOUCHED)).isEqualTo("Slouching");
    }

    @Test
    void theWeekVerdictComparesUprightSharesAndLeavesOutDaysNotWatched() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        List<DailySummary> days = List.of(
                day(today, 71, 29), day(today.minusDays(2), 71, 29), // this week: 71%
                day(today.minusDays(8), 64, 36), day(today.minusDays(10), 64, 36), // the week before: 64%
                day(today.minusDays(20), 0, 100)); // too old to count

        DeskWeek week = new DeskWeek(today, days);

        assertThat(week.verdict()).isEqualTo("You sat upright 71% of the time this week, up from 64% the week before.");
        assertThat(week.lastSevenDays()).hasSize(7);
        assertThat(week.lastSevenDays().get(today).getAsDouble()).isEqualTo(71.0);
        assertThat(week.lastSevenDays().get(today.minusDays(1))).as("a day not watched is no 0%").isEmpty();
        assertThat(new DeskWeek(today, List.of(day(today, 50, 50))).verdict()).isEqualTo("You sat upright 50% of the time this week.");
        assertThat(new DeskWeek(today, List.of(day(today, 50, 50), day(today.minusDays(7), 60, 40))).verdict())
                .isEqualTo("You sat upright 50% of the time this week, down from 60% the week before.");
        assertThat(new DeskWeek(today, List.of()).verdict()).isEqualTo("No desk time watched in the last 7 days yet.");
    }

    private static DailySummary day(LocalDate date, long uprightMin, long slouchedMin) {
        return new DailySummary(date, Map.of("UPRIGHT", uprightMin * 60_000, "SLOUCHED", slouchedMin * 60_000, "AWAY", 600_000L),
                0, 0, 0, List.of(), NOON);
    }

    @Test
    void withAStandingDeskTheScreenSaysSittingOrStandingAndTodaysTimeInEachElseNothing() {
        DailySummary today = new DailySummary(LocalDate.of(2026, 12, 7), Map.of("UPRIGHT", 50 * 60_000L, "SLOUCHED", 10 * 60_000L,
                "AWAY", 30 * 60_000L, DailySummary.SNOOZED, 15 * 60_000L), 0, 0, 0, List.of(), NOON, 20 * 60_000L);
        model.running(new DeskStatus(NOON, true, Posture.UPRIGHT, Duration.ofMinutes(5), Duration.ofMinutes(40), Optional.empty(),
                false, Optional.of(today), Optional.of(dev.formcheck.desk.DeskStance.SITTING)));
        assertThat(model.stateWords()).isEqualTo("Sitting upright");
        // away and snoozed are neither sitting nor standing: 60 min at the desk, 20 of them standing
        assertThat(model.stanceWords()).isEqualTo("Sitting. Today: sitting 40 min, standing 20 min");
        assertThat(model.streakWords()).isEqualTo("At your desk for 5 min");

        model.running(new DeskStatus(NOON, true, Posture.AWAY, Duration.ZERO, Duration.ZERO, Optional.empty(), true,
                Optional.of(today), Optional.empty()));
        assertThat(model.stanceWords()).as("away: today's time still said").isEqualTo("Today: sitting 40 min, standing 20 min");

        model.running(watching(Posture.UPRIGHT, Optional.empty(), Map.of("UPRIGHT", 60_000L)));
        assertThat(model.stanceWords()).as("no standing desk").isBlank();
        assertThat(model.streakWords()).isEqualTo("Sitting for 23 min");
    }

    @Test
    void theOsNoteSaysWhatThisComputerCannotTellOrThatItTellsAll() {
        assertThat(DeskViewModel.osNote(dev.formcheck.platform.OsSignals.none("FormCheck knows no way to ask Plan 9").cannotTell()))
                .isEqualTo("FormCheck cannot tell when your screen is locked or when the computer goes to sleep or when a full-screen"
                        + " program is in front on this system: FormCheck knows no way to ask Plan 9.")
                .doesNotContain("_", "SCREEN_LOCKED");
        assertThat(DeskViewModel.osNote(List.of())).startsWith("This computer tells FormCheck when the screen is locked");
    }
}
