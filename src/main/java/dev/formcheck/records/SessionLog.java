package dev.formcheck.records;

import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.FormCheckException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one session as it runs: each event is appended to {@code ID.events.jsonl} with one
 * write call, so a process killed at any moment leaves every earlier event whole on disk (the
 * operating system keeps what was written; only a power cut can lose the last seconds). When the
 * session ends, the summary {@code ID.json} is written atomically and the log removed.
 *
 * <p>A recording must never stop a workout: when the disk fails (full, removed), the log stops,
 * {@link #problem()} says why once, and the session goes on.
 */
public final class SessionLog implements AutoCloseable {
    private final Path log;
    private final Path summary;
    private final List<SessionEvent> events = new ArrayList<>();
    private FileChannel channel;
    private String problem;
    private boolean finished;

    /** Package-private so a test can hand it a channel on a full device. */
    SessionLog(Path log, Path summary, FileChannel channel) {
        this.log = log;
        this.summary = summary;
        this.channel = channel;
    }

    /** Starts the log of a new session in {@code store}, with its first line. */
    public static SessionLog start(SessionStore store, SessionEvent.Started header) {
        Path dir = store.directory();
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve(header.id() + SessionStore.LOG_SUFFIX);
            FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            SessionLog session = new SessionLog(log, dir.resolve(header.id() + SessionStore.SUMMARY_SUFFIX), channel);
            session.append(header);
            if (session.problem != null) {
                throw new FormCheckException(session.problem);
            }
            return session;
        } catch (IOException e) {
            throw new FormCheckException(dir + ": cannot start the session's record (" + e.getMessage() + "); "
                    + "run with --no-record to go on without one", e);
        }
    }

    /** Appends one event; a failure stops the log (see {@link #problem()}) and never throws. */
    public synchronized void append(SessionEvent event) {
        if (finished) {
            throw new IllegalStateException("the session's record is finished");
        }
        events.add(event);
        if (channel == null) {
            return;
        }
        byte[] json = RecordFiles.line(event);
        ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            problem = log + ": the session's record stopped (" + e.getMessage() + "); what was written before is kept";
            closeQuietly();
        }
    }

    /** Why the log stopped early, if it did. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Ends the session: writes the summary atomically and removes the log. When the summary cannot
     * be written, the log stays (it holds everything) and the failure is thrown for the caller to say.
     */
    public synchronized SessionRecord finish(Instant endedAt, String endProblem) {
        if (finished) {
            throw new IllegalStateException("the session's record is already finished");
        }
        append(new SessionEvent.Ended(endedAt, endProblem));
        finished = true;
        closeQuietly();
        SessionRecord record = SessionRecord.fold(events);
        AtomicFiles.writeSmall(summary, RecordFiles.summary(record));
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // the summary wins when both exist: a leftover log costs disk space, not data
        }
        return record;
    }

    public Path summaryFile() {
        return summary;
    }

    public Path logFile() {
        return log;
    }

    /** Closes the log without a summary (the record reads as incomplete, with every event written). */
    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing buffered: every event went out with its own write
            }
            channel = null;
        }
    }
}
