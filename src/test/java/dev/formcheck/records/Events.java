package dev.formcheck.records;

import java.time.Instant;

/** Small, realistic events for record tests. */
final class Events {
    private Events() {
    }

    static SessionEvent.Started started(String id, Instant at, String exercise) {
        return new SessionEvent.Started(SessionRecord.SCHEMA_VERSION, id, "live-workout", at, "camera 0", exercise,
                "test", "movenet-lightning", "shipped defaults");
    }

    static SessionEvent.Rep rep(int set, int rep) {
        return new SessionEvent.Rep(set, rep, null, 2.0 * rep, 85.0, 80.0, 2.0, 12.5, "outline");
    }

    static SessionEvent.Fault fault(int set, int rep, String kind) {
        return new SessionEvent.Fault(set, rep, kind, 2.0 * rep - 0.3, 2.0 * rep + 0.2, 27.0, 20.0, "deg", "outline", 0.8);
    }
}
