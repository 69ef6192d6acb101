package dev.formcheck.feedback;

/** Shows notifications to the user: the system tray in the window, the terminal in headless runs, a list in tests. */
public interface Notifier {
    void show(Notification n);
}
