package dev.formcheck.evaluation;

import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoSplitTest {
    @Test
    void theRuleIsTheParityOfTheFirstByteOfTheSourceNamesSha256() {
        assertThat(PhotoSplit.halfOf("abc")).as("SHA-256(abc) starts 0xba, even").isEqualTo(PhotoSplit.Half.TUNE);
        assertThat(PhotoSplit.halfOf("a")).as("SHA-256(a) starts 0xca, even").isEqualTo(PhotoSplit.Half.TUNE);
        assertThat(PhotoSplit.halfOf("b")).as("SHA-256(b) starts 0x3e, even").isEqualTo(PhotoSplit.Half.TUNE);
        assertThat(PhotoSplit.halfOf("c")).as("SHA-256(c) starts 0x2e, even").isEqualTo(PhotoSplit.Half.TUNE);
        assertThat(PhotoSplit.halfOf("d")).as("SHA-256(d) starts 0x18, even").isEqualTo(PhotoSplit.Half.TUNE);
        assertThat(PhotoSplit.halfOf("e")).as("SHA-256(e) starts 0x3f, odd").isEqualTo(PhotoSplit.Half.CHECK);
    }

    @Test
    void theRecordedSplitFollowsTheRuleAndKeepsBothPhotosOfAnExerciseTogether() {
        List<PhotoSplit.Entry> entries = PhotoSplit.recorded().entries();
        assertThat(entries).hasSize(126);
        assertThat(entries).allSatisfy(e -> assertThat(e.half()).as(e.file()).isEqualTo(PhotoSplit.halfOf(e.source())));
        Map<String, java.util.Set<PhotoSplit.Half>> halvesBySource = entries.stream().collect(Collectors.groupingBy(
                PhotoSplit.Entry::source, Collectors.mapping(PhotoSplit.Entry::half, Collectors.toSet())));
        assertThat(halvesBySource.values()).allSatisfy(h -> assertThat(h).hasSize(1));
        assertThat(entries.stream().filter(e -> e.half() == PhotoSplit.Half.TUNE)).hasSize(64);
    }

    @Test
    void aPhotoNotInTheRecordedSplitIsPlacedByTheRule() {
        assertThat(PhotoSplit.recorded().halfOf("my-own-photo.jpg", "e")).isEqualTo(PhotoSplit.Half.CHECK);
    }

    @Test
    @RequiresSharedData
    void theRecordedSplitNamesEverySharedPhotoOnce() {
        List<String> labelled = new java.util.ArrayList<>();
        for (String folder : List.of("exercises", "exercises-more")) {
            LabelFiles.photos(SharedData.resolve("images/" + folder + "/labels.csv"))
                    .forEach(p -> labelled.add(folder + "/" + p.file() + "/" + p.source()));
        }
        assertThat(PhotoSplit.recorded().entries().stream().map(e -> e.folder() + "/" + e.file() + "/" + e.source()))
                .containsExactlyInAnyOrderElementsOf(labelled);
    }
}
