package dev.formcheck.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * A short OS command run to its end (with a time limit), its output read as text. Its standard
 * error is kept for the reason a failure gives.
 */
final class Command {
    /** What came of it: the output of a command that ran and exited 0, or why not, in plain words. */
    sealed interface Outcome permits Outcome.Output, Outcome.Failed {
        record Output(String text) implements Outcome {
        }

        record Failed(String why) implements Outcome {
        }
    }

    private Command() {
    }

    static Outcome run(List<String> command, Map<String, String> environment, Duration limit) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Outcome.Failed(notFound(e) ? "the command " + command.get(0) + " is not installed"
                    : "the command " + command.get(0) + " could not be started");
        }
        try {
            // both pipes read while the command runs: a long answer would otherwise fill a pipe and stall it
            FutureTask<String> stdout = reading(process.getInputStream());
            FutureTask<String> stderr = reading(process.getErrorStream());
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Outcome.Failed(command.get(0) + " did not answer within " + limit.toMillis() + " ms");
            }
            String out = stdout.get();
            String err = stderr.get().strip();
            if (process.exitValue() != 0) {
                return new Outcome.Failed(command.get(0) + " failed" + (err.isEmpty() ? "" : " (" + firstLine(err) + ")"));
            }
            return new Outcome.Output(out);
        } catch (IOException | ExecutionException e) {
            return new Outcome.Failed(command.get(0) + "'s answer could not be read");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Outcome.Failed("the question to " + command.get(0) + " was interrupted");
        }
    }

    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Whether starting failed because there is no such program (ENOENT), not for another reason. */
    private static boolean notFound(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("error=2,") || message.contains("No such file");
    }

    /** Reads a pipe to its end on a daemon thread of its own. */
    private static FutureTask<String> reading(InputStream in) {
        FutureTask<String> task = new FutureTask<>(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        Thread t = new Thread(task, "formcheck-command-output");
        t.setDaemon(true);
        t.start();
        return task;
    }
}
