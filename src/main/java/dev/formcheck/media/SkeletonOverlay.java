package dev.formcheck.media;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.Skeleton;
import dev.formcheck.pose.silhouette.BackOutline;

import java.util.List;

/**
 * Draws a pose onto a copy of its frame: bones as thick lines, keypoints as dots, left side in
 * orange and right side in blue (the usual convention, so a side swap is visible at a glance).
 * Points below {@link #MIN_SCORE} are not drawn: they are guesses, and drawing them would suggest
 * the model saw them. Rasterised directly into the RGB bytes: no Java2D on a per-frame path.
 */
public final class SkeletonOverlay {
    /** The score below which MoveNet's keypoints are mostly wrong (TF.js pose-detection draws from 0.3). */
    public static final double MIN_SCORE = 0.3;

    private static final int[] LEFT = {255, 140, 0};
    private static final int[] RIGHT = {30, 144, 255};
    private static final int[] CENTRE = {235, 235, 235};

    private SkeletonOverlay() {
    }

    /** The frame with the skeleton drawn on; the input is not changed. */
    public static RgbImage draw(RgbImage frame, Pose pose) {
        int w = frame.width();
        int h = frame.height();
        byte[] rgb = new byte[w * h * 3];
        frame.pixels().get(rgb);
        drawInto(rgb, w, h, pose);
        return RgbImage.copyOf(w, h, rgb, frame.timestampMicros());
    }

    /** Draws the skeleton onto {@code rgb}, a {@code w}×{@code h} RGB image the caller owns (and may reuse). */
    public static void drawInto(byte[] rgb, int w, int h, Pose pose) {
        Canvas canvas = new Canvas(rgb, w, h);
        double thickness = Math.max(2, Math.min(w, h) / 160.0);
        for (Skeleton.Bone bone : Skeleton.BONES) {
            Keypoint a = pose.get(bone.from());
            Keypoint b = pose.get(bone.to());
            if (a.score() >= MIN_SCORE && b.score() >= MIN_SCORE) {
                canvas.capsule(a.x(), a.y(), b.x(), b.y(), thickness / 2, colour(bone.side()));
            }
        }
        for (Keypoint k : pose.keypoints()) {
            if (k.score() >= MIN_SCORE) {
                canvas.capsule(k.x(), k.y(), k.x(), k.y(), thickness * 1.2, colour(Skeleton.sideOf(k.part())));
            }
        }
    }

    /**
     * The back's outline where FormCheck traced it: magenta, as the window draws it — a colour that
     * says "this is what was judged" without the "all good" of green (it is drawn on faulty reps too).
     */
    private static final int[] OUTLINE = {0xCC, 0x33, 0xCC};

    /** Draws the traced outline of the lower back onto {@code rgb}; nothing for an untraced one. */
    public static void drawOutline(byte[] rgb, int w, int h, BackOutline outline) {
        if (!(outline instanceof BackOutline.Traced traced) || traced.contour().size() < 2) {
            return;
        }
        Canvas canvas = new Canvas(rgb, w, h);
        double radius = Math.max(1.5, Math.min(w, h) / 240.0);
        List<BackOutline.Point> points = traced.contour();
        for (int i = 1; i < points.size(); i++) {
            BackOutline.Point a = points.get(i - 1);
            BackOutline.Point b = points.get(i);
            canvas.capsule(a.x(), a.y(), b.x(), b.y(), radius, OUTLINE);
        }
    }

    private static int[] colour(Skeleton.Side side) {
        return switch (side) {
            case LEFT -> LEFT;
            case RIGHT -> RIGHT;
            case CENTRE -> CENTRE;
        };
    }

    /** Fills the pixels within {@code radius} of a segment; clipped to the image. */
    private record Canvas(byte[] rgb, int width, int height) {
        void capsule(double x0, double y0, double x1, double y1, double radius, int[] colour) {
            int minX = (int) Math.max(0, Math.floor(Math.min(x0, x1) - radius));
            int maxX = (int) Math.min(width - 1, Math.ceil(Math.max(x0, x1) + radius));
            int minY = (int) Math.max(0, Math.floor(Math.min(y0, y1) - radius));
            int maxY = (int) Math.min(height - 1, Math.ceil(Math.max(y0, y1) + radius));
            double dx = x1 - x0;
            double dy = y1 - y0;
            double lengthSquared = dx * dx + dy * dy;
            double r2 = radius * radius;
            for (int y = minY; y <= maxY; y++) {
                for (int x = minX; x <= maxX; x++) {
                    double px = x + 0.5 - x0;
                    double py = y + 0.5 - y0;
                    double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
                    double ex = px - t * dx;
                    double ey = py - t * dy;
                    if (ex * ex + ey * ey <= r2) {
                        int o = (y * width + x) * 3;
                        rgb[o] = (byte) colour[0];
                        rgb[o + 1] = (byte) colour[1];
                        rgb[o + 2] = (byte) colour[2];
                    }
                }
            }
        }
    }
}
