package dev.formcheck.kinematics;

import java.util.Optional;

/**
 * The camera sees the body from a direction that cannot show a quantity (a back's curve from the
 * front), so it is not measured; the message says how to turn.
 *
 * @param view the view that was detected
 * @param message what to tell the user, e.g. "Turn side-on so I can see your back"
 */
public record WrongView(CameraView view, String message) implements Unavailable, Measurement, SpineReading, ViewCheck {
    public WrongView {
        if (view == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a wrong view needs the view seen and a message");
        }
    }

    @Override
    public Optional<String> whyMissing() {
        return Optional.of(message);
    }
}
