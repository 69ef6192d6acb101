package dev.formcheck.platform;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the OS says about the desktop, gathered from its watchers: the latest reading of each
 * {@link Signal} and, in order, the changes since the consumer last looked. Watchers report from
 * their own threads; one consumer (the desk session's thread) takes the changes. A signal no
 * watcher reports reads unknown, with the reason its platform gave.
 */
public final class OsSignals implements AutoCloseable {
    private final Clock clock;
    private final List<OsWatcher> watchers;
    private final Map<Signal, Reading> latest = new EnumMap<>(Signal.class);
    private final ConcurrentLinkedQueue<SignalChange> changes = new ConcurrentLinkedQueue<>();
    private boolean started;

    /**
     * @param unheard the reason for each signal no watcher reports (what this platform cannot tell)
     */
    public OsSignals(Clock clock, List<OsWatcher> watchers, Map<Signal, String> unheard) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.watchers = List.copyOf(watchers);
        for (Signal s : Signal.values()) {
            latest.put(s, new Reading.Unknown(unheard.getOrDefault(s, "nothing on this system reports it")));
        }
    }

    /** Nothing is heard: every signal unknown for {@code why}. */
    public static OsSignals none(String why) {
        Map<Signal, String> all = new EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            all.put(s, why);
        }
        return new OsSignals(Clock.systemUTC(), List.of(), all);
    }

    /** Starts every watcher (once). */
    public synchronized OsSignals start() {
        if (!started) {
            started = true;
            watchers.forEach(w -> w.start(this));
        }
        return this;
    }

    /** A watcher's reading, from any thread; a change from the last reading is queued for the consumer. */
    public void report(Signal signal, Reading reading) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(reading, "reading");
        synchronized (latest) {
            if (reading.equals(latest.get(signal))) {
                return;
            }
            latest.put(signal, reading);
            changes.add(new SignalChange(clock.instant(), signal, reading));
        }
    }

    /** The latest reading of {@code signal}. */
    public Reading latest(Signal signal) {
        synchronized (latest) {
            return latest.get(signal);
        }
    }

    /** The changes reported since the last call, oldest first; for the one consumer's thread. */
    public List<SignalChange> take() {
        List<SignalChange> taken = new ArrayList<>();
        for (SignalChange c = changes.poll(); c != null; c = changes.poll()) {
            taken.add(c);
        }
        return taken;
    }

    /**
     * What FormCheck cannot tell on this system now, one plain sentence per reason (signals that
     * share a reason share the sentence, so the note does not repeat itself): "FormCheck cannot
     * tell when your screen is locked or when the computer goes to sleep on this system: no system
     * message bus answers." Empty when every signal is heard.
     */
    public List<String> cannotTell() {
        Map<String, List<String>> whensByReason = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            if (latest(s) instanceof Reading.Unknown u) {
                whensByReason.computeIfAbsent(u.why(), why -> new ArrayList<>()).add(s.when());
            }
        }
        List<String> sentences = new ArrayList<>();
        whensByReason.forEach((why, whens) -> sentences.add(
                "FormCheck cannot tell " + String.join(" or ", whens) + " on this system: " + why + "."));
        return sentences;
    }

    @Override
    public void close() {
        watchers.forEach(OsWatcher::close);
    }
}
