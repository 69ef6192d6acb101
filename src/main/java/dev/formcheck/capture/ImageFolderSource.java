package dev.formcheck.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The images of a folder (PNG, JPEG, BMP, GIF), in file-name order, as a stream at a nominal
 * frame rate: frame {@code i} is stamped {@code i / fps} seconds. Each image is decoded when it
 * is asked for, so a long time-lapse costs memory for one frame at a time.
 */
public final class ImageFolderSource implements FrameSource {

    private final List<Path> files;
    private final double fps;
    private final int stride;
    private final SourceInfo info;
    private int index;

    private ImageFolderSource(Path folder, List<Path> files, double fps, int stride, RgbImage first) {
        this.files = files;
        this.fps = fps;
        this.stride = stride;
        this.info = new SourceInfo(folder.toString(), first.width(), first.height(), fps, files.size(),
                Math.round(files.size() / fps * 1e6), false);
    }

    /**
     * The frame rates a folder of images may be given: from one frame every ten seconds (a
     * time-lapse) to 1000 a second (a high-speed camera). Outside it the timestamps stop being
     * meaningful: 1e-300 fps puts the second frame past the end of time, 1e9 fps gives every frame
     * the same microsecond, and Infinity or NaN cannot be written as JSON at all.
     */
    public static final double MIN_FPS = 0.1;
    public static final double MAX_FPS = 1000;

    /** What is wrong with {@code fps} as a folder's frame rate, in the user's words; empty when it is fine. */
    public static Optional<String> fpsProblem(double fps) {
        if (fps >= MIN_FPS && fps <= MAX_FPS) {
            return Optional.empty();
        }
        return Optional.of("--fps must be a number of frames per second from " + MIN_FPS + " to " + (int) MAX_FPS
                + ", not " + fps);
    }

    /** One image in this many is returned. */
    public int stride() {
        return stride;
    }

    public static ImageFolderSource open(Path folder, double fps) {
        return open(folder, fps, 1);
    }

    /** Every {@code stride}-th image, stamped with its place in the whole sequence. */
    public static ImageFolderSource open(Path folder, double fps, int stride) {
        if (fpsProblem(fps).isPresent() || stride < 1) {
            throw new IllegalArgumentException("fps must be from " + MIN_FPS + " to " + MAX_FPS + " and stride at least 1, not "
                    + fps + " and " + stride);
        }
        if (!Files.isDirectory(folder)) {
            throw new CaptureException(CaptureException.Reason.FILE_NOT_FOUND, folder + ": no such folder");
        }
        List<Path> named;
        try (Stream<Path> listing = Files.list(folder)) {
            named = listing.filter(ImageFiles::hasImageExtension).sorted().toList();
        } catch (IOException e) {
            throw new CaptureException(CaptureException.Reason.NOT_READABLE, folder + ": cannot be listed (" + e.getMessage() + ")");
        }
        // a pipe or device named like an image would block or never end: it is passed over, and named if nothing is left
        List<Path> files = named.stream().filter(Files::isRegularFile).toList();
        if (files.isEmpty()) {
            String passedOver = named.isEmpty() ? "" : " (" + named.get(0).getFileName()
                    + (named.size() > 1 ? " and " + (named.size() - 1) + " more are not regular files" : " is not a regular file") + ")";
            throw new CaptureException(CaptureException.Reason.NOT_MEDIA, folder + ": holds no PNG, JPEG, BMP or GIF images"
                    + passedOver);
        }
        return new ImageFolderSource(folder, files, fps, stride, ImageFiles.read(files.get(0)));
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<RgbImage> next() {
        if (index >= files.size()) {
            return Optional.empty();
        }
        int i = index;
        index += stride;
        return Optional.of(ImageFiles.read(files.get(i)).withTimestamp(Math.round(i / fps * 1e6)));
    }

    @Override
    public void close() {
        // nothing held between frames
    }
}
