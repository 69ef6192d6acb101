package dev.formcheck.cli;

import dev.formcheck.modelimport.ModelImporter;
import dev.formcheck.modelimport.onnx.OnnxModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import-model",
        description = {"Converts a TF.js graph model (model.json + weight shards) to ONNX.",
                "The output is written atomically: on any error nothing is left behind."})
final class ImportModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    VerboseOption verbose;

    @Parameters(index = "0", paramLabel = "MODEL.json", description = "The TF.js graph model's model.json.")
    Path modelJson;

    @Parameters(index = "1", paramLabel = "OUT.onnx", description = "Where to write the ONNX model.")
    Path output;

    @Override
    public Integer call() {
        OnnxModel model = ModelImporter.standard().importModel(modelJson, output, Main.version());
        spec.commandLine().getOut().printf("%s: %d nodes, %d initializers, opset %d%n",
                output, model.nodes().size(), model.initializers().size(), model.opsetVersion());
        return 0;
    }
}
