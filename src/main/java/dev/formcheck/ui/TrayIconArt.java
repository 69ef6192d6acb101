package dev.formcheck.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * FormCheck's tray icon, drawn in code at every size it is asked for: a teal disc with an upright
 * figure (head and a gently curved back), readable from 16 pixels up.
 */
public final class TrayIconArt {
    /** The badge: teal reads on both light and dark panels. */
    public static final Color BADGE = new Color(0x1F, 0x8A, 0x78);
    public static final Color FIGURE = Color.WHITE;
    /** Below this the figure is a smudge; trays that report less still get a legible icon, scaled down. */
    public static final int MIN_PIXELS = 16;

    private TrayIconArt() {
    }

    /**
     * The icon for a tray slot of {@code logicalSize} on a screen scaled by {@code scale}
     * (2.0 on a HiDPI screen at 200 %): a multi-resolution image whose base has the slot's size and
     * whose other variant has the screen's device pixels, so it stays sharp when scaled.
     */
    public static Image image(Dimension logicalSize, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("screen scale must be positive and finite, got " + scale);
        }
        int base = Math.max(MIN_PIXELS, Math.min(logicalSize.width, logicalSize.height));
        Set<Integer> sizes = new LinkedHashSet<>();
        sizes.add(base);
        sizes.add((int) Math.ceil(base * scale));
        return new BaseMultiResolutionImage(sizes.stream().map(TrayIconArt::draw).toArray(Image[]::new));
    }

    /** One square variant of {@code pixels} a side. */
    public static BufferedImage draw(int pixels) {
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(pixels, pixels); // draw in a unit square
            g.setColor(BADGE);
            g.fill(new Ellipse2D.Double(0.02, 0.02, 0.96, 0.96));
            g.setColor(FIGURE);
            g.fill(new Ellipse2D.Double(0.42, 0.14, 0.18, 0.18));
            g.setStroke(new BasicStroke(0.11f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double back = new Path2D.Double();
            back.moveTo(0.50, 0.38);
            back.curveTo(0.44, 0.50, 0.56, 0.62, 0.50, 0.78);
            g.draw(back);
        } finally {
            g.dispose();
        }
        return image;
    }
}
