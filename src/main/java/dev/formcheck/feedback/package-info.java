/**
 * Stage 5a, feedback: turns analysis results into the cues a user sees or hears during a session,
 * deciding which cue to give and how often, but not how it is drawn.
 *
 * <p>Today it holds the way out: {@link dev.formcheck.feedback.Notifier} and its
 * {@link dev.formcheck.feedback.Notification}, with {@link dev.formcheck.feedback.ConsoleNotifier}
 * for headless runs; the system tray implementation lives in {@code ui}, the only package that may
 * use AWT.
 *
 * <p>It may use {@code analysis}, {@code kinematics}, {@code pose}, {@code capture} and
 * {@code common}. Only {@code desk} (whose monitor decides the desk reminders), {@code ui} and
 * {@code cli} may use it.
 */
package dev.formcheck.feedback;
