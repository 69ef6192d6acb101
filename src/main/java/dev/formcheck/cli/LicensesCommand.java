package dev.formcheck.cli;

import dev.formcheck.common.LegalNotices;
import dev.formcheck.common.LegalNotices.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "licenses", mixinStandardHelpOptions = true,
        description = {"Lists the licences of FormCheck, its libraries and its models.",
                "FormCheck's own, those of the libraries it bundles (generated from the build's dependencies)",
                "and the models' attribution."})
final class LicensesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "Also print the full text of the Apache License 2.0.")
    boolean full;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("FormCheck " + Main.version() + " is licensed under the Apache License, Version 2.0"
                + (full ? "." : " ('formcheck licenses --full' prints its text)."));
        out.println("FormCheck is not a medical device.");
        out.println();
        out.println("== Models ==");
        out.print(LegalNotices.text(Notice.MODELS));
        out.println();
        out.println("== Libraries bundled with FormCheck ==");
        out.println("Each with its licence as its own project declares it (a list made at build time from the dependencies).");
        // the generated file opens with "Lists of N third-party dependencies."; then one indented line each
        LegalNotices.text(Notice.THIRD_PARTY).strip().lines().skip(1).map(String::strip).forEach(out::println);
        out.println();
        out.println("ONNX Runtime and OpenCV carry their own notices for the code inside their native libraries;");
        out.println("the installed app keeps them in its 'legal' folder (lib/app/legal, or Contents/app/legal on macOS).");
        if (full) {
            out.println();
            out.println("== Apache License, Version 2.0 ==");
            out.print(LegalNotices.text(Notice.FORMCHECK_LICENSE));
        }
        out.flush();
        return 0;
    }
}
