package dev.formcheck.pose;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.security.CodeSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code models/} directory: the {@code formcheck.models} system property if set, else
 * {@code models/} beside the directory holding the application jar (the repository layout
 * {@code target/formcheck.jar} + {@code models/}), else {@code models/} in the working directory.
 */
public final class ModelFiles {
    public static final String PROPERTY = "formcheck.models";
    /** What to tell the user when a shipped model file is missing or damaged. */
    public static final String RESTORE_HINT =
            "Reinstall FormCheck; in a copy of its source, restore it with 'git checkout -- models/' or regenerate it as models/README.md describes.";

    private ModelFiles() {
    }

    public static Path modelsDirectory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return besideJar().filter(Files::isDirectory).orElse(Path.of("models"));
    }

    private static Optional<Path> besideJar() {
        CodeSource source = ModelFiles.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            // target/formcheck.jar or target/classes -> the project directory two levels up
            Path project = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
            return project == null || project.getParent() == null ? Optional.empty()
                    : Optional.of(project.getParent().resolve("models"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
