/**
 * What the operating system says about the person's desktop, where it says it: the screen locked,
 * the computer going to sleep, a full-screen program in front ({@link dev.formcheck.platform.OsSignals}).
 * Each is a {@link dev.formcheck.platform.Reading}: known (on or off), or unknown with the reason in
 * plain words, so a front end can tell the person once what FormCheck cannot see on their system.
 *
 * <p>The readers ask the OS through its own commands ({@code xprop}, {@code dbus-send} and
 * {@code dbus-monitor}, {@code ioreg}) or, on Windows, one shell call through JNA. Headless: no
 * Swing or AWT. It may use {@code common} only; {@code session} turns what it hears into the desk
 * monitor's decisions (decision 0085).
 */
package dev.formcheck.platform;
