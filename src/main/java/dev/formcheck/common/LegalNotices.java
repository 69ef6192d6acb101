package dev.formcheck.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The licence texts the jar carries: FormCheck's own (Apache-2.0, the repository's LICENSE), the
 * third-party list generated at build time from the runtime dependencies' POMs (license-maven-plugin),
 * and the models' attribution (models/NOTICE). The build copies all three in; a jar without one is
 * a broken build, said as such.
 */
public final class LegalNotices {
    private static final String FOLDER = "/dev/formcheck/legal/";

    /** One text the jar carries, by what it is about. */
    public enum Notice {
        FORMCHECK_LICENSE("LICENSE"),
        THIRD_PARTY("THIRD-PARTY.txt"),
        MODELS("models/NOTICE");

        private final String resource;

        Notice(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return FOLDER + resource;
        }
    }

    private LegalNotices() {
    }

    public static String text(Notice notice) {
        try (InputStream in = LegalNotices.class.getResourceAsStream(notice.resource())) {
            if (in == null) {
                throw new FormCheckException("this build of FormCheck lacks " + notice.resource()
                        + "; rebuild it with 'mvn -B -DskipTests package', which generates it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FormCheckException("could not read " + notice.resource() + " from the FormCheck jar: "
                    + e.getMessage(), e);
        }
    }
}
