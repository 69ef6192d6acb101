package dev.formcheck.ui.model;

import dev.formcheck.common.UserDataDirectory;

import java.nio.file.Path;
import java.util.List;

/** What the window says on first run, before anything else: what FormCheck is not, and where its data lives. */
public final class FirstRunNotice {
    private FirstRunNotice() {
    }

    public static String title() {
        return "Before you start";
    }

    public static List<String> lines(Path dataDirectory, Path settingsFile) {
        return List.of(
                "FormCheck is not a medical device. It gives training hints from a camera, not a diagnosis.",
                "Stop at once if you feel sharp pain, and ask a doctor or physiotherapist about it.",
                "Nothing leaves this computer: no account, no upload, no network.",
                "No video is stored unless you ask for it (an export).",
                "Your calibration and summaries are in " + dataDirectory + ", your window settings in " + settingsFile
                        + ". Delete those to remove everything FormCheck keeps.");
    }

    public static List<String> lines(Path settingsFile) {
        return lines(UserDataDirectory.resolve(), settingsFile);
    }
}
