package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.Skeleton;
import dev.formcheck.media.SkeletonOverlay;
import dev.formcheck.pose.silhouette.BackOutline;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * A video frame with the skeleton and the back's outline drawn over it. Frames arrive on the
 * workout's (or the player's) thread and are copied into one of three images allocated once per
 * frame size (triple buffering): the producer fills its own, publishes it as the newest, and the
 * event dispatch thread paints the newest it finds. Neither side waits for the other and no image
 * is allocated per frame.
 */
final class VideoView extends JComponent {
    private static final ColorModel RGB = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
            java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    private static final int FRESH = 4;
    /** Left side orange, right side blue, as in the overlay video; the back's outline in magenta: "judged", not "OK". */
    private static final Color LEFT = new Color(255, 140, 0);
    private static final Color RIGHT = new Color(30, 144, 255);
    private static final Color CENTRE = new Color(235, 235, 235);
    private static final Color OUTLINE = new Color(0xCC, 0x33, 0xCC);

    /** One buffer: its image and what to draw over it. Owned by one side at a time. */
    private static final class Slot {
        BufferedImage image;
        byte[] pixels;
        Pose pose;
        BackOutline outline;
        /** Said over the picture in place of an outline set aside, or null. */
        String note;
        long capturedNanos;
    }

    private final Slot[] slots = {new Slot(), new Slot(), new Slot()};
    /** The newest published slot's index, with {@link #FRESH} set until the EDT takes it. */
    private final AtomicInteger published = new AtomicInteger(1);
    private int producing;
    private int showing = 2;
    private final LongConsumer onShown;
    private volatile String placeholder = "";

    /** @param onShown told, on the EDT, how many nanoseconds a frame took from capture to the screen */
    VideoView(LongConsumer onShown) {
        this.onShown = onShown;
        setOpaque(true);
        setBackground(new Color(0x20, 0x22, 0x26));
    }

    void setPlaceholder(String text) {
        placeholder = text;
        repaint();
    }

    /** Called on the producer's thread: copies the frame (its pixels are only lent) and asks for a paint. */
    void offer(RgbImage frame, Pose pose, BackOutline outline, String note, long capturedNanos) {
        Slot s = slots[producing];
        ensureSize(s, frame.width(), frame.height());
        ByteBuffer src = frame.pixels();
        src.get(0, s.pixels, 0, s.pixels.length);
        s.pose = pose;
        s.outline = outline;
        s.note = note;
        s.capturedNanos = capturedNanos;
        producing = published.getAndSet(producing | FRESH) & 3;
        repaint();
    }

    /** Called on the producer's thread with pixels already scaled and owned elsewhere (the review's frames). */
    void offerPixels(byte[] rgb, int width, int height, Pose pose, BackOutline outline, String note) {
        Slot s = slots[producing];
        ensureSize(s, width, height);
        System.arraycopy(rgb, 0, s.pixels, 0, s.pixels.length);
        s.pose = pose;
        s.outline = outline;
        s.note = note;
        s.capturedNanos = 0;
        producing = published.getAndSet(producing | FRESH) & 3;
        repaint();
    }

    private static void ensureSize(Slot s, int w, int h) {
        if (s.image == null || s.image.getWidth() != w || s.image.getHeight() != h) {
            WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, w * 3, 3, new int[] {0, 1, 2}, null);
            s.image = new BufferedImage(RGB, raster, false, null);
            s.pixels = ((DataBufferByte) raster.getDataBuffer()).getData();
        }
    }

    /** Clears the picture (a new session). */
    void clear() {
        for (Slot s : slots) {
            s.pose = null;
            s.outline = null;
            s.note = null;
        }
        slots[showing].image = null;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        int p = published.get();
        if ((p & FRESH) != 0 && published.compareAndSet(p, showing)) {
            showing = p & 3;
        }
        Slot s = slots[showing];
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (s.image == null) {
                g2.setColor(Color.LIGHT_GRAY);
                g2.setFont(getFont().deriveFont((float) UIScale.scale(16)));
                int w = g2.getFontMetrics().stringWidth(placeholder);
                g2.drawString(placeholder, Math.max(4, (getWidth() - w) / 2), getHeight() / 2);
                return;
            }
            double scale = Math.min(getWidth() / (double) s.image.getWidth(), getHeight() / (double) s.image.getHeight());
            double x0 = (getWidth() - s.image.getWidth() * scale) / 2;
            double y0 = (getHeight() - s.image.getHeight() * scale) / 2;
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(s.image, (int) Math.round(x0), (int) Math.round(y0), (int) Math.round(s.image.getWidth() * scale),
                    (int) Math.round(s.image.getHeight() * scale), null);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (s.outline instanceof BackOutline.Traced traced) {
                drawOutline(g2, traced.contour(), x0, y0, scale);
            }
            if (s.pose != null) {
                drawSkeleton(g2, s.pose, x0, y0, scale);
            }
            if (s.note != null) {
                drawNote(g2, s.note, x0, y0 + s.image.getHeight() * scale);
            }
        } finally {
            g2.dispose();
        }
        if (s.capturedNanos > 0) {
            onShown.accept(System.nanoTime() - s.capturedNanos);
            s.capturedNanos = 0; // a repaint of the same frame is not a new frame on screen
        }
    }

    private static void drawSkeleton(Graphics2D g, Pose pose, double x0, double y0, double scale) {
        g.setStroke(new BasicStroke((float) UIScale.scale(3f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Line2D.Double line = new Line2D.Double();
        for (Skeleton.Bone bone : Skeleton.BONES) {
            Keypoint a = pose.get(bone.from());
            Keypoint b = pose.get(bone.to());
            if (a.score() >= SkeletonOverlay.MIN_SCORE && b.score() >= SkeletonOverlay.MIN_SCORE) {
                g.setColor(colour(bone.side()));
                line.setLine(x0 + a.x() * scale, y0 + a.y() * scale, x0 + b.x() * scale, y0 + b.y() * scale);
                g.draw(line);
            }
        }
        double r = UIScale.scale(4f);
        for (Keypoint k : pose.keypoints()) {
            if (k.score() >= SkeletonOverlay.MIN_SCORE) {
                g.setColor(colour(Skeleton.sideOf(k.part())));
                g.fill(new java.awt.geom.Ellipse2D.Double(x0 + k.x() * scale - r, y0 + k.y() * scale - r, 2 * r, 2 * r));
            }
        }
    }

    private static void drawOutline(Graphics2D g, List<BackOutline.Point> contour, double x0, double y0, double scale) {
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke((float) UIScale.scale(4f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Line2D.Double line = new Line2D.Double();
        for (int i = 1; i < contour.size(); i++) {
            BackOutline.Point a = contour.get(i - 1);
            BackOutline.Point b = contour.get(i);
            line.setLine(x0 + a.x() * scale, y0 + a.y() * scale, x0 + b.x() * scale, y0 + b.y() * scale);
            g.draw(line);
        }
    }

    /** A line of text, white on a dark band at the picture's bottom left: what stands for an outline not drawn. */
    private void drawNote(Graphics2D g, String note, double left, double bottom) {
        java.awt.Font base = getFont() != null ? getFont() : g.getFont(); // a view not yet in a window has none
        g.setFont(base.deriveFont(java.awt.Font.BOLD, (float) UIScale.scale(15)));
        java.awt.FontMetrics m = g.getFontMetrics();
        int pad = UIScale.scale(6);
        int x = (int) Math.round(left) + pad;
        int y = (int) Math.round(bottom) - pad;
        g.setColor(new Color(0, 0, 0, 170));
        g.fillRect(x - pad / 2, y - m.getAscent() - pad / 2, m.stringWidth(note) + pad, m.getHeight() + pad / 2);
        g.setColor(Color.WHITE);
        g.drawString(note, x, y - m.getDescent());
    }

    private static Color colour(Skeleton.Side side) {
        return switch (side) {
            case LEFT -> LEFT;
            case RIGHT -> RIGHT;
            case CENTRE -> CENTRE;
        };
    }
}
