package dev.formcheck.ui;

import java.util.Objects;

/**
 * One entry of a menu, free of AWT so a view model can build and test it headless.
 *
 * @param label  what the user reads
 * @param action what choosing it does; runs on the event dispatch thread, so it must only forward
 */
public record MenuChoice(String label, Runnable action) {
    public MenuChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a menu choice needs a label");
        }
    }
}
