package dev.formcheck.cli;

import dev.formcheck.modelimport.ModelImporter;
import dev.formcheck.modelimport.onnx.OnnxModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import dev.formcheck.modelimport.onnx.OnnxNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Command(name = "import-model", mixinStandardHelpOptions = true,
        description = {"Converts a TF.js graph model (model.json + weight shards) to ONNX.",
                "The output is written atomically: on any error nothing is left behind."})
final class ImportModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose; // accepted for uniformity: the importer has no native logging to reveal

    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The TF.js graph model's model.json.")
    Path modelJson;

    @Parameters(index = "1", paramLabel = "OUT.onnx", description = "Where to write the ONNX model.")
    Path output;

    @Override
    public Integer call() {
        OnnxModel model = ModelImporter.standard().importModel(modelJson, output, Main.version());
        spec.commandLine().getOut().printf("%s: %d nodes, %d initializers, opset %d%n  ops: %s%n",
                output, model.nodes().size(), model.initializers().size(), model.opsetVersion(), opCounts(model));
        return 0;
    }

    /** "Conv 74, Transpose 4, ..." by descending count: shows at a glance how the graph was emitted. */
    private static String opCounts(OnnxModel model) {
        Map<String, Long> counts = model.nodes().stream()
                .collect(Collectors.groupingBy(OnnxNode::opType, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
