package dev.formcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One photo judged as its labelled exercise and scored against its labels.
 *
 * @param folder the labels file's folder name ({@code exercises}, {@code exercises-more})
 * @param file the photo
 * @param half {@code tune} or {@code check} (docs/validation.md, "The split")
 * @param family the family as labelled
 * @param exercise the defined exercise it was judged as; null when FormCheck defines none for the family (not judged)
 * @param view the label's view
 * @param viewSeen the view FormCheck saw
 * @param position where in the exercise FormCheck placed it (working, rest, out of position, not visible)
 * @param flags the flags raised, described with what decided them
 * @param faultsLabelled labelled faults
 * @param faultsFound of those, the ones found
 * @param falseFlags flags the labels contradict
 * @param clean labelled with a neutral back and level hips
 * @param sideView labelled side or oblique-side
 * @param backJudged whether a back check could judge it
 * @param whyBackNotJudged the reason, when it could not
 * @param problem why the photo could not be read, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PhotoScore(String folder, String file, String half, String family, String exercise, String view,
                         String viewSeen, String position, List<String> flags, List<String> faultsLabelled,
                         List<String> faultsFound, List<String> falseFlags, boolean clean, boolean sideView,
                         boolean backJudged, String whyBackNotJudged, String problem) {
    public PhotoScore {
        flags = List.copyOf(flags);
        faultsLabelled = List.copyOf(faultsLabelled);
        faultsFound = List.copyOf(faultsFound);
        falseFlags = List.copyOf(falseFlags);
    }

    public boolean judged() {
        return exercise != null && problem == null;
    }

    /** A false flag of the back or the hips (the measure for clean photos). */
    public boolean falseBackOrHipFlag() {
        return falseFlags.stream().anyMatch(f -> f.startsWith("rounded back") || f.startsWith("lumbar hyperextension")
                || f.startsWith("lost neutral spine") || f.startsWith("hips "));
    }
}
