package dev.formcheck.platform;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a full-screen program is in front on an X11 desktop, as its window manager publishes it
 * (EWMH, the freedesktop.org window-manager hints): the root window's {@code _NET_ACTIVE_WINDOW}
 * names the window in front, and that window's {@code _NET_WM_STATE} holds
 * {@code _NET_WM_STATE_FULLSCREEN} while it fills the screen. Asked with {@code xprop} (Debian
 * {@code x11-utils}), whose answers this reads ({@link EwmhFullScreenWatch} runs it).
 */
final class EwmhFullScreen {
    private static final Pattern WINDOW = Pattern.compile("^_NET_ACTIVE_WINDOW (0x[0-9a-fA-F]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern STATE = Pattern.compile("^_NET_WM_STATE (.*)$", Pattern.MULTILINE);

    private final Map<String, String> environment;

    /** @param environment the process environment (DISPLAY, WAYLAND_DISPLAY, XDG_SESSION_TYPE are read) */
    EwmhFullScreen(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Why this desktop cannot be asked at all, or empty when it can. */
    Optional<String> cannotAsk() {
        if ("wayland".equalsIgnoreCase(environment.getOrDefault("XDG_SESSION_TYPE", ""))
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty()) {
            return Optional.of("a Wayland desktop does not tell other programs which window is in front");
        }
        if (environment.getOrDefault("DISPLAY", "").isEmpty()) {
            return Optional.of("there is no X display to ask");
        }
        return Optional.empty();
    }

    /**
     * The root window's answer: a reading when it settles the question (no window manager says
     * which window is in front; none is), empty when a window is named.
     */
    static Optional<Reading> activeWindow(String xpropOutput) {
        Matcher m = WINDOW.matcher(xpropOutput);
        if (!m.find()) {
            return Optional.of(new Reading.Unknown("no window manager here says which window is in front"));
        }
        return Long.parseLong(m.group(1).substring(2), 16) == 0 ? Optional.of(Reading.OFF) : Optional.empty();
    }

    /** The window named in the root window's answer ("0x1a00007"); call when {@link #activeWindow} is empty. */
    static String windowId(String xpropOutput) {
        Matcher m = WINDOW.matcher(xpropOutput);
        if (!m.find()) {
            throw new IllegalArgumentException("no active window in: " + xpropOutput);
        }
        return m.group(1);
    }

    /** The window in front's state: full screen when its {@code _NET_WM_STATE} lists {@code _NET_WM_STATE_FULLSCREEN}. */
    static Reading windowState(String xpropOutput) {
        Matcher m = STATE.matcher(xpropOutput);
        if (!m.find()) {
            return Reading.OFF; // "_NET_WM_STATE:  not found.": no state at all, so not full screen
        }
        for (String atom : m.group(1).split(",")) {
            if (atom.strip().equals("_NET_WM_STATE_FULLSCREEN")) {
                return Reading.ON;
            }
        }
        return Reading.OFF;
    }
}
