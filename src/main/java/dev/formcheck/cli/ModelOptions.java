package dev.formcheck.cli;

import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import picocli.CommandLine.Option;

/** The options every command that runs MoveNet shares. */
final class ModelOptions {
    @Option(names = "--model", defaultValue = "lightning", paramLabel = "lightning|thunder",
            converter = ModelConverter.class,
            description = "MoveNet variant: lightning (fast) or thunder (accurate). Default: ${DEFAULT-VALUE}.")
    MoveNetModel model;

    /** Refuses a thread count ONNX Runtime should not be given, as a usage error. */
    static int checkThreads(picocli.CommandLine.Model.CommandSpec spec, int threads) {
        if (threads < 1 || threads > InferenceSettings.MAX_THREADS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 1-" + InferenceSettings.MAX_THREADS + ", not " + threads);
        }
        return threads;
    }

    MoveNetEstimator open(InferenceSettings settings) {
        return MoveNetEstimator.open(model, ModelFiles.modelsDirectory(), settings);
    }

    static final class ModelConverter implements picocli.CommandLine.ITypeConverter<MoveNetModel> {
        @Override
        public MoveNetModel convert(String value) {
            for (MoveNetModel m : MoveNetModel.values()) {
                if (m.id().equals(value)) {
                    return m;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a model; use lightning or thunder");
        }
    }
}
