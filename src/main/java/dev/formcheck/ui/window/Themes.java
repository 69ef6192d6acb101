package dev.formcheck.ui.window;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.formcheck.ui.model.AppSettings;

import java.awt.Toolkit;
import java.util.Locale;

/** FlatLaf light or dark; "follow the system" reads the desktop's theme name where the toolkit exposes it (GNOME), else light. */
final class Themes {
    private Themes() {
    }

    static void apply(AppSettings.Theme theme) {
        boolean dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark();
        };
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    static boolean systemPrefersDark() {
        Object gtkTheme = Toolkit.getDefaultToolkit().getDesktopProperty("gnome.Net/ThemeName");
        return gtkTheme != null && gtkTheme.toString().toLowerCase(Locale.ROOT).contains("dark");
    }
}
