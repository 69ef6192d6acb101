package dev.formcheck.records;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A process that records a session the way a workout does, one event every few milliseconds,
 * and says on stdout after each event how many it has written: {@link KilledRecordingTest} kills
 * it with SIGKILL and checks that every event it announced is on disk.
 */
public final class RecordingChild {
    private RecordingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        SessionLog log = SessionLog.start(new SessionStore(Path.of(args[0])), Events.started("killed", Instant.now(), "squat"));
        System.out.println("started");
        for (int rep = 1; ; rep++) {
            log.append(Events.rep(1, rep));
            System.out.println("wrote " + rep);
            System.out.flush();
            Thread.sleep(3);
        }
    }
}
