package dev.formcheck.session;

import dev.formcheck.feedback.PlainWords;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A pain-journal entry's link to the session it follows, and the session in words for the entry's
 * "exercise before it" (pre-filled, the person may change it): the same for {@code journal add
 * --session} and the window's "Note pain…" after a workout.
 *
 * @param sessionId the session's id, as {@code history} lists it
 * @param exerciseWords "Squat: 12 reps in 2 sets, live workout, Mon 7 Dec 2026, 18:00"
 */
public record JournalLink(String sessionId, String exerciseWords) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The link to {@code which} (an id, or {@link KeptReports#LAST}); throws with a message for the person when there is none. */
    public static JournalLink find(SessionStore store, String which, ZoneId zone) {
        return of(KeptReports.find(store, which), zone);
    }

    public static JournalLink of(SessionRecord r, ZoneId zone) {
        int sets = Math.max(r.sets().size(), r.totalReps() > 0 || !r.holds().isEmpty() ? 1 : 0);
        String done;
        if (r.totalReps() > 0 || r.holds().isEmpty()) {
            done = r.totalReps() + (r.totalReps() == 1 ? " rep" : " reps");
        } else {
            done = String.format(Locale.ROOT, "%.0f s held", r.holds().stream().mapToDouble(SessionEvent.Hold::heldS).sum());
        }
        String kind = SessionRecording.VIDEO_KIND.equals(r.header().kind()) ? "analysed video" : "live workout";
        return new JournalLink(r.id(), String.format(Locale.ROOT, "%s: %s in %d %s, %s, %s", PlainWords.exercise(r.exercise()), done,
                sets, sets == 1 ? "set" : "sets", kind, WHEN.format(r.header().startedAt().atZone(zone))));
    }
}
