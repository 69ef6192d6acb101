package dev.formcheck.ui;

import java.util.Objects;

/**
 * How the tray notifier presents itself.
 *
 * @param tooltip shown when the pointer rests on the icon
 * @param sound   whether each notification also plays {@link Chime}'s soft tone; off by default,
 *                because a sound in an open-plan office is louder than a balloon on the screen
 */
public record TraySettings(String tooltip, boolean sound) {
    public static final String DEFAULT_TOOLTIP = "FormCheck";

    public TraySettings {
        Objects.requireNonNull(tooltip, "tooltip");
    }

    /** The app's name as tooltip, no sound. */
    public static TraySettings defaults() {
        return new TraySettings(DEFAULT_TOOLTIP, false);
    }

    public TraySettings withSound(boolean on) {
        return new TraySettings(tooltip, on);
    }
}
