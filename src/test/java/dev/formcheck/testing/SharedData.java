package dev.formcheck.testing;

import java.nio.file.Path;

/** Where tests find the shared data and the project's own files. */
public final class SharedData {
    private SharedData() {
    }

    /** {@code ../shared/data}, or {@code <formcheck.shared.dir>/data} when that property is set. */
    public static Path root() {
        String dir = System.getProperty("formcheck.shared.dir");
        Path shared = dir != null ? Path.of(dir) : projectDir().resolve("../shared");
        return shared.resolve("data").normalize();
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** The repository root (Maven passes it; the working directory otherwise). */
    public static Path projectDir() {
        String dir = System.getProperty("formcheck.project.dir");
        return (dir != null ? Path.of(dir) : Path.of("")).toAbsolutePath();
    }

    /** The committed {@code models/} directory. */
    public static Path modelsDir() {
        return projectDir().resolve("models");
    }
}
