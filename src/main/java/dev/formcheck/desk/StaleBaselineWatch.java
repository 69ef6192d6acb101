package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether the baseline looks wrong rather than the person: over the last {@code window} of judged
 * time, at least {@code share} of it not UPRIGHT (a sample that could not be judged counts as not
 * upright: the view no longer matches). A moved camera or chair shifts every sample; a person
 * slouching has upright moments. Each sample stands for the time since the one before, at most
 * {@code maxSpan}, so a gap (the camera released) adds no judged time.
 */
final class StaleBaselineWatch {
    private final Duration window;
    private final double share;
    private final Duration maxSpan;
    private final Deque<Span> spans = new ArrayDeque<>();
    private Instant last;

    private record Span(Instant end, long millis, boolean upright) {
    }

    StaleBaselineWatch(Duration window, double share, Duration maxSpan) {
        this.window = window;
        this.share = share;
        this.maxSpan = maxSpan;
    }

    /** Takes one sample in; returns whether the baseline looks stale now. */
    boolean record(Instant now, boolean upright) {
        long ms = last == null ? maxSpan.toMillis() : Math.min(Duration.between(last, now).toMillis(), maxSpan.toMillis());
        last = now;
        if (ms > 0) {
            spans.addLast(new Span(now, ms, upright));
        }
        Instant from = now.minus(window);
        while (!spans.isEmpty() && spans.peekFirst().end().isBefore(from)) {
            spans.removeFirst();
        }
        long total = spans.stream().mapToLong(Span::millis).sum();
        long notUpright = spans.stream().filter(s -> !s.upright()).mapToLong(Span::millis).sum();
        boolean enough = total >= window.toMillis() * share; // a window mostly judged, not a few minutes
        return enough && notUpright >= total * share;
    }
}
