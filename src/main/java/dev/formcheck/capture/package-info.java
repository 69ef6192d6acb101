/**
 * Stage 1, frames in: turns photos, video files, folders of images and cameras into owned,
 * immutable {@link dev.formcheck.capture.RgbImage}s that carry their timestamp, behind one
 * {@link dev.formcheck.capture.FrameSource} interface.
 *
 * <p>Decoders hand out buffers they will overwrite; this package copies them before a frame
 * leaves it. It is the only stage besides {@code media} that may use JavaCV ({@code org.bytedeco}),
 * and it may use {@code javax.imageio} and {@code java.awt.image} to decode photos. Of our own
 * packages it may use only {@code common}. Its one exception type is
 * {@link dev.formcheck.capture.CaptureException}.
 */
package dev.formcheck.capture;
