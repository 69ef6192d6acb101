package dev.formcheck.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PainAssessmentTest {
    private static final Instant NOW = Instant.parse("2026-12-07T16:00:00Z");

    private static JournalEntry.Builder lowerBack() {
        return JournalEntry.builder(NOW).areas(Set.of(BodyArea.LOWER_BACK)).intensity(3);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void everyRedFlagSaysSeeADoctorNowFirstEvenOnAnEntryThatOtherwiseReadsAsSoreness(RedFlag flag) {
        JournalEntry entry = lowerBack().qualities(Set.of(PainQuality.DULL_ACHE)).onset(Onset.NEXT_DAY).easesWithMovement(true)
                .redFlags(Set.of(flag)).build();

        PainAssessment a = PainAssessment.of(entry, SorenessGuide.ARTICLE);

        assertThat(a.verdict()).isEqualTo(PainAssessment.Verdict.SEE_A_DOCTOR_NOW);
        assertThat(a.redFlagMessages()).singleElement().satisfies(m -> {
            assertThat(m).startsWith("See a doctor now.");
            assertThat(m).contains(flag.label());
        });
        assertThat(EntryText.lines(entry, a, SorenessGuide.ARTICLE, java.time.ZoneOffset.UTC).get(0)).startsWith("See a doctor now.");
    }

    @Test
    void theArticlesSixWarningSignsAreAllThere() {
        assertThat(RedFlag.values()).extracting(RedFlag::label).containsExactly(
                "loss of bowel or bladder control", "numbness in the groin area", "leg weakness or numbness that is getting worse",
                "fever with back pain", "severe pain after a fall or an injury", "pain that is worse at night or at rest");
    }

    @Test
    void dullNextDayPainThatEasesWithMovementReadsAsSoreness() {
        PainAssessment a = PainAssessment.of(lowerBack().qualities(Set.of(PainQuality.DULL_ACHE, PainQuality.STIFFNESS))
                .hoursAfterExercise(18.0).easesWithMovement(true).daysLasting(2).build(), SorenessGuide.ARTICLE);

        assertThat(a.verdict()).isEqualTo(PainAssessment.Verdict.LIKELY_SORENESS);
        assertThat(a.reasons()).hasSize(3);
    }

    @Test
    void sharpPainDuringExerciseIsConcerningWithBothReasons() {
        PainAssessment a = PainAssessment.of(lowerBack().qualities(Set.of(PainQuality.SHARP)).onset(Onset.DURING_EXERCISE).build(),
                SorenessGuide.ARTICLE);

        assertThat(a.verdict()).isEqualTo(PainAssessment.Verdict.CONCERNING);
        assertThat(a.reasons()).anyMatch(r -> r.contains("during exercise")).anyMatch(r -> r.contains("sharp"));
    }

    @Test
    void painReachingALegIsConcerningWhetherTickedAsASymptomOrMarkedOnTheMap() {
        assertThat(PainAssessment.of(lowerBack().symptoms(Set.of(Symptom.RADIATES_DOWN_LEG)).build(), SorenessGuide.ARTICLE).verdict())
                .isEqualTo(PainAssessment.Verdict.CONCERNING);
        assertThat(PainAssessment.of(lowerBack().areas(Set.of(BodyArea.LOWER_BACK, BodyArea.LEFT_THIGH)).build(), SorenessGuide.ARTICLE)
                .verdict()).isEqualTo(PainAssessment.Verdict.CONCERNING);
    }

    @Test
    void howLongItLastedDecidesPastFiveAndPastSevenDays() {
        JournalEntry.Builder sore = lowerBack().qualities(Set.of(PainQuality.DULL_ACHE)).onset(Onset.NEXT_DAY).easesWithMovement(true);

        assertThat(PainAssessment.of(sore.daysLasting(4).build(), SorenessGuide.ARTICLE).verdict())
                .isEqualTo(PainAssessment.Verdict.LIKELY_SORENESS);
        PainAssessment six = PainAssessment.of(sore.daysLasting(6).build(), SorenessGuide.ARTICLE);
        assertThat(six.verdict()).isEqualTo(PainAssessment.Verdict.CONCERNING);
        assertThat(six.reasons()).singleElement().asString().contains("still there after 7 days");
        assertThat(PainAssessment.of(sore.daysLasting(8).build(), SorenessGuide.ARTICLE).reasons()).singleElement().asString()
                .contains("lasted 8 days");
    }

    @Test
    void anEntryWithTooLittleToTellSaysWhatToNote() {
        PainAssessment a = PainAssessment.of(lowerBack().build(), SorenessGuide.ARTICLE);

        assertThat(a.verdict()).isEqualTo(PainAssessment.Verdict.UNCLEAR);
        assertThat(a.reasons()).last().asString().contains("Note when it started");
    }

    @Test
    void theGuideExplainsTheArticlesDifferenceWithItsNumbers() {
        assertThat(SorenessGuide.ARTICLE.explanation()).contains("12 to 24 hours", "3 to 5 days", "5 to 7 days", "sharp");
    }
}
