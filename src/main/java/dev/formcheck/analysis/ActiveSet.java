package dev.formcheck.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decides when checks count: only during an active set, from the start of its first rep (or
 * hold) to the end of its last. Walking in, setting up, resting and walking out never flag.
 *
 * <p>Activities (reps, abandoned reps, holds) come from the phase machine and the hold timer. A
 * set opens only on evidence of real work: when a rep <em>completes</em> (the set then starts at
 * that rep's start) or a hold <em>starts</em> (its position held for the minimum time). A rep in
 * progress outside a set is tentative: crouching to adjust the camera starts a rep that is then
 * abandoned, and that must open nothing. Flag episodes during a tentative rep stay pending; they
 * are kept if the rep completes (the set is dated back to its start) and discarded as
 * {@link ActiveSetEvent.DiscardReason#OUTSIDE_ACTIVE_SET} if it is abandoned and no set opens to
 * cover them. Inside an open set an abandoned rep is still activity and keeps the set alive. A set
 * closes once no new activity has started for longer than the maximum break after the last one
 * ended; its window is then final.
 *
 * <p>Flag episodes from the debouncers are offered as they end and decided by one rule, once the
 * windows that could contain them are final:
 * <ul>
 *   <li>an episode that overlaps a set window is clipped to it and kept if the clipped part still
 *       lasts the minimum episode time (the debounce time), else discarded as
 *       {@link ActiveSetEvent.DiscardReason#TOO_SHORT_INSIDE_SET};</li>
 *   <li>an episode that overlaps no set is discarded as
 *       {@link ActiveSetEvent.DiscardReason#OUTSIDE_ACTIVE_SET}: when a later set opens after it,
 *       or when no set is open and it ended more than the look-back before now (an activity is
 *       dated at most that far back when it is reported: a hold from when the position was entered,
 *       a rep from when it left the rest phase), or at {@link #finish()}.</li>
 * </ul>
 * So recorded flags are final when their set closes. Live cues, which cannot wait, ask
 * {@link #inActivity()} when a debouncer fires.
 *
 * <p>Timestamps come through {@link #advance(long)}, called once per frame: a repeated one is
 * ignored; an earlier one finishes everything (the stream started over).
 */
public final class ActiveSet {
    private final long maxBreakMicros;
    private final long lookbackMicros;
    private final long minEpisodeMicros;
    private final StreamClock clock = new StreamClock();

    private boolean open;
    private long setStartMicros;
    private long lastEndMicros;
    /** The end of the last completed rep or hold: where the set's window ends (an abandoned rep keeps a set alive, no more). */
    private long windowEndMicros;
    private int activities;
    private boolean inActivity;
    /** A rep in progress outside any set: it opens one only if it completes. */
    private boolean tentative;
    private long tentativeStartMicros;
    private final List<SetWindow> closed = new ArrayList<>();
    private final List<Episode> pending = new ArrayList<>();

    /**
     * @param maxBreakMicros longer than this between the end of one activity and the start of the next ends the set
     * @param lookbackMicros how far before the latest timestamp an activity may be dated when it is reported: for reps,
     *     the first working phase's minimum time plus the cycle's gap hold; for holds, the minimum hold plus the grace period
     * @param minEpisodeMicros the least an episode clipped to a set must last to be kept: the debounce time
     */
    public ActiveSet(long maxBreakMicros, long lookbackMicros, long minEpisodeMicros) {
        if (maxBreakMicros < 0 || lookbackMicros < 0 || minEpisodeMicros < 0) {
            throw new IllegalArgumentException("the maximum break (" + maxBreakMicros + " us), the look-back ("
                    + lookbackMicros + " us) and the minimum episode (" + minEpisodeMicros + " us) cannot be negative");
        }
        this.maxBreakMicros = maxBreakMicros;
        this.lookbackMicros = lookbackMicros;
        this.minEpisodeMicros = minEpisodeMicros;
    }

    /** The time of the current frame; closes a set whose break has run out and decides what can be decided. */
    public List<ActiveSetEvent> advance(long nowMicros) {
        List<ActiveSetEvent> out = new ArrayList<>(2);
        switch (clock.advance(nowMicros)) {
            case REPEATED -> {
                return List.of();
            }
            case BACKWARD -> {
                finishInto(out);
                clock.advance(nowMicros);
            }
            case FIRST, FORWARD -> {
            }
        }
        if (open && !inActivity && nowMicros - lastEndMicros > maxBreakMicros) {
            close(out);
        }
        sweep(out);
        return List.copyOf(out);
    }

    /**
     * An activity that opens a set as it starts (a hold, whose position has already been held for
     * its minimum time) started at {@code startMicros}. Dated further back than the look-back, it
     * still opens or extends a set, but episodes already discarded in that time stay discarded.
     * Reps go through {@link #observe(PhaseEvent)}, which opens a set only when one completes.
     */
    public List<ActiveSetEvent> activityStarted(long startMicros) {
        List<ActiveSetEvent> out = new ArrayList<>(2);
        startActivity(startMicros, out);
        openIfClosed(startMicros, out);
        sweep(out);
        return List.copyOf(out);
    }

    /** A rep started: activity inside an open set, tentative outside one. */
    private List<ActiveSetEvent> repStarted(long startMicros) {
        List<ActiveSetEvent> out = new ArrayList<>(2);
        startActivity(startMicros, out);
        if (!open) {
            tentative = true;
            tentativeStartMicros = startMicros;
        }
        sweep(out);
        return List.copyOf(out);
    }

    /** A rep completed: a tentative one opens its set, dated from its start. */
    private List<ActiveSetEvent> repCompleted(long endMicros) {
        if (!inActivity) {
            return List.of(); // see endedIfOpen
        }
        List<ActiveSetEvent> out = new ArrayList<>(2);
        if (tentative) {
            tentative = false;
            openIfClosed(tentativeStartMicros, out);
            sweep(out);
        }
        out.addAll(activityEnded(endMicros));
        return List.copyOf(out);
    }

    /** A rep abandoned: inside a set it was activity; a tentative one leaves no trace. */
    private List<ActiveSetEvent> repAbandoned(long endMicros) {
        if (tentative) {
            tentative = false;
            inActivity = false;
            List<ActiveSetEvent> out = new ArrayList<>(1);
            sweep(out);
            return List.copyOf(out);
        }
        if (!inActivity) {
            return List.of(); // see endedIfOpen
        }
        List<ActiveSetEvent> out = ended(endMicros, false);
        return out;
    }

    private void startActivity(long startMicros, List<ActiveSetEvent> out) {
        if (inActivity) {
            throw new IllegalStateException("an activity started at " + startMicros
                    + " us while another one is still in progress");
        }
        if (open && startMicros - lastEndMicros > maxBreakMicros) {
            close(out);
        }
        inActivity = true;
    }

    private void openIfClosed(long startMicros, List<ActiveSetEvent> out) {
        if (!open) {
            open = true;
            setStartMicros = startMicros;
            lastEndMicros = startMicros;
            windowEndMicros = startMicros;
            activities = 0;
            out.add(new ActiveSetEvent.SetOpened(startMicros));
        }
    }

    /** The activity in progress ended at {@code endMicros} (a hold ended, or a rep inside a set completed or was abandoned). */
    public List<ActiveSetEvent> activityEnded(long endMicros) {
        return ended(endMicros, true);
    }

    /**
     * @param extendsWindow whether the activity counts (a completed rep, a hold): an abandoned rep
     *     inside a set keeps the set alive but does not stretch its window, so getting up after the
     *     last push-up (which looks like half a rep) cannot pull flags into the set
     */
    private List<ActiveSetEvent> ended(long endMicros, boolean extendsWindow) {
        if (!inActivity) {
            throw new IllegalStateException("an activity ended at " + endMicros + " us but none was in progress");
        }
        if (tentative) {
            throw new IllegalStateException("a rep outside a set ended at " + endMicros
                    + " us: it completes or is abandoned through observe(PhaseEvent)");
        }
        inActivity = false;
        activities++;
        lastEndMicros = Math.max(lastEndMicros, endMicros);
        if (extendsWindow) {
            windowEndMicros = Math.max(windowEndMicros, endMicros);
        }
        return List.of();
    }

    /**
     * Reps from a phase machine: a started rep is an activity until it is completed or abandoned;
     * outside a set it is tentative, and only its completion opens one.
     */
    public List<ActiveSetEvent> observe(PhaseEvent event) {
        if (event instanceof PhaseEvent.RepStarted started) {
            return repStarted(started.startMicros());
        }
        if (event instanceof PhaseEvent.RepCompleted completed) {
            return repCompleted(completed.rep().endMicros());
        }
        if (event instanceof PhaseEvent.RepAbandoned abandoned) {
            return repAbandoned(abandoned.attempt().endMicros());
        }
        return List.of();
    }

    /**
     * An activity's end as the engines report it. After a stream restart {@link #advance} has
     * already closed everything, and the engines then report the rep or hold they abandoned:
     * that end is old news, not a misuse.
     */
    private List<ActiveSetEvent> endedIfOpen(long endMicros) {
        return inActivity ? activityEnded(endMicros) : List.of();
    }

    /** Holds from a hold timer. */
    public List<ActiveSetEvent> observe(HoldEvent event) {
        if (event instanceof HoldEvent.HoldStarted started) {
            return activityStarted(started.startMicros());
        }
        if (event instanceof HoldEvent.HoldEnded ended) {
            return endedIfOpen(ended.hold().endMicros());
        }
        return List.of();
    }

    /** A flag episode that has ended; it is decided now or once its set's window is final. */
    public List<ActiveSetEvent> offer(Episode episode) {
        List<ActiveSetEvent> out = new ArrayList<>(1);
        for (SetWindow w : closed) {
            if (episode.overlaps(w.startMicros(), w.endMicros())) {
                decide(episode, w, out);
                return List.copyOf(out);
            }
        }
        pending.add(episode);
        sweep(out);
        return List.copyOf(out);
    }

    /**
     * The end of the stream: an open set closes at its last activity's end (or now, if one is in
     * progress); a tentative rep never completed, so it opens nothing; every undecided episode is decided.
     */
    public List<ActiveSetEvent> finish() {
        List<ActiveSetEvent> out = new ArrayList<>(2);
        finishInto(out);
        return List.copyOf(out);
    }

    /**
     * Whether a rep or hold is in progress: the moment for a live cue. True during a tentative rep
     * too, so cues may fire during the first rep, before it has opened its set.
     */
    public boolean inActivity() {
        return inActivity;
    }

    /** Whether a set is open (in an activity, or in a break that may still be followed by another); not during a tentative rep. */
    public boolean inSet() {
        return open;
    }

    /** The sets closed so far. */
    public List<SetWindow> closedSets() {
        return List.copyOf(closed);
    }

    private void finishInto(List<ActiveSetEvent> out) {
        if (tentative) {
            tentative = false;
            inActivity = false;
        }
        if (open) {
            if (inActivity) {
                inActivity = false;
                activities++;
                lastEndMicros = Math.max(lastEndMicros, clock.started() ? clock.lastMicros() : lastEndMicros);
                windowEndMicros = Math.max(windowEndMicros, lastEndMicros);
            }
            close(out);
        }
        for (Episode e : pending) {
            out.add(new ActiveSetEvent.FlagDiscarded(e, ActiveSetEvent.DiscardReason.OUTSIDE_ACTIVE_SET));
        }
        pending.clear();
        closed.clear();
        clock.reset();
    }

    private void close(List<ActiveSetEvent> out) {
        SetWindow w = new SetWindow(setStartMicros, windowEndMicros, activities);
        open = false;
        closed.add(w);
        out.add(new ActiveSetEvent.SetClosed(w));
        for (Iterator<Episode> it = pending.iterator(); it.hasNext(); ) {
            Episode e = it.next();
            if (e.overlaps(w.startMicros(), w.endMicros())) {
                decide(e, w, out);
                it.remove();
            } else if (e.endMicros() < w.startMicros()) {
                out.add(new ActiveSetEvent.FlagDiscarded(e, ActiveSetEvent.DiscardReason.OUTSIDE_ACTIVE_SET));
                it.remove();
            }
        }
    }

    /** Discards pending episodes that no set, open or future, can reach any more. */
    private void sweep(List<ActiveSetEvent> out) {
        long reach;
        if (open) {
            reach = setStartMicros;
        } else if (tentative) {
            long lookback = clock.started() ? clock.lastMicros() - lookbackMicros : tentativeStartMicros;
            reach = Math.min(tentativeStartMicros, lookback); // the rep may yet open a set from its start
        } else if (clock.started()) {
            reach = clock.lastMicros() - lookbackMicros;
        } else {
            return;
        }
        for (Iterator<Episode> it = pending.iterator(); it.hasNext(); ) {
            Episode e = it.next();
            if (e.endMicros() < reach) {
                out.add(new ActiveSetEvent.FlagDiscarded(e, ActiveSetEvent.DiscardReason.OUTSIDE_ACTIVE_SET));
                it.remove();
            }
        }
    }

    private void decide(Episode e, SetWindow w, List<ActiveSetEvent> out) {
        var inside = e.clippedTo(w.startMicros(), w.endMicros());
        if (inside.isPresent() && inside.get().durationMicros() >= minEpisodeMicros) {
            out.add(new ActiveSetEvent.FlagKept(inside.get(), w));
        } else {
            out.add(new ActiveSetEvent.FlagDiscarded(e, ActiveSetEvent.DiscardReason.TOO_SHORT_INSIDE_SET));
        }
    }
}
