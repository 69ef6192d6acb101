/**
 * The desktop window (not written yet): headless view models that hold the UI's behaviour, and
 * Swing panels with FlatLaf that only render them and forward what the user asks for, on the
 * event dispatch thread.
 *
 * <p>The only package that may use Swing, AWT (beyond {@code java.awt.image}) and FlatLaf. It may
 * use every pipeline stage, {@code media} and {@code common}, but not {@code modelimport}; only
 * {@code cli}, which launches the window, may use it.
 */
package dev.formcheck.ui;
