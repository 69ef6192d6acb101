package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keypoints a quantity needs scored below {@link KeypointVisibility#MIN_SCORE} (or there is
 * no person at all), so it is not measured.
 *
 * @param parts the keypoints that were missing (all 17 when there is no person)
 * @param message what to tell the user, e.g. "I can't see your hips"
 */
public record NotVisible(Set<BodyPart> parts, String message) implements Unavailable, Measurement, SpineReading {
    /** When no person is in the frame at all. */
    public static final String NOBODY_MESSAGE = "I can't see you - step into the frame";

    public NotVisible {
        if (parts == null || parts.isEmpty() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("'not visible' needs the missing parts and a message");
        }
        parts = Set.copyOf(parts);
    }

    @Override
    public Optional<String> whyMissing() {
        return Optional.of(message);
    }

    /** The missing parts, with a message naming them the way a person would: "I can't see your hips or knees". */
    public static NotVisible of(Collection<BodyPart> missing) {
        Set<String> words = new LinkedHashSet<>();
        EnumSet<BodyPart> sorted = EnumSet.copyOf(missing);
        for (BodyPart part : sorted) {
            words.add(word(part));
        }
        return new NotVisible(sorted, "I can't see your " + join(new ArrayList<>(words)));
    }

    /** No person in the frame: every part missing. */
    public static NotVisible nobody() {
        return new NotVisible(EnumSet.allOf(BodyPart.class), NOBODY_MESSAGE);
    }

    /** The word for a keypoint in a sentence to the user: the face points are all "head". */
    static String word(BodyPart part) {
        return switch (part) {
            case NOSE, LEFT_EYE, RIGHT_EYE, LEFT_EAR, RIGHT_EAR -> "head";
            case LEFT_SHOULDER, RIGHT_SHOULDER -> "shoulders";
            case LEFT_ELBOW, RIGHT_ELBOW -> "elbows";
            case LEFT_WRIST, RIGHT_WRIST -> "wrists";
            case LEFT_HIP, RIGHT_HIP -> "hips";
            case LEFT_KNEE, RIGHT_KNEE -> "knees";
            case LEFT_ANKLE, RIGHT_ANKLE -> "ankles";
        };
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
