package dev.formcheck.synthetic;

/**
 * The room around the body: a floor at y = 0 with boards running away from the camera, and a
 * wall behind the body facing the camera.
 *
 * @param wallBehindTarget metres from the camera's target to the wall, along the camera's horizontal view
 * @param boardWidth metres between the floor boards' joints
 */
public record Scene(Rgb wall, Rgb floor, Rgb skirting, double wallBehindTarget, double boardWidth) {
    public Scene {
        if (wall == null || floor == null || skirting == null) {
            throw new IllegalArgumentException("every colour of a scene must be given");
        }
        if (!(wallBehindTarget > 0.5 && wallBehindTarget < 100) || !(boardWidth > 0.01 && boardWidth < 10)) {
            throw new IllegalArgumentException("wall distance must be 0.5..100 m and board width 0.01..10 m, not "
                    + wallBehindTarget + " and " + boardWidth);
        }
    }

    /** A pale wall 2.5 m behind the person, a mid-grey floor, white skirting. */
    public static Scene studio() {
        return new Scene(new Rgb(214, 210, 200), new Rgb(128, 126, 124), new Rgb(236, 234, 228), 2.5, 0.18);
    }
}
