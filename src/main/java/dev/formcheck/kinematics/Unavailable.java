package dev.formcheck.kinematics;

/**
 * Why a quantity has no value in a frame, with the sentence to show the user. Either the body
 * parts it needs are not visible ({@link NotVisible}), or the camera sees the body from a
 * direction that cannot show it ({@link WrongView}). Never a fault: "I can't see your hips" is
 * counted apart from "your hips sag".
 */
public sealed interface Unavailable permits NotVisible, WrongView {
    /** A short sentence for the user, e.g. "I can't see your hips". */
    String message();
}
