package dev.formcheck.ui.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The review's report is proposed under the video's name, and always written as an HTML file. */
class ReportNamesTest {
    @Test
    void theProposedNameIsTheVideosAsAnalyzeNamesItsReports() {
        assertThat(ReportNames.defaultName("squat-side.mp4")).isEqualTo("squat-side.report.html");
        assertThat(ReportNames.defaultName("my.squats.mov")).isEqualTo("my.squats.report.html");
        assertThat(ReportNames.defaultName(".hidden")).isEqualTo(".hidden.report.html");
    }

    @Test
    void aNameTypedWithoutAnHtmlExtensionGetsOne() {
        assertThat(ReportNames.withExtension(Path.of("/tmp/monday"))).isEqualTo(Path.of("/tmp/monday.html"));
        assertThat(ReportNames.withExtension(Path.of("/tmp/monday.txt"))).isEqualTo(Path.of("/tmp/monday.txt.html"));
        assertThat(ReportNames.withExtension(Path.of("/tmp/Monday.HTML"))).isEqualTo(Path.of("/tmp/Monday.HTML"));
        assertThat(ReportNames.withExtension(Path.of("/tmp/monday.htm"))).isEqualTo(Path.of("/tmp/monday.htm"));
    }
}
