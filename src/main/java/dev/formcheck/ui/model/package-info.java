/**
 * The window's view models: every decision the window shows (what the workout screen says, which
 * marks the review timeline has, the settings and the first-run notice), headless and tested
 * without a display. No Swing or AWT here (ArchitectureTest); the Swing classes in
 * {@code ui.window} render these and forward the user's intent.
 */
package dev.formcheck.ui.model;
