package dev.formcheck.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;

/** Skips {@link RequiresSharedData} tests, with a message, when the shared data is absent. */
public final class SharedDataCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isDirectory(SharedData.root())) {
            return ConditionEvaluationResult.enabled("shared data found at " + SharedData.root());
        }
        return ConditionEvaluationResult.disabled("skipped: shared test data not found at " + SharedData.root()
                + " (set -Dformcheck.shared.dir to its location)");
    }
}
