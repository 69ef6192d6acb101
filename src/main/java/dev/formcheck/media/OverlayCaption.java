package dev.formcheck.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Lines of text in a dark box at the top left of an overlay frame: the rep count, the fault that
 * holds and its cue. The box is drawn with Java2D offscreen only when the text changes (a few
 * times a set) and copied into each frame's RGB bytes, so the per-frame path stays a byte copy.
 * Not thread-safe: one per overlay.
 */
public final class OverlayCaption {
    /** Text height as a share of the frame's height: readable on a phone, small enough to leave the body clear. */
    static final double TEXT_SHARE = 0.045;
    /** The box's opacity over the video: the text reads on any background, the frame still shows through. */
    static final double BOX_OPACITY = 0.7;

    private List<String> text = List.of();
    private int[] box = new int[0];
    private boolean[] ink = new boolean[0];
    private int boxWidth;
    private int boxHeight;
    private int forHeight;

    /** Draws {@code lines} (the first one larger and bold) onto {@code rgb}, a {@code w}×{@code h} RGB image; nothing for none. */
    public void drawInto(byte[] rgb, int w, int h, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (!lines.equals(text) || forHeight != h) {
            render(lines, w, h);
        }
        int margin = Math.max(2, h / 60);
        for (int y = 0; y < boxHeight && y + margin < h; y++) {
            for (int x = 0; x < boxWidth && x + margin < w; x++) {
                int o = ((y + margin) * w + x + margin) * 3;
                int i = y * boxWidth + x;
                if (ink[i]) {
                    rgb[o] = (byte) (box[i] >> 16);
                    rgb[o + 1] = (byte) (box[i] >> 8);
                    rgb[o + 2] = (byte) box[i];
                } else {
                    for (int c = 0; c < 3; c++) {
                        rgb[o + c] = (byte) Math.round((rgb[o + c] & 0xFF) * (1 - BOX_OPACITY));
                    }
                }
            }
        }
    }

    private void render(List<String> lines, int w, int h) {
        text = List.copyOf(lines);
        forHeight = h;
        int size = Math.max(10, (int) Math.round(h * TEXT_SHARE));
        Font bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(size * 1.25));
        Font plain = new Font(Font.SANS_SERIF, Font.BOLD, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        int width = 0;
        int height = 0;
        for (int i = 0; i < lines.size(); i++) {
            FontMetrics m = pg.getFontMetrics(i == 0 ? bold : plain);
            width = Math.max(width, m.stringWidth(lines.get(i)));
            height += m.getHeight();
        }
        pg.dispose();
        int pad = size / 2;
        boxWidth = Math.min(w - 4, width + 2 * pad);
        boxHeight = Math.min(h - 4, height + 2 * pad);
        BufferedImage image = new BufferedImage(boxWidth, boxHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int y = pad;
        for (int i = 0; i < lines.size(); i++) {
            g.setFont(i == 0 ? bold : plain);
            FontMetrics m = g.getFontMetrics();
            // the first line white, a fault's lines the warning's yellow
            g.setColor(i == 0 ? Color.WHITE : new Color(0xFF, 0xD6, 0x00));
            g.drawString(lines.get(i), pad, y + m.getAscent());
            y += m.getHeight();
        }
        g.dispose();
        box = new int[boxWidth * boxHeight];
        ink = new boolean[box.length];
        for (int yy = 0; yy < boxHeight; yy++) {
            for (int x = 0; x < boxWidth; x++) {
                int argb = image.getRGB(x, yy);
                int i = yy * boxWidth + x;
                int alpha = argb >>> 24;
                ink[i] = alpha >= 128;
                box[i] = argb & 0xFFFFFF;
            }
        }
    }
}
