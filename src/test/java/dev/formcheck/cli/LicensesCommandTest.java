package dev.formcheck.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LicensesCommandTest {
    @Test
    void listsFormChecksLicenceTheModelsAndEveryBundledLibraryFromTheGeneratedNotices() {
        CliRun r = CliRun.of("licenses");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Apache License, Version 2.0", "not a medical device",
                "MoveNet SinglePose Lightning v4", "BlazePose", "Google LLC");
        // generated from the dependencies' POMs, so every runtime dependency is there with its version
        assertThat(r.out()).contains("com.microsoft.onnxruntime:onnxruntime:", "org.bytedeco:ffmpeg:",
                "org.bytedeco:opencv:", "com.formdev:flatlaf:", "org.jfree:jfreechart:", "info.picocli:picocli:");
        // test-only dependencies are not shipped, so not listed
        assertThat(r.out()).doesNotContain("junit", "assertj", "archunit");
        // the full Apache text only on request
        assertThat(r.out()).doesNotContain("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    }

    @Test
    void fullPrintsTheApacheLicenceText() {
        CliRun r = CliRun.of("licenses", "--full");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    }
}
