package dev.formcheck.session;

import dev.formcheck.pose.MoveNetModel;

import java.util.Optional;

/** Which MoveNet reads a photo. */
public final class PhotoModels {
    private PhotoModels() {
    }

    /**
     * The model the user named, else Thunder. A photo is one image, so speed does not matter and
     * accuracy does; the photo validation (docs/validation.md) is Thunder's (with Lightning the
     * second mountain climber's lower back reads 14.7° against 18.0°).
     */
    public static MoveNetModel forPhotos(Optional<MoveNetModel> named) {
        return named.orElse(MoveNetModel.THUNDER);
    }
}
