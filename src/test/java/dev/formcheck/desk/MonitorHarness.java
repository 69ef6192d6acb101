package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notifier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A desk monitor on a simulated clock with the shipped settings, a notifier that records when each
 * notification came, and an in-memory summary store that keeps every save.
 */
final class MonitorHarness {
    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    static final Duration TICK = Duration.ofMillis(500);

    record Shown(Duration after, Notification notification) {
    }

    /** Keeps each day as the files do (every run's part, {@link DeskDay}); {@code saved} holds each day's totals as last saved. */
    static final class MemoryStore implements SummaryStore {
        final Map<LocalDate, DeskDay> days = new HashMap<>();
        final Map<LocalDate, DailySummary> saved = new HashMap<>();
        final List<Instant> savedAt = new ArrayList<>();
        int saves;

        @Override
        public Optional<DeskDay> load(LocalDate date) {
            return Optional.ofNullable(days.get(date));
        }

        @Override
        public DeskDay save(DeskRun run) {
            saves++;
            savedAt.add(run.summary().updatedAt());
            LocalDate date = run.summary().date();
            DeskDay day = days.getOrDefault(date, DeskDay.empty(date)).with(run);
            days.put(date, day);
            saved.put(date, day.total());
            return day;
        }
    }

    final SimulatedClock clock;
    final List<Shown> shown = new ArrayList<>();
    final MemoryStore store;
    final DeskMonitor monitor;

    MonitorHarness() {
        this(new SimulatedClock(START), new MemoryStore(), MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty()));
    }

    MonitorHarness(SimulatedClock clock, MemoryStore store, MonitorSettings settings) {
        this.clock = clock;
        this.store = store;
        Notifier notifier = n -> shown.add(new Shown(Duration.between(START, clock.instant()), n));
        this.monitor = new DeskMonitor(settings, new PostureClassifier(
                PostureThresholds.from(CalibrationFiles.defaults()), frontBaseline()), notifier, clock, store);
    }

    /** A plausible front baseline: shoulders 150 px wide, eyes 100 px above them. */
    static DeskBaseline frontBaseline() {
        Map<DeskMetric, Double> m = new EnumMap<>(DeskMetric.class);
        m.put(DeskMetric.SHOULDER_WIDTH, 150.0);
        m.put(DeskMetric.SHOULDER_X, 320.0);
        m.put(DeskMetric.SHOULDER_Y, 400.0);
        m.put(DeskMetric.EYES_X, 320.0);
        m.put(DeskMetric.EYES_Y, 300.0);
        m.put(DeskMetric.HEAD_HEIGHT, 100 / 150.0);
        m.put(DeskMetric.NECK_LENGTH, 80 / 150.0);
        m.put(DeskMetric.SHOULDER_TILT, 0.0);
        m.put(DeskMetric.HEAD_OFFSET, 0.0);
        m.put(DeskMetric.EYE_TILT, 0.0);
        return new DeskBaseline(DeskView.FRONT, m, Optional.empty(), 5, "test baseline");
    }

    /** Samples at 2 fps for {@code d}, each judged as {@code p}; AWAY samples are "nobody". */
    MonitorHarness hold(Posture p, Duration d) {
        for (Duration t = Duration.ZERO; t.compareTo(d) < 0; t = t.plus(TICK)) {
            clock.advance(TICK);
            long micros = clock.instant().toEpochMilli() * 1000;
            monitor.observe(p.state() == DeskState.AWAY
                    ? new SampleVerdict.Absent(micros, SampleVerdict.Absent.Why.NOBODY, Map.of())
                    : new SampleVerdict.Judged(micros, DeskView.FRONT, p, Map.of()));
        }
        return this;
    }

    /** Lets time pass with no samples (camera released), ticking every second. */
    MonitorHarness idle(Duration d) {
        for (Duration t = Duration.ZERO; t.compareTo(d) < 0; t = t.plus(Duration.ofSeconds(1))) {
            clock.advance(Duration.ofSeconds(1));
            monitor.tick();
        }
        return this;
    }

    List<Shown> titled(String title) {
        return shown.stream().filter(s -> s.notification().title().equals(title)).toList();
    }

    static Duration min(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }
}
