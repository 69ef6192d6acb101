package dev.formcheck.pose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a shipped model against the sha256 listed for it in {@value #LIST_NAME} beside it
 * ({@code models/SHA256SUMS}, {@code sha256sum}'s format, the one list of the shipped hashes). A
 * model whose weights were altered still loads and runs, with keypoints off by pixels; only its
 * hash tells. Each file is hashed once per process, and again only if its size or modification
 * time changes (docs/decisions/0017: about 0.2 s of CPU for Thunder's 25 MB in a fresh JVM,
 * done while ONNX Runtime reads the model).
 */
final class ModelChecksums {
    static final String LIST_NAME = "SHA256SUMS";
    private static final Pattern LINE = Pattern.compile("^([0-9a-fA-F]{64}) [ *](.+)$");

    /** Files already found to match, with the size and time they had then. */
    private static final Map<Path, Stamp> VERIFIED = new ConcurrentHashMap<>();

    private record Stamp(long size, FileTime modified) {
        static Stamp of(Path file) throws IOException {
            return new Stamp(Files.size(file), Files.getLastModifiedTime(file));
        }
    }

    private ModelChecksums() {
    }

    /**
     * Fails unless {@code modelFile} matches its listed hash. A file not in the list (or in a
     * directory without one, other than the shipped {@code models/}) is not checked.
     *
     * @param what the file in the user's words, e.g. "model file"
     */
    static void verify(Path modelFile, String what) {
        Path list = modelFile.toAbsolutePath().getParent().resolve(LIST_NAME);
        Optional<String> expected = listedHash(modelFile, list);
        if (expected.isEmpty()) {
            return;
        }
        try {
            Path key = modelFile.toRealPath();
            Stamp stamp = Stamp.of(key);
            if (stamp.equals(VERIFIED.get(key))) {
                return;
            }
            if (!sha256(key).equalsIgnoreCase(expected.get())) {
                throw new PoseException(mismatch(modelFile, what));
            }
            VERIFIED.put(key, stamp);
        } catch (IOException e) {
            throw new PoseException(modelFile + ": cannot read the " + what + " (" + e.getMessage() + "). "
                    + ModelFiles.RESTORE_HINT, e);
        }
    }

    static String mismatch(Path modelFile, String what) {
        return modelFile + ": not the shipped " + what + " (its sha256 differs from " + LIST_NAME
                + "; damaged or altered?). " + ModelFiles.RESTORE_HINT;
    }

    private static Optional<String> listedHash(Path modelFile, Path list) {
        if (!Files.isRegularFile(list)) {
            if (isShippedDirectory(list.getParent())) {
                throw new PoseException(list + ": the list of the shipped models' sha256 is missing. "
                        + ModelFiles.RESTORE_HINT);
            }
            return Optional.empty();
        }
        String name = modelFile.getFileName().toString();
        try {
            for (String line : Files.readAllLines(list)) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches() && m.group(2).equals(name)) {
                    return Optional.of(m.group(1));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new PoseException(list + ": cannot read the list of the shipped models' sha256 (" + e.getMessage()
                    + "). " + ModelFiles.RESTORE_HINT, e);
        }
    }

    private static boolean isShippedDirectory(Path dir) {
        try {
            Path shipped = ModelFiles.modelsDirectory();
            return Files.isDirectory(shipped) && Files.isSameFile(dir, shipped);
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
