package dev.formcheck.synthetic;

/** An 8-bit sRGB colour, kept free of AWT so any package can name one. */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0..255, not " + red + ", " + green + ", " + blue);
        }
    }
}
