/**
 * Media output: {@link dev.formcheck.media.VideoWriter} writes H.264 MP4 videos atomically (the
 * synthetic sample today; annotated overlays and key-frame images later).
 *
 * <p>Besides {@code capture}, the only package that may use JavaCV ({@code org.bytedeco}); it may
 * also use {@code javax.imageio} and {@code java.awt.image} to encode images. Of our own packages
 * it may use {@code capture}, {@code pose}, {@code kinematics}, {@code analysis} and {@code common};
 * {@code report}, {@code ui}, {@code synthetic} and {@code cli} may use it.
 */
package dev.formcheck.media;
