package dev.formcheck.modelimport;

import dev.formcheck.common.AtomicFiles;
import dev.formcheck.modelimport.core.GraphConverter;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.OpTranslators;
import dev.formcheck.modelimport.core.TfGraph;
import dev.formcheck.modelimport.onnx.OnnxModel;
import dev.formcheck.modelimport.onnx.OnnxWriter;
import dev.formcheck.modelimport.ops.ArgMax;
import dev.formcheck.modelimport.ops.Cast;
import dev.formcheck.modelimport.ops.ConcatV2;
import dev.formcheck.modelimport.ops.Conv2D;
import dev.formcheck.modelimport.ops.ElementwiseBinary;
import dev.formcheck.modelimport.ops.ElementwiseUnary;
import dev.formcheck.modelimport.ops.ExpandDims;
import dev.formcheck.modelimport.ops.FloorDiv;
import dev.formcheck.modelimport.ops.GatherNd;
import dev.formcheck.modelimport.ops.Identity;
import dev.formcheck.modelimport.ops.MaxPool;
import dev.formcheck.modelimport.ops.Pad;
import dev.formcheck.modelimport.ops.Relu6;
import dev.formcheck.modelimport.ops.Pack;
import dev.formcheck.modelimport.ops.Reshape;
import dev.formcheck.modelimport.ops.ResizeBilinear;
import dev.formcheck.modelimport.ops.SquaredDifference;
import dev.formcheck.modelimport.ops.Squeeze;
import dev.formcheck.modelimport.ops.Unpack;
import dev.formcheck.modelimport.tfjs.TfjsGraphReader;

import java.nio.file.Path;
import java.util.Map;

/**
 * The importer's front door: reads a TF.js graph model, converts it with the standard op table and
 * writes the ONNX file atomically. Every failure is a {@link ModelImportException} whose message
 * names the file, tensor or node at fault; nothing is left behind.
 */
public final class ModelImporter {
    private final GraphConverter converter;

    public ModelImporter(OpTranslators translators) {
        this.converter = new GraphConverter(translators);
    }

    /** An importer for every op MoveNet (Lightning, Thunder) and BlazePose's landmark models use, plus their plain forms. */
    public static ModelImporter standard() {
        return new ModelImporter(standardTranslators());
    }

    public static OpTranslators standardTranslators() {
        Map<String, OpTranslator> table = Map.ofEntries(
                Map.entry("Identity", new Identity()),
                Map.entry("Cast", new Cast()),
                Map.entry("Reshape", new Reshape()),
                Map.entry("ExpandDims", new ExpandDims()),
                Map.entry("Squeeze", new Squeeze()),
                Map.entry("Unpack", new Unpack()),
                Map.entry("Pack", new Pack()),
                Map.entry("ConcatV2", new ConcatV2()),
                Map.entry("AddV2", new ElementwiseBinary("Add", Double::sum)),
                Map.entry("Add", new ElementwiseBinary("Add", Double::sum)),
                Map.entry("Sub", new ElementwiseBinary("Sub", (a, b) -> a - b)),
                Map.entry("Mul", new ElementwiseBinary("Mul", (a, b) -> a * b)),
                Map.entry("RealDiv", new ElementwiseBinary("Div", (a, b) -> a / b)),
                Map.entry("SquaredDifference", new SquaredDifference()),
                Map.entry("FloorDiv", new FloorDiv()),
                Map.entry("Sigmoid", new ElementwiseUnary("Sigmoid", v -> 1 / (1 + Math.exp(-v)))),
                Map.entry("Sqrt", new ElementwiseUnary("Sqrt", Math::sqrt)),
                Map.entry("Relu", new ElementwiseUnary("Relu", v -> Math.max(v, 0))),
                Map.entry("Relu6", new Relu6()),
                Map.entry("Pad", new Pad()),
                Map.entry("MaxPool", new MaxPool()),
                Map.entry("Conv2D", new Conv2D(false)),
                Map.entry("_FusedConv2D", new Conv2D(false)),
                Map.entry("DepthwiseConv2dNative", new Conv2D(true)),
                Map.entry("FusedDepthwiseConv2dNative", new Conv2D(true)),
                Map.entry("ResizeBilinear", new ResizeBilinear()),
                Map.entry("ArgMax", new ArgMax()),
                Map.entry("GatherNd", new GatherNd()));
        return new OpTranslators(table);
    }

    /** Reads {@code modelJson} and its shards and writes {@code output}. */
    public OnnxModel importModel(Path modelJson, Path output, String producerVersion) {
        try {
            AtomicFiles.checkWritable(output);
            TfjsGraphReader reader = new TfjsGraphReader();
            converter.checkSupported(reader.readTopology(modelJson)); // every unsupported op, before any weight is read
            OnnxModel model = converter.convert(reader.read(modelJson));
            AtomicFiles.write(output, out -> new OnnxWriter("formcheck import-model", producerVersion).write(model, out));
            return model;
        } catch (AtomicFiles.OutputNotWritableException e) {
            throw new ModelImportException(e.getMessage(), e);
        }
    }

    public OnnxModel convert(TfGraph graph) {
        return converter.convert(graph);
    }
}
