/**
 * The FormCheck window in Swing and FlatLaf: it renders the view models of {@code ui.model} and
 * forwards what the user asks for. Built and touched on the event dispatch thread only; capture,
 * inference, speech and disk run on threads of their own and hand results over.
 */
package dev.formcheck.ui.window;
