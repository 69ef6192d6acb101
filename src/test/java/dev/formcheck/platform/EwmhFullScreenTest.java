package dev.formcheck.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** xprop's answers as recorded here (xprop 1.2.4 under Xvfb), read into the full-screen signal. */
class EwmhFullScreenTest {

    @Test
    void theRootWindowNamesTheWindowInFront() {
        assertThat(EwmhFullScreen.activeWindow("_NET_ACTIVE_WINDOW 0x1a00007\n")).isEmpty();
        assertThat(EwmhFullScreen.windowId("_NET_ACTIVE_WINDOW 0x1a00007\n")).isEqualTo("0x1a00007");
    }

    @Test
    void noWindowInFrontIsNoFullScreenProgram() {
        assertThat(EwmhFullScreen.activeWindow("_NET_ACTIVE_WINDOW 0x0\n")).contains(Reading.OFF);
    }

    @Test
    void withoutAWindowManagerSayingWhichWindowIsInFrontItIsUnknownAndSaysWhy() {
        for (String answer : new String[] {"_NET_ACTIVE_WINDOW:  not found.\n", "_NET_ACTIVE_WINDOW:  no such atom on any window.\n"}) {
            assertThat(EwmhFullScreen.activeWindow(answer)).hasValueSatisfying(r -> assertThat(r)
                    .isEqualTo(new Reading.Unknown("no window manager here says which window is in front")));
        }
    }

    @Test
    void theWindowIsFullScreenWhenItsStateListsTheFullScreenAtom() {
        assertThat(EwmhFullScreen.windowState("_NET_WM_STATE _NET_WM_STATE_FULLSCREEN\n")).isEqualTo(Reading.ON);
        assertThat(EwmhFullScreen.windowState("_NET_WM_STATE _NET_WM_STATE_ABOVE,_NET_WM_STATE_FULLSCREEN\n")).isEqualTo(Reading.ON);
        assertThat(EwmhFullScreen.windowState("_NET_WM_STATE _NET_WM_STATE_MAXIMIZED_VERT,_NET_WM_STATE_MAXIMIZED_HORZ\n"))
                .as("maximised is not full screen").isEqualTo(Reading.OFF);
        assertThat(EwmhFullScreen.windowState("_NET_WM_STATE:  not found.\n")).isEqualTo(Reading.OFF);
    }

    @Test
    void waylandAndNoDisplayCannotBeAskedAndSaySo() {
        assertThat(new EwmhFullScreen(Map.of("DISPLAY", ":0", "XDG_SESSION_TYPE", "wayland")).cannotAsk())
                .contains("a Wayland desktop does not tell other programs which window is in front");
        assertThat(new EwmhFullScreen(Map.of()).cannotAsk()).contains("there is no X display to ask");
        OsSignals withoutDisplay = OsWatchers.forSystem("Linux", Map.of(), java.time.Duration.ofSeconds(2));
        withoutDisplay.start();
        assertThat(withoutDisplay.latest(Signal.FULL_SCREEN)).isEqualTo(new Reading.Unknown("there is no X display to ask"));
        withoutDisplay.close();
        assertThat(new EwmhFullScreen(Map.of("DISPLAY", ":0", "XDG_SESSION_TYPE", "x11")).cannotAsk()).isEmpty();
    }
}
