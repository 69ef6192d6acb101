package dev.formcheck.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dbus-monitor's text as it printed it here (dbus 1.16, Debian 13) for the shapes logind sends:
 * PrepareForSleep(b) from the manager, PropertiesChanged(s, a{sv}, as) from a session.
 */
class LogindMonitorTextTest {
    static final String SESSION = "/org/freedesktop/login1/session/_32";

    static final String RECORDED = """
            signal time=1796692829.352697 sender=org.freedesktop.DBus -> destination=:1.0 serial=2 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired
               string ":1.0"
            signal time=1796692829.858286 sender=:1.1 -> destination=(null destination) serial=2 path=/org/freedesktop/login1; interface=org.freedesktop.login1.Manager; member=PrepareForSleep
               boolean true
            signal time=1796692834.553575 sender=:1.3 -> destination=(null destination) serial=1 path=/org/freedesktop/login1/session/_32; interface=org.freedesktop.DBus.Properties; member=PropertiesChanged
               string "org.freedesktop.login1.Session"
               array [
                  dict entry(
                     string "LockedHint"
                     variant             boolean true
                  )
               ]
               array [
               ]
            signal time=1796692834.553575 sender=:1.3 -> destination=(null destination) serial=1 path=/org/freedesktop/login1/session/_32; interface=org.freedesktop.DBus.Properties; member=PropertiesChanged
               string "org.freedesktop.login1.Session"
               array [
                  dict entry(
                     string "IdleHint"
                     variant             boolean true
                  )
                  dict entry(
                     string "LockedHint"
                     variant             boolean false
                  )
                  dict entry(
                     string "IdleSinceHint"
                     variant             uint64 5
                  )
               ]
               array [
               ]
            signal time=1796692834.570973 sender=:1.1 -> destination=(null destination) serial=1 path=/org/freedesktop/login1; interface=org.freedesktop.login1.Manager; member=PrepareForSleep
               boolean false
            """;

    @Test
    void sleepAndOurSessionsLockAreHeardInOrderAndNothingElse() {
        assertThat(read(SESSION, RECORDED)).containsExactly(
                new LogindMonitorText.Heard(Signal.ASLEEP, Reading.ON),
                new LogindMonitorText.Heard(Signal.SCREEN_LOCKED, Reading.ON),
                new LogindMonitorText.Heard(Signal.SCREEN_LOCKED, Reading.OFF),
                new LogindMonitorText.Heard(Signal.ASLEEP, Reading.OFF));
    }

    @Test
    void anotherSessionsLockIsNotOurs() {
        assertThat(read("/org/freedesktop/login1/session/c2", RECORDED)).containsExactly(
                new LogindMonitorText.Heard(Signal.ASLEEP, Reading.ON), new LogindMonitorText.Heard(Signal.ASLEEP, Reading.OFF));
    }

    @Test
    void anIdleHintAloneIsNoLock() {
        String idleOnly = """
                signal time=1.0 sender=:1.3 -> destination=(null destination) serial=1 path=/org/freedesktop/login1/session/_32; interface=org.freedesktop.DBus.Properties; member=PropertiesChanged
                   string "org.freedesktop.login1.Session"
                   array [
                      dict entry(
                         string "IdleHint"
                         variant             boolean true
                      )
                   ]
                   array [
                   ]
                """;
        assertThat(read(SESSION, idleOnly)).isEmpty();
    }

    static List<LogindMonitorText.Heard> read(String session, String text) {
        LogindMonitorText reader = new LogindMonitorText(session);
        return text.lines().map(reader::line).flatMap(Optional::stream).toList();
    }
}
