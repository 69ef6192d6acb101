package dev.formcheck.synthetic;

/**
 * How the mannequin is dressed. Sleeves and shorts cover a fraction of the upper arm and thigh.
 *
 * @param sleeveFraction how much of the upper arm, from the shoulder, the shirt covers (0..1)
 * @param shortsFraction how much of the thigh, from the hip, the shorts cover (0..1)
 */
public record Appearance(Rgb skin, Rgb hair, Rgb shirt, Rgb shorts, Rgb shoes,
                         double sleeveFraction, double shortsFraction) {
    public Appearance {
        if (skin == null || hair == null || shirt == null || shorts == null || shoes == null) {
            throw new IllegalArgumentException("every colour of an appearance must be given");
        }
        if (!(sleeveFraction >= 0 && sleeveFraction <= 1 && shortsFraction >= 0 && shortsFraction <= 1)) {
            throw new IllegalArgumentException("sleeve and shorts fractions must be 0..1, not "
                    + sleeveFraction + " and " + shortsFraction);
        }
    }

    /**
     * Medium skin, dark brown hair, a blue T-shirt, charcoal shorts, white trainers: every garment
     * distinct from the skin and from the grey floor and pale wall of {@link Scene#studio()}.
     */
    public static Appearance defaults() {
        return new Appearance(new Rgb(214, 160, 124), new Rgb(58, 40, 30), new Rgb(46, 104, 178),
                new Rgb(44, 44, 52), new Rgb(236, 236, 232), 0.45, 0.45);
    }
}
