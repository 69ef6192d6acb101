package dev.formcheck.desk;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SlouchAlarmTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private static MonitorSettings settings() {
        Duration m = Duration.ofMinutes(1);
        return new MonitorSettings(m, m, m, m, m, FIRST, MAX_BACKOFF, m, m, m, m, 0.5, m, Optional.empty());
    }

    @Test
    void isDueOnlyAfterThePoorPostureHeldTheFirstDelay() {
        SlouchAlarm alarm = new SlouchAlarm(settings());
        alarm.arm(T0);
        assertThat(alarm.isDue(T0.plus(FIRST).minusSeconds(1))).isFalse();
        assertThat(alarm.isDue(T0.plus(FIRST))).isTrue();
    }

    @Test
    void repeatsAtDoublingIntervalsCappedAtTheMaximumBackoff() {
        SlouchAlarm alarm = new SlouchAlarm(settings());
        alarm.arm(T0);
        Instant at = T0.plus(FIRST);
        Duration[] expectedGaps = {Duration.ofMinutes(4), Duration.ofMinutes(8), MAX_BACKOFF, MAX_BACKOFF};
        for (Duration gap : expectedGaps) {
            alarm.backOff(at);
            assertThat(alarm.isDue(at.plus(gap).minusSeconds(1))).as("before %s", gap).isFalse();
            assertThat(alarm.isDue(at.plus(gap))).as("at %s", gap).isTrue();
            at = at.plus(gap);
        }
    }

    @Test
    void aDisarmedAlarmIsNeverDue() {
        SlouchAlarm alarm = new SlouchAlarm(settings());
        alarm.arm(T0);
        alarm.disarm();
        assertThat(alarm.isArmed()).isFalse();
        assertThat(alarm.isDue(T0.plus(Duration.ofHours(1)))).isFalse();
    }
}
