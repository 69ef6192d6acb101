package dev.formcheck.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Windows and macOS, as far as this Linux machine can test them: what their answers mean, and what
 * each says it cannot tell. The OS calls themselves (shell32 through JNA, ioreg) are not run here.
 */
class OtherSystemsTest {

    @Test
    void theWindowsShellsAnswersMeanLockedFullScreenOrNeither() {
        assertThat(WindowsNotificationState.readings(WindowsNotificationState.QUNS_NOT_PRESENT))
                .isEqualTo(Map.of(Signal.SCREEN_LOCKED, Reading.ON, Signal.FULL_SCREEN, Reading.OFF));
        for (int fullScreen : new int[] {WindowsNotificationState.QUNS_BUSY, WindowsNotificationState.QUNS_RUNNING_D3D_FULL_SCREEN,
                WindowsNotificationState.QUNS_PRESENTATION_MODE, WindowsNotificationState.QUNS_APP}) {
            assertThat(WindowsNotificationState.readings(fullScreen))
                    .isEqualTo(Map.of(Signal.SCREEN_LOCKED, Reading.OFF, Signal.FULL_SCREEN, Reading.ON));
        }
        for (int free : new int[] {WindowsNotificationState.QUNS_ACCEPTS_NOTIFICATIONS, WindowsNotificationState.QUNS_QUIET_TIME}) {
            assertThat(WindowsNotificationState.readings(free))
                    .isEqualTo(Map.of(Signal.SCREEN_LOCKED, Reading.OFF, Signal.FULL_SCREEN, Reading.OFF));
        }
        assertThat(WindowsNotificationState.readings(42).get(Signal.FULL_SCREEN)).isInstanceOf(Reading.Unknown.class);
    }

    /** The shape of {@code ioreg -n Root -d1}'s console-user record, written here from its public descriptions. */
    @Test
    void macOsLockIsTheConsoleUsersScreenIsLockedKey() {
        String locked = """
                +-o Root  <class IORegistryEntry, id 0x100000100, retain 30>
                    {
                      "IOKitBuildVersion" = "Darwin Kernel Version 23.4.0"
                      "IOConsoleLocked" = No
                      "IOConsoleUsers" = ({"kCGSSessionOnConsoleKey"=Yes,"kCGSSessionLoginDoneKey"=Yes,"CGSSessionScreenIsLocked"=Yes,"kCGSSessionUserNameKey"="ana"})
                    }
                """;
        assertThat(MacScreenLock.locked(locked)).isEqualTo(Reading.ON);
        assertThat(MacScreenLock.locked(locked.replace("\"CGSSessionScreenIsLocked\"=Yes,", ""))).isEqualTo(Reading.OFF);
        assertThat(MacScreenLock.locked("+-o Root  <class IORegistryEntry>\n")).isInstanceOf(Reading.Unknown.class);
    }

    @Test
    void eachSystemSaysWhatItCannotTell() {
        OsSignals windows = OsWatchers.forSystem("Windows 11", Map.of(), Duration.ofSeconds(2));
        assertThat(windows.cannotTell()).hasSizeBetween(1, 3); // before the first answers; sleep stays unknown after them
        assertThat(String.join(" ", windows.cannotTell())).contains("when your screen is locked", "when the computer goes to sleep",
                "when a full-screen program is in front");
        assertThat(windows.latest(Signal.ASLEEP)).isEqualTo(new Reading.Unknown("Windows announces sleep to a program's windows"
                + " only, and Java does not pass it on; the time asleep still counts as away"));
        OsSignals mac = OsWatchers.forSystem("Mac OS X", Map.of(), Duration.ofSeconds(2));
        assertThat(mac.latest(Signal.FULL_SCREEN))
                .isEqualTo(new Reading.Unknown("macOS does not tell other programs when one fills the screen"));
        OsSignals other = OsWatchers.forSystem("FreeBSD", Map.of(), Duration.ofSeconds(2));
        assertThat(other.cannotTell()).as("one reason, one sentence").containsExactly(
                "FormCheck cannot tell when your screen is locked or when the computer goes to sleep or when a full-screen program"
                        + " is in front on this system: FormCheck knows no way to ask FreeBSD.");
    }

    @Test
    void aReadingIsReportedOnceUntilItChanges() {
        OsSignals signals = OsSignals.none("test");
        signals.report(Signal.FULL_SCREEN, Reading.ON);
        signals.report(Signal.FULL_SCREEN, Reading.ON);
        signals.report(Signal.SCREEN_LOCKED, Reading.OFF);
        signals.report(Signal.FULL_SCREEN, Reading.OFF);
        assertThat(signals.take()).extracting(c -> c.signal() + " " + c.reading())
                .containsExactly("FULL_SCREEN Known[on=true]", "SCREEN_LOCKED Known[on=false]", "FULL_SCREEN Known[on=false]");
        assertThat(signals.take()).isEmpty();
        assertThat(signals.cannotTell()).containsExactly("FormCheck cannot tell when the computer goes to sleep on this system: test.");
    }
}
