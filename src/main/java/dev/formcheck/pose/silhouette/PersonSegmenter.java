package dev.formcheck.pose.silhouette;

import dev.formcheck.capture.RgbImage;

/** Finds the person's pixels in one crop of an image. */
public interface PersonSegmenter extends AutoCloseable {
    PersonMask segment(RgbImage image, BodyCrop crop);

    @Override
    void close();
}
