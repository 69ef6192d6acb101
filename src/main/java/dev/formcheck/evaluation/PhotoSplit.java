package dev.formcheck.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The photos' tune and check halves (docs/validation.md, "The split"): chosen once, by source
 * exercise, before any result was looked at, and recorded in {@code photo-split.csv} beside this
 * class. Thresholds change only while looking at the tune half; the check half is scored, never
 * tuned to.
 */
public final class PhotoSplit {
    /** The recorded split, on the classpath. */
    public static final String RESOURCE = "photo-split.csv";

    public enum Half {
        TUNE, CHECK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One photo's half, as recorded. */
    public record Entry(String folder, String file, String source, Half half) {
    }

    private final List<Entry> entries;

    private PhotoSplit(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The rule: tune when the first byte of SHA-256 of the source name (UTF-8) is even, else check.
     * Both photos of one exercise share its source, so they are always on the same side.
     */
    public static Half halfOf(String source) {
        try {
            byte first = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8))[0];
            return (first & 1) == 0 ? Half.TUNE : Half.CHECK;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The split recorded in the repository. */
    public static PhotoSplit recorded() {
        try (InputStream in = PhotoSplit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                entries.add(new Entry(c[0], c[1], c[2], Half.valueOf(c[3].toUpperCase(Locale.ROOT))));
            }
            return new PhotoSplit(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * A photo's half: as recorded for the shared photos (by file name, whatever folder they are
     * read from), else by the rule from its source (a user's own labelled photos).
     */
    public Half halfOf(String file, String source) {
        Optional<Entry> recorded = entries.stream().filter(e -> e.file().equals(file)).findFirst();
        return recorded.map(Entry::half).orElseGet(() -> halfOf(source));
    }
}
