package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

import static dev.formcheck.desk.MonitorHarness.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monitor's timers and reminders, on a simulated clock with the shipped settings. */
class DeskMonitorTest {
    static final Duration SAMPLE = MonitorHarness.TICK;

    @Test
    void aSlouchHeldForAMinuteBringsOneGentleAlertAtTheMinute() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(2)).hold(Posture.SLOUCHED, min(1.5));
        assertThat(h.monitor.state()).isEqualTo(Posture.SLOUCHED);
        assertThat(h.titled("Sit tall")).hasSize(1);
        // the slouch began at 2:00 (the first slouched sample at 2:00.5); 60 s later, to the sample
        assertThat(h.titled("Sit tall").get(0).after()).isBetween(min(3), min(3).plus(SAMPLE.multipliedBy(2)));
    }

    @Test
    void aLastingSlouchIsRemindedWithDoublingGaps() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1)).hold(Posture.SLOUCHED, min(10));
        // alerts 60 s, then 120 s and 240 s apart: at 2:00, 4:00, 8:00 after the slouch began at 1:00
        assertThat(h.titled("Sit tall")).extracting(s -> s.after().toSeconds()).containsExactly(120L, 240L, 480L);
        assertThat(h.monitor.summary().slouchAlerts()).isEqualTo(3);
    }

    @Test
    void reachingForTheMouseOrASipOfCoffeeIsNoSlouch() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1));
        for (int i = 0; i < 20; i++) {
            h.hold(Posture.SLOUCHED, Duration.ofSeconds(5)).hold(Posture.UPRIGHT, Duration.ofSeconds(20));
        }
        assertThat(h.monitor.state()).isEqualTo(Posture.UPRIGHT);
        assertThat(h.shown).isEmpty();
        assertThat(h.monitor.summary().millis("SLOUCHED")).isZero();
    }

    @Test
    void timeInAStateIsCountedFromWhenThePostureBeganNotWhenItWasConfirmed() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(5)).hold(Posture.SLOUCHED, min(3));
        DailySummary s = h.monitor.summary();
        assertThat(s.millis("SLOUCHED")).isBetween(min(3).minus(SAMPLE).toMillis(), min(3).toMillis());
        // the first 10 s count as AWAY only until the person has been seen for min_state
        assertThat(s.millis("UPRIGHT")).isBetween(min(5).minus(SAMPLE.multipliedBy(2)).toMillis(), min(5).toMillis());
        assertThat(s.totalMs()).isEqualTo(min(8).toMillis());
    }

    @Test
    void aMovementBreakReminderComesAfterFortyFiveMinutesOfSittingThenEveryTen() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(44.9));
        assertThat(h.titled("Time to move")).isEmpty();
        h.hold(Posture.UPRIGHT, min(12));
        assertThat(h.titled("Time to move")).extracting(s -> s.after().toSeconds() / 60).containsExactly(45L, 55L);
        // the streak began with the first sample, at 0:00.5
        assertThat(h.titled("Time to move").get(0).after()).isBetween(min(45), min(45).plus(SAMPLE.multipliedBy(2)));
        assertThat(h.monitor.summary().breaks()).extracting(BreakEntry::kind).containsExactly(BreakEntry.Kind.SKIPPED);
    }

    @Test
    void beingAwayLongEnoughIsABreakAndResetsTheStreak() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(40)).hold(Posture.AWAY, min(3));
        assertThat(h.monitor.state()).isEqualTo(Posture.AWAY);
        assertThat(h.monitor.streak()).isZero();
        h.hold(Posture.UPRIGHT, min(40));
        assertThat(h.titled("Time to move")).as("40 + 40 minutes with a break between").isEmpty();
        DailySummary s = h.monitor.summary();
        assertThat(s.breaks()).hasSize(1);
        assertThat(s.breaks().get(0).kind()).isEqualTo(BreakEntry.Kind.TAKEN);
        assertThat(s.breaks().get(0).minutes()).isBetween(2.9, 3.1);
        assertThat(s.longestStreakMs()).isBetween(min(39.9).toMillis(), min(40.1).toMillis());
    }

    @Test
    void aShortAbsenceIsNoBreakAndTheStreakGoesOn() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(30)).hold(Posture.AWAY, min(1)).hold(Posture.UPRIGHT, min(15));
        assertThat(h.titled("Time to move")).hasSize(1);
        assertThat(h.monitor.summary().breaks()).isEmpty();
        // to the sample: from the last sample seen to the first seen again
        assertThat(h.monitor.summary().millis("AWAY")).isBetween(min(1).toMillis(), min(1).plus(SAMPLE.multipliedBy(2)).toMillis());
    }

    @Test
    void someoneWalkingBehindIsIgnoredAndTheBreakCounts() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(40));
        for (int i = 0; i < 6 * 60; i++) { // 3 minutes: only a passer-by, far behind
            h.clock.advance(SAMPLE);
            h.monitor.observe(new SampleVerdict.Absent(0, SampleVerdict.Absent.Why.NOT_THE_USER, java.util.Map.of("size", 0.4)));
        }
        assertThat(h.monitor.state()).isEqualTo(Posture.AWAY);
        assertThat(h.monitor.summary().breaks()).extracting(BreakEntry::kind).containsExactly(BreakEntry.Kind.TAKEN);
    }

    @Test
    void snoozingSilencesRemindersReleasesTheCameraAndIsRecorded() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(40));
        h.monitor.snooze(min(20));
        assertThat(h.monitor.camera()).isEqualTo(new CameraDecision.Release(h.clock.instant().plus(min(20)),
                CameraDecision.Release.Why.SNOOZED));
        h.idle(min(20).minusSeconds(1));
        assertThat(h.shown).isEmpty();
        h.idle(Duration.ofSeconds(1));
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
        h.hold(Posture.UPRIGHT, Duration.ofSeconds(30));
        assertThat(h.titled("Time to move")).as("the streak went on through the snooze; due at once after it").hasSize(1);
        DailySummary s = h.monitor.summary();
        assertThat(s.millis(DailySummary.SNOOZED)).isEqualTo(min(20).toMillis());
        assertThat(s.breaks()).extracting(BreakEntry::kind).containsExactly(BreakEntry.Kind.SNOOZED);
    }

    @Test
    void aResumeRequestEndsTheSnoozeEarlyAndTheHistoryKeepsItsRealLength() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1));
        h.monitor.apply(new DeskRequest.Snooze(min(60)));
        h.idle(min(10));
        assertThat(h.monitor.isSnoozed()).isTrue();

        h.monitor.apply(new DeskRequest.Resume());

        assertThat(h.monitor.isSnoozed()).isFalse();
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
        DailySummary s = h.monitor.summary();
        assertThat(s.millis(DailySummary.SNOOZED)).isEqualTo(min(10).toMillis());
        assertThat(s.breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BreakEntry.Kind.SNOOZED);
            assertThat(b.minutes()).isEqualTo(10.0);
        });
    }

    @Test
    void snoozingAgainWhileSnoozedRestartsItAndRecordsTheFirstAsItWas() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1));
        h.monitor.apply(new DeskRequest.Snooze(min(15)));
        h.idle(min(5));
        h.monitor.apply(new DeskRequest.Snooze(min(60)));

        assertThat(h.monitor.camera()).isEqualTo(new CameraDecision.Release(h.clock.instant().plus(min(60)),
                CameraDecision.Release.Why.SNOOZED));
        assertThat(h.monitor.summary().breaks()).extracting(BreakEntry::minutes).containsExactly(5.0, 60.0);
    }

    @Test
    void aResumeWithoutASnoozeChangesNothing() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1));
        h.monitor.apply(new DeskRequest.Resume());
        assertThat(h.monitor.summary().breaks()).isEmpty();
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
    }

    @Test
    void requestsFromAnotherThreadAreTakenInOrderAndOnlyOnce() throws Exception {
        DeskRequests requests = new DeskRequests();
        Thread menu = new Thread(() -> {
            requests.submit(new DeskRequest.Snooze(min(15)));
            requests.submit(new DeskRequest.Resume());
        });
        menu.start();
        menu.join();
        assertThat(requests.take()).containsExactly(new DeskRequest.Snooze(min(15)), new DeskRequest.Resume());
        assertThat(requests.take()).isEmpty();
    }

    @Test
    void aSnoozeOfNoTimeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new DeskRequest.Snooze(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than zero");
    }

    @Test
    void aSlouchThatOutlastsASnoozeIsTimedAfreshAfterIt() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1)).hold(Posture.SLOUCHED, min(0.5));
        h.monitor.snooze(min(5));
        h.idle(min(5));
        h.hold(Posture.SLOUCHED, min(0.9));
        assertThat(h.titled("Sit tall")).isEmpty();
        h.hold(Posture.SLOUCHED, min(0.2));
        assertThat(h.titled("Sit tall")).hasSize(1);
        assertThat(h.titled("Sit tall").get(0).after()).isBetween(min(7.5), min(7.5).plus(SAMPLE.multipliedBy(2)));
    }

    @Test
    void quietHoursHoldEveryNotification() {
        SimulatedClock clock = new SimulatedClock(MonitorHarness.START);
        MonitorSettings quiet = MonitorSettings.from(CalibrationFiles.defaults(),
                Optional.of(new QuietHours(LocalTime.of(9, 0), LocalTime.of(10, 0))));
        MonitorHarness h = new MonitorHarness(clock, new MonitorHarness.MemoryStore(), quiet)
                .hold(Posture.UPRIGHT, min(50)).hold(Posture.SLOUCHED, min(5));
        assertThat(h.shown).isEmpty();
        h.hold(Posture.SLOUCHED, min(10)); // 10:00 on: quiet hours are over
        assertThat(h.shown).extracting(s -> s.notification().title()).contains("Sit tall", "Time to move");
        assertThat(h.shown).allSatisfy(s -> assertThat(s.after()).isGreaterThanOrEqualTo(min(60)));
        assertThat(h.shown.get(0).after()).as("held, then shown as the quiet hours end").isLessThan(min(60).plus(SAMPLE.multipliedBy(2)));
    }

    @Test
    void aBusyCameraPausesWithoutCountingAwayOrNagging() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(10)).hold(Posture.SLOUCHED, min(0.5));
        h.monitor.cameraBusy();
        assertThat(h.monitor.camera()).isEqualTo(new CameraDecision.Release(h.clock.instant().plus(min(1)),
                CameraDecision.Release.Why.CAMERA_BUSY));
        h.idle(min(30));
        assertThat(h.shown).isEmpty();
        assertThat(h.monitor.state().state()).isNotEqualTo(DeskState.AWAY);
        DailySummary s = h.monitor.summary();
        assertThat(s.millis(DailySummary.CAMERA_BUSY)).isEqualTo(min(30).toMillis());
        assertThat(s.millis("AWAY")).isLessThan(Duration.ofSeconds(11).toMillis());
        h.monitor.cameraOpened();
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
    }

    @Test
    void onABreakTheCameraIsReleasedAndReopenedEveryMinuteToLook() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(10)).hold(Posture.AWAY, min(2.5));
        CameraDecision d = h.monitor.camera();
        assertThat(d).isInstanceOf(CameraDecision.Release.class);
        assertThat(((CameraDecision.Release) d).why()).isEqualTo(CameraDecision.Release.Why.ON_BREAK);
        assertThat(((CameraDecision.Release) d).until()).isEqualTo(h.clock.instant().plus(min(1)));
        h.idle(min(1));
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
    }

    @Test
    void aCrashLosesAtMostAMinuteAndARestartContinuesTheDay() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(10.5));
        // crash: no close(); what the store holds is what survives
        DailySummary saved = h.store.saved.get(MonitorHarness.START.atZone(h.clock.getZone()).toLocalDate());
        assertThat(saved.totalMs()).isGreaterThanOrEqualTo(min(10.5).minus(min(1)).toMillis());
        MonitorHarness restarted = new MonitorHarness(h.clock, h.store,
                MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty()));
        restarted.hold(Posture.UPRIGHT, min(5));
        assertThat(restarted.monitor.summary().millis("UPRIGHT")).isGreaterThan(saved.millis("UPRIGHT") + min(4.5).toMillis());
    }

    @Test
    void theSummaryIsSavedAtLeastEveryMinute() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(30));
        assertThat(h.store.saves).isGreaterThanOrEqualTo(30);
        h.idle(min(0)); // nothing more
        h.monitor.cameraBusy();
        h.idle(min(5));
        assertThat(h.store.saves).as("also while no samples come").isGreaterThanOrEqualTo(35);
    }

    @Test
    void aBaselineThatLooksWrongForTwentyMinutesWarnsOnceAndHoldsTheAlerts() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1)).hold(Posture.FORWARD_HEAD, min(25));
        assertThat(h.titled("Baseline out of date?")).hasSize(1);
        assertThat(h.monitor.baselineLooksStale()).isTrue();
        int alertsSoFar = h.titled("Sit tall").size();
        h.hold(Posture.FORWARD_HEAD, min(30));
        assertThat(h.titled("Sit tall")).hasSize(alertsSoFar);
    }

    @Test
    void aBaselineOlderThanThirtyDaysIsReportedAtTheStart() {
        MonitorHarness fresh = new MonitorHarness();
        assertThat(fresh.shown).isEmpty();
        DeskBaseline old = new DeskBaseline(DeskView.FRONT, MonitorHarness.frontBaseline().metrics(),
                Optional.of(MonitorHarness.START.minus(Duration.ofDays(40))), 6, "calibration");
        java.util.List<String> shown = new java.util.ArrayList<>();
        DeskMonitor monitor = new DeskMonitor(MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty()),
                new PostureClassifier(PostureThresholds.from(CalibrationFiles.defaults()), old),
                n -> shown.add(n.title() + ": " + n.message()), new SimulatedClock(MonitorHarness.START), new MonitorHarness.MemoryStore());
        assertThat(shown).containsExactly("Baseline out of date?: Your posture baseline is 40 days old; if the chair, desk or "
                + "camera moved since, run calibrate --pose sitting again.");
        assertThat(monitor.baselineLooksStale()).isTrue();
    }

    @Test
    void aDayChangeStartsANewSummaryAndKeepsTheOldOne() {
        SimulatedClock clock = new SimulatedClock(java.time.Instant.parse("2026-11-25T23:50:00Z"));
        MonitorHarness h = new MonitorHarness(clock, new MonitorHarness.MemoryStore(),
                MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty())).hold(Posture.UPRIGHT, min(20));
        assertThat(h.store.saved).containsKeys(java.time.LocalDate.of(2026, 11, 25), java.time.LocalDate.of(2026, 11, 26));
        assertThat(h.store.saved.get(java.time.LocalDate.of(2026, 11, 25)).totalMs()).isEqualTo(min(10).toMillis());
        assertThat(h.monitor.summary().totalMs()).isEqualTo(min(10).toMillis());
    }

    @Test
    void withTheShippedSettingsTheDayIsSavedAtTheStartAndNeverMoreThanAMinuteOldAfter() {
        MonitorHarness h = new MonitorHarness();
        assertThat(h.store.savedAt).as("saved as soon as monitoring starts").containsExactly(MonitorHarness.START);
        h.hold(Posture.UPRIGHT, min(20)).hold(Posture.AWAY, min(5));
        h.monitor.cameraBusy();
        h.idle(min(5));
        Duration flush = MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty()).summaryFlush();
        assertThat(flush).isEqualTo(Duration.ofMinutes(1));
        java.util.List<java.time.Instant> times = new java.util.ArrayList<>(h.store.savedAt);
        times.add(h.clock.instant()); // a kill -9 now loses what came after the last save
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).as("the gap before save %d", i).isLessThanOrEqualTo(flush);
        }
    }

    @Test
    void aCrashRightAfterTheStartStillLeavesTheRunOnRecord() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, Duration.ofSeconds(45));
        DeskDay saved = h.store.days.get(MonitorHarness.START.atZone(h.clock.getZone()).toLocalDate());
        assertThat(saved.runs()).singleElement().satisfies(r -> assertThat(r.startedAt()).contains(MonitorHarness.START));
    }
}
