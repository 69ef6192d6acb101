package dev.formcheck.feedback;

/**
 * Where reminders and alerts go: the system tray in the desktop app, the console in a headless
 * run. Callable from any thread; an implementation never blocks its caller on the user and never
 * takes the keyboard focus.
 */
public interface Notifier {
    void show(Notification n);
}
