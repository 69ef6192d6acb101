package dev.formcheck.ui.model;

import dev.formcheck.feedback.PlainWords;

import java.util.List;

/**
 * The short "how to" shown before a set: what the exercise is, in three steps, and where to put
 * the camera so FormCheck can judge the back (side-on, the whole body in the picture, at hip
 * height, 2-3 m away: the distance at which a 1.75 m adult fills about three quarters of a webcam's
 * height, as the sample videos are filmed).
 *
 * @param title "How to: Squat"
 * @param steps the movement, a line a step
 * @param camera where the camera goes, a line each
 * @param positions captions of the pictures' positions, in the order the mannequin shows them
 */
public record ExerciseGuide(String title, List<String> steps, List<String> camera, List<String> positions) {
    public ExerciseGuide {
        steps = List.copyOf(steps);
        camera = List.copyOf(camera);
        positions = List.copyOf(positions);
    }

    /** Where the camera goes for a standing exercise. */
    private static final List<String> STANDING_CAMERA = List.of(
            "Put the camera at your side, at hip height, 2 to 3 metres away.",
            "Stand side-on to it, with your whole body in the picture, head to feet.",
            "A plain wall behind you and light in front of you help.");
    /** And for one on the floor: lower, so the floor line and the whole body show. */
    private static final List<String> FLOOR_CAMERA = List.of(
            "Put the camera at your side, low (a chair seat is right), 2 to 3 metres away.",
            "Lie side-on to it, with your whole body in the picture, head to feet.",
            "A plain wall behind you and light in front of you help.");

    public static ExerciseGuide of(String exercise) {
        String title = "How to: " + PlainWords.exercise(exercise);
        return switch (exercise) {
            case "squat" -> new ExerciseGuide(title, List.of(
                    "Feet shoulder-width apart, toes slightly out.",
                    "Sit back and down, knees over your toes, chest up, back flat.",
                    "Go down until your thighs are level with the floor, then stand up tall."),
                    STANDING_CAMERA, List.of("Start", "Bottom"));
            case "hip-hinge", "romanian-deadlift" -> new ExerciseGuide(title, List.of(
                    "Stand tall, knees soft.",
                    "Push your hips back and let your chest come forward, back flat from hips to head.",
                    "Stop when you feel the back of your thighs, then drive your hips forward to stand."),
                    STANDING_CAMERA, List.of("Start", "Bottom"));
            case "deadlift" -> new ExerciseGuide(title, List.of(
                    "Feet under the bar, hands just outside your knees.",
                    "Brace, back flat, and push the floor away until you stand tall.",
                    "Lower the bar the same way: hips back first, back flat."),
                    STANDING_CAMERA, List.of("Start", "Bottom"));
            case "push-up" -> new ExerciseGuide(title, List.of(
                    "Hands under your shoulders, body straight from head to heels.",
                    "Lower your chest towards the floor, elbows at about 45°.",
                    "Push back up without letting your hips sag or rise."),
                    FLOOR_CAMERA, List.of("Top", "Bottom"));
            case "plank", "high-plank" -> new ExerciseGuide(title, List.of(
                    exercise.equals("plank") ? "Forearms on the floor, elbows under your shoulders."
                            : "Hands under your shoulders, arms straight.",
                    "Body straight from head to heels: squeeze your glutes, brace your stomach.",
                    "Hold: breathe, and keep your hips level."),
                    FLOOR_CAMERA, List.of("Hold"));
            case "auto" -> new ExerciseGuide("How to: any exercise", List.of(
                    "Do a few reps or a hold of a supported exercise: FormCheck recognises which.",
                    "Move steadily: the first rep may be used to recognise it."),
                    STANDING_CAMERA, List.of());
            default -> new ExerciseGuide(title, List.of("Move steadily, with your back in its neutral line."),
                    STANDING_CAMERA, List.of());
        };
    }
}
