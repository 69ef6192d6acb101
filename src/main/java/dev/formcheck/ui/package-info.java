/**
 * The desktop: today the system tray notifier ({@link dev.formcheck.ui.TrayNotifier}, with its
 * icon drawn in code and an optional {@link dev.formcheck.ui.Chime}); later the window, as headless
 * view models that hold the UI's behaviour and Swing panels with FlatLaf that only render them and
 * forward what the user asks for. AWT and Swing are touched on the event dispatch thread only.
 *
 * <p>The only package that may use Swing, AWT (beyond {@code java.awt.image}), FlatLaf and sound
 * devices. It may use every pipeline stage, {@code media} and {@code common}, but not
 * {@code modelimport}; only {@code cli}, which launches the window, may use it.
 */
package dev.formcheck.ui;
