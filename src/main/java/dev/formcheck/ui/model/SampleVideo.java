package dev.formcheck.ui.model;

import dev.formcheck.pose.ModelFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The bundled sample video (our own mannequin squatting), beside the shipped models. */
public final class SampleVideo {
    public static final String RELATIVE = "test-videos/squat-side-synthetic.mp4";

    private SampleVideo() {
    }

    public static Optional<Path> find() {
        Path models = ModelFiles.modelsDirectory().toAbsolutePath();
        Path candidate = models.getParent() == null ? Path.of(RELATIVE) : models.getParent().resolve(RELATIVE);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
