package dev.formcheck.cli;

import dev.formcheck.common.UserDataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR}, shared by the commands that read or write the user's own files (journal, history, data). */
final class DataDirectoryOption {
    @Option(names = "--data", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "The data folder (default: your user data folder, or -D" + UserDataDirectory.PROPERTY + ").")
    Path data;

    /** The folder given, else the user's data folder. */
    Path directory() {
        return data != null ? data : UserDataDirectory.resolve();
    }
}
