package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/**
 * ResizeBilinear to a constant size, as ONNX Resize in linear mode on NCHW data. TF's two flags
 * choose ONNX's coordinate transformation: {@code align_corners} maps corner to corner,
 * {@code half_pixel_centers} samples at pixel centres ({@code (x + 0.5) · scale − 0.5}), and
 * neither is TF's legacy {@code x · scale}, ONNX's "asymmetric".
 */
public final class ResizeBilinear implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value images = ctx.input(node, 0);
        int[] size = ctx.constantInput(node, 1, "size").intValues();
        int[] in = images.shape();
        if (in.length != 4 || size.length != 2) {
            throw new ModelImportException("node " + node + ": expects rank-4 images and a size of two values");
        }
        boolean alignCorners = node.boolAttr("align_corners", false);
        boolean halfPixel = node.boolAttr("half_pixel_centers", false);
        if (alignCorners && halfPixel) {
            throw new ModelImportException("node " + node + ": align_corners and half_pixel_centers cannot both be set");
        }
        String mode = alignCorners ? "align_corners" : halfPixel ? "half_pixel" : "asymmetric";
        String sizes = ctx.int64Initializer("resize_sizes", in[0], in[3], size[0], size[1]);
        String out = ctx.emit(node.name(), "Resize", List.of(ctx.channelsFirstName(images), "", "", sizes),
                List.of(OnnxAttribute.of("mode", "linear"),
                        OnnxAttribute.of("coordinate_transformation_mode", mode)));
        return List.of(Value.channelsFirst(out, images.type(), new int[] {in[0], size[0], size[1], in[3]}));
    }
}
