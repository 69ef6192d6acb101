package dev.formcheck.modelimport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;

/** ResizeBilinear in TF's three coordinate modes, against a naive implementation of TF's kernel. */
class ResizeBilinearTranslatorTest {
    @TempDir
    Path dir;

    /** TF's ResizeBilinear flags: at most one of them is set. */
    enum Mode {
        LEGACY(false, false), ALIGN_CORNERS(true, false), HALF_PIXEL_CENTERS(false, true);

        final boolean alignCorners;
        final boolean halfPixelCenters;

        Mode(boolean alignCorners, boolean halfPixelCenters) {
            this.alignCorners = alignCorners;
            this.halfPixelCenters = halfPixelCenters;
        }
    }

    static Stream<Arguments> resizes() {
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(
                Arguments.of(mode, new int[] {1, 4, 5, 3}, 8, 10),   // upsampling by 2
                Arguments.of(mode, new int[] {1, 5, 4, 2}, 7, 9),    // upsampling by 1.4 and 2.25
                Arguments.of(mode, new int[] {2, 7, 9, 2}, 4, 5)));  // downsampling by 1.75 and 1.8
    }

    @ParameterizedTest(name = "{0}: {1} to {2}x{3}")
    @MethodSource("resizes")
    void resizeBilinearMatchesTensorFlowInEveryCoordinateMode(Mode mode, int[] inShape, int outH, int outW)
            throws Exception {
        HostTensor x = HostTensor.randomFloats(new Random(5), -1, 1, inShape);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, inShape).intVector("size", outH, outW);
        g.node("resized", "ResizeBilinear", "x", "size").type("T", FLOAT)
                .b("align_corners", mode.alignCorners).b("half_pixel_centers", mode.halfPixelCenters);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertClose(model.runSingle(Map.of("x", x)),
                    Reference.resizeBilinear(x, outH, outW, mode.alignCorners, mode.halfPixelCenters));
        }
    }
}
