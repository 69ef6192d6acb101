package dev.formcheck.synthetic;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real MoveNet (the committed Lightning and Thunder models) on the rendered mannequin, side view,
 * standing, half-way down and at the bottom of a squat: it finds the person where the truth says,
 * and the shaded, dressed body scores far above a flat stick figure through the same keypoints.
 *
 * <p>Measured (2026-11-25, camera 2.4 m away, body about 375 px tall): mean keypoint score
 * Lightning 0.52 standing, 0.60 half-way, 0.56 at the bottom; Thunder 0.59, 0.62, 0.62. The stick
 * figure: Lightning 0.15-0.25, Thunder 0.02-0.03. Largest error of a visible keypoint: Lightning
 * 14 px, Thunder 16 px (the near shoulder, which MoveNet places higher than our joint centre).
 */
class MoveNetOnRenderedBodyTest {
    /** The "typical" score for a body MoveNet recognises; measured at least 0.52 here. */
    static final double MIN_MEAN_SCORE = 0.40;
    /** How far above the stick figure the mannequin must score; measured at least 0.27 (Lightning) and 0.56 (Thunder). */
    static final double MIN_GAIN_OVER_STICK_FIGURE = 0.15;
    /**
     * Visible keypoints within this many pixels of the truth: 7% of the body's 375 px height,
     * about RealPhotoAccuracyTest's 21 px on real photos; measured at most 16 px.
     */
    static final double MAX_VISIBLE_ERROR_PX = 25;

    static final Anthropometry BODY = Anthropometry.adult();
    static final Camera SIDE = Camera.sideView(640, 480);
    static final SquatMotion SQUAT = SquatMotion.generate(BODY, SquatMotion.Settings.of(20));
    static final Map<MoveNetModel, MoveNetEstimator> ESTIMATORS = new EnumMap<>(MoveNetModel.class);

    @BeforeAll
    static void open() {
        for (MoveNetModel model : MoveNetModel.values()) {
            ESTIMATORS.put(model, MoveNetEstimator.open(model, SharedData.modelsDir(), InferenceSettings.defaults()));
        }
    }

    @AfterAll
    static void close() {
        ESTIMATORS.values().forEach(MoveNetEstimator::close);
    }

    static Stream<Arguments> framesAndModels() {
        SquatMotion.Rep first = SQUAT.reps().get(0);
        Map<String, Double> moments = Map.of("standing", 0.5,
                "half-way down", (first.startSeconds() + first.bottomSeconds()) / 2,
                "at the bottom", first.bottomSeconds());
        return moments.entrySet().stream().flatMap(m -> Stream.of(MoveNetModel.values())
                .map(model -> Arguments.of(model, m.getKey(), m.getValue())));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("framesAndModels")
    void moveNetFindsTheRenderedPersonWhereTheTrueKeypointsAre(MoveNetModel model, String moment, double seconds) {
        SyntheticFrame frame = Renderer.withDefaults().render(ForwardKinematics.solve(BODY, SQUAT.poseAt(seconds)), SIDE, 0);
        Pose pose = ESTIMATORS.get(model).estimate(frame.image());
        assertThat(pose.meanScore()).as("mean keypoint score").isGreaterThanOrEqualTo(MIN_MEAN_SCORE);
        for (TrueKeypoint truth : frame.keypoints()) {
            if (truth.visibility() == Visibility.VISIBLE) {
                double error = Math.hypot(pose.get(truth.part()).x() - truth.x(), pose.get(truth.part()).y() - truth.y());
                assertThat(error).as("%s error in pixels", truth.part().id()).isLessThanOrEqualTo(MAX_VISIBLE_ERROR_PX);
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("framesAndModels")
    void theShadedMannequinScoresFarAboveAStickFigureThroughTheSamePoints(MoveNetModel model, String moment, double seconds) {
        SyntheticFrame frame = Renderer.withDefaults().render(ForwardKinematics.solve(BODY, SQUAT.poseAt(seconds)), SIDE, 0);
        double mannequin = ESTIMATORS.get(model).estimate(frame.image()).meanScore();
        double stick = ESTIMATORS.get(model).estimate(stickFigure(frame)).meanScore();
        assertThat(mannequin - stick).as("mannequin %.3f, stick figure %.3f", mannequin, stick)
                .isGreaterThanOrEqualTo(MIN_GAIN_OVER_STICK_FIGURE);
    }

    private static final int[][] BONES = {{5, 6}, {5, 7}, {7, 9}, {6, 8}, {8, 10}, {5, 11}, {6, 12}, {11, 12},
            {11, 13}, {13, 15}, {12, 14}, {14, 16}, {0, 5}, {0, 6}};

    /** Dark lines 5 px wide between the true keypoints and a round head, on the same wall colour. */
    static RgbImage stickFigure(SyntheticFrame frame) {
        int w = frame.image().width();
        int h = frame.image().height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(214, 210, 200));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(40, 40, 40));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int[] bone : BONES) {
            TrueKeypoint a = frame.keypoints().get(bone[0]);
            TrueKeypoint b = frame.keypoints().get(bone[1]);
            g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
        }
        TrueKeypoint nose = frame.keypoint(BodyPart.NOSE);
        g.fill(new Ellipse2D.Double(nose.x() - 18, nose.y() - 20, 36, 40));
        g.dispose();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0, o = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = image.getRGB(x, y);
                rgb[o++] = (byte) (c >> 16);
                rgb[o++] = (byte) (c >> 8);
                rgb[o++] = (byte) c;
            }
        }
        return RgbImage.copyOf(w, h, rgb, 0);
    }
}
