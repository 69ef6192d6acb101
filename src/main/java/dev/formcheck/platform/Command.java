package dev.formcheck.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
            return new Outcome.Failed("the command " + command.get(0) + " is not installed");
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Outcome.Failed(command.get(0) + " did not answer within " + limit.toMillis() + " ms");
            }
            String out = read(process.getInputStream());
            String err = read(process.getErrorStream()).strip();
            if (process.exitValue() != 0) {
                return new Outcome.Failed(command.get(0) + " failed" + (err.isEmpty() ? "" : " (" + firstLine(err) + ")"));
            }
            return new Outcome.Output(out);
        } catch (IOException e) {
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

    /** Our commands answer in a few lines; pipes hold 64 KiB, so reading after the exit does not block them. */
    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
