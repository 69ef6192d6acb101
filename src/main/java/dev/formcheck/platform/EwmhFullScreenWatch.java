package dev.formcheck.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The full-screen signal on an X11 desktop ({@link EwmhFullScreen}), heard as it changes: one
 * {@code xprop -spy} on the root window prints {@code _NET_ACTIVE_WINDOW} at once and at each
 * change, and one on the window in front prints its {@code _NET_WM_STATE} likewise (started again
 * for each new window in front). Nothing is polled: the two processes sleep until the X server
 * sends a property change. Polling the same with two short commands every 2 s cost about 2% of
 * one core (docs/desk.md), so it was not kept.
 */
final class EwmhFullScreenWatch implements OsWatcher {
    private final EwmhFullScreen desktop;
    private Process root;
    private Process front;
    private String frontWindow;
    private boolean closed;

    EwmhFullScreenWatch(EwmhFullScreen desktop) {
        this.desktop = desktop;
    }

    @Override
    public Set<Signal> signals() {
        return Set.of(Signal.FULL_SCREEN);
    }

    @Override
    public synchronized void start(OsSignals to) {
        if (root != null || closed) {
            return;
        }
        Optional<String> cannot = desktop.cannotAsk();
        if (cannot.isPresent()) {
            to.report(Signal.FULL_SCREEN, new Reading.Unknown(cannot.get()));
            return;
        }
        Optional<Process> spy = spy(to, List.of("xprop", "-root", "-spy", "-notype", "-f", "_NET_ACTIVE_WINDOW", "32x", " $0\\n",
                "_NET_ACTIVE_WINDOW"));
        if (spy.isEmpty()) {
            return;
        }
        root = spy.get();
        read(root, "formcheck-os-x11-root", line -> activeWindowIs(to, line), () -> {
            if (!isClosed()) {
                to.report(Signal.FULL_SCREEN, new Reading.Unknown("the X display stopped answering"));
            }
        });
    }

    /** A line of the root window's spy: no window in front, none named, or a window to follow. */
    private synchronized void activeWindowIs(OsSignals to, String line) {
        Optional<Reading> settled = EwmhFullScreen.activeWindow(line);
        if (settled.isPresent()) {
            stopFront();
            to.report(Signal.FULL_SCREEN, settled.get());
            return;
        }
        String window = EwmhFullScreen.windowId(line);
        if (window.equals(frontWindow) || closed) {
            return;
        }
        stopFront();
        Optional<Process> spy = spy(to, List.of("xprop", "-id", window, "-spy", "-notype", "-f", "_NET_WM_STATE", "32a",
                " $0+\\n", "_NET_WM_STATE"));
        if (spy.isEmpty()) {
            return;
        }
        Process p = spy.get();
        front = p;
        frontWindow = window;
        read(p, "formcheck-os-x11-window", stateLine -> {
            synchronized (this) {
                if (front == p && !closed) { // a buffered line of a replaced window's xprop tells nothing now
                    to.report(Signal.FULL_SCREEN, EwmhFullScreen.windowState(stateLine));
                }
            }
        }, () -> {
            synchronized (this) {
                if (front == p && !closed) {
                    to.report(Signal.FULL_SCREEN, Reading.OFF); // the window closed: it is not in front any more
                }
            }
        });
    }

    private Optional<Process> spy(OsSignals to, List<String> command) {
        try {
            return Optional.of(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            to.report(Signal.FULL_SCREEN, new Reading.Unknown("the command xprop is not installed"));
            return Optional.empty();
        }
    }

    /** Reads a spy's lines on a daemon thread until it ends, then runs {@code ended}. */
    private static void read(Process p, String name, java.util.function.Consumer<String> line, Runnable ended) {
        Thread t = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = lines.readLine(); l != null; l = lines.readLine()) {
                    line.accept(l);
                }
            } catch (IOException e) {
                // destroyed under us: ended below
            }
            ended.run();
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void stopFront() {
        if (front != null) {
            Process p = front;
            front = null;
            frontWindow = null;
            p.destroy();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        stopFront();
        if (root != null) {
            root.destroy();
            root = null;
        }
    }
}
