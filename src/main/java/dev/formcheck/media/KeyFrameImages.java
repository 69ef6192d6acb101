package dev.formcheck.media;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Key frames for a report: one video frame with the skeleton and the back's outline drawn as the
 * overlay video draws them ({@link SkeletonOverlay}), encoded as a JPEG in memory. The caller
 * decides where the bytes go; nothing is written to disk here.
 */
public final class KeyFrameImages {
    /** Good enough to read a joint's position, small enough that a dozen frames keep a report near 1 MB. */
    static final float JPEG_QUALITY = 0.8f;

    private KeyFrameImages() {
    }

    /** The frame with {@code pose} (and {@code outline}, when traced) drawn on, as JPEG bytes; the frame is not changed. */
    public static byte[] jpeg(RgbImage frame, Optional<Pose> pose, Optional<BackOutline> outline) {
        int w = frame.width();
        int h = frame.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[w * h * 3];
        frame.pixels().get(0, rgb);
        pose.ifPresent(p -> SkeletonOverlay.drawInto(rgb, w, h, p));
        outline.ifPresent(o -> SkeletonOverlay.drawOutline(rgb, w, h, o));
        for (int i = 0; i < rgb.length; i += 3) {
            bgr[i] = rgb[i + 2];
            bgr[i + 1] = rgb[i + 1];
            bgr[i + 2] = rgb[i];
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a key frame in memory", e); // a byte array cannot fail to take bytes
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
