package dev.formcheck.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;

import java.util.EnumMap;
import java.util.Map;

/**
 * Windows: the shell's own answer to "may a program show a notification now?",
 * {@code SHQueryUserNotificationState} (shell32, Windows Vista and later), called through JNA and
 * asked every few seconds. It says whether the user is away from this session (the screen
 * locked, the screen saver running, or another user's session in front) and whether a
 * full-screen program, a Direct3D game, presentation mode or a full-screen store app is in front.
 * Sleep is not among its answers; where the JDK hears it, {@code ui.SleepWatch} reports it.
 *
 * <p>Written from Microsoft's documentation of the call and its QUERY_USER_NOTIFICATION_STATE
 * values; never run on Windows here (docs/desk.md says so). {@link #readings} is tested.
 */
final class WindowsNotificationState {
    // QUERY_USER_NOTIFICATION_STATE, shellapi.h
    static final int QUNS_NOT_PRESENT = 1;
    static final int QUNS_BUSY = 2;
    static final int QUNS_RUNNING_D3D_FULL_SCREEN = 3;
    static final int QUNS_PRESENTATION_MODE = 4;
    static final int QUNS_ACCEPTS_NOTIFICATIONS = 5;
    static final int QUNS_QUIET_TIME = 6;
    static final int QUNS_APP = 7;

    /** The one shell32 function used. */
    interface Shell32 extends Library {
        /** @return an HRESULT, 0 (S_OK) on success */
        int SHQueryUserNotificationState(IntByReference state);
    }

    private Shell32 shell;

    /** One look. */
    Map<Signal, Reading> ask() {
        IntByReference state = new IntByReference();
        int result;
        try {
            if (shell == null) {
                shell = Native.load("shell32", Shell32.class);
            }
            result = shell.SHQueryUserNotificationState(state);
        } catch (UnsatisfiedLinkError e) {
            return unknown("Windows did not let FormCheck ask its shell (" + e.getMessage() + ")");
        }
        if (result != 0) {
            return unknown("the Windows shell did not answer (error 0x" + Integer.toHexString(result) + ")");
        }
        return readings(state.getValue());
    }

    /** What one QUERY_USER_NOTIFICATION_STATE value says of the lock and a full-screen program. */
    static Map<Signal, Reading> readings(int state) {
        Map<Signal, Reading> r = new EnumMap<>(Signal.class);
        switch (state) {
            case QUNS_NOT_PRESENT -> {
                r.put(Signal.SCREEN_LOCKED, Reading.ON); // locked, screen saver or another session: nobody at this desktop
                r.put(Signal.FULL_SCREEN, Reading.OFF);
            }
            case QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE, QUNS_APP -> {
                r.put(Signal.SCREEN_LOCKED, Reading.OFF);
                r.put(Signal.FULL_SCREEN, Reading.ON);
            }
            case QUNS_ACCEPTS_NOTIFICATIONS, QUNS_QUIET_TIME -> {
                // quiet time is the first hour after setup or an upgrade; it is no full-screen program
                r.put(Signal.SCREEN_LOCKED, Reading.OFF);
                r.put(Signal.FULL_SCREEN, Reading.OFF);
            }
            default -> {
                return unknown("the Windows shell gave an answer FormCheck does not know (" + state + ")");
            }
        }
        return r;
    }

    private static Map<Signal, Reading> unknown(String why) {
        Map<Signal, Reading> r = new EnumMap<>(Signal.class);
        r.put(Signal.SCREEN_LOCKED, new Reading.Unknown(why));
        r.put(Signal.FULL_SCREEN, new Reading.Unknown(why));
        return r;
    }
}
