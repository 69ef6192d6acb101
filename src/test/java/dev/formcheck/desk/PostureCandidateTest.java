package dev.formcheck.desk;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PostureCandidateTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration MIN_STATE = Duration.ofSeconds(30);
    private static final Duration MAX_GAP = Duration.ofSeconds(45);

    @Test
    void aNewPostureIsConfirmedOnceHeldForMinStateDatedFromWhenItWasFirstSeen() {
        PostureCandidate candidate = new PostureCandidate(MIN_STATE, MAX_GAP);
        assertThat(candidate.offer(T0, Posture.SLOUCHED, Posture.UPRIGHT)).isEmpty();
        assertThat(candidate.offer(T0.plusSeconds(29), Posture.SLOUCHED, Posture.UPRIGHT)).isEmpty();
        assertThat(candidate.offer(T0.plus(MIN_STATE), Posture.SLOUCHED, Posture.UPRIGHT)).contains(T0);
    }

    @Test
    void seeingTheHeldPostureAgainRestartsTheWait() {
        PostureCandidate candidate = new PostureCandidate(MIN_STATE, MAX_GAP);
        candidate.offer(T0, Posture.SLOUCHED, Posture.UPRIGHT);
        candidate.offer(T0.plusSeconds(20), Posture.UPRIGHT, Posture.UPRIGHT);
        assertThat(candidate.offer(T0.plusSeconds(40), Posture.SLOUCHED, Posture.UPRIGHT)).isEmpty();
        assertThat(candidate.offer(T0.plusSeconds(70), Posture.SLOUCHED, Posture.UPRIGHT)).contains(T0.plusSeconds(40));
    }

    @Test
    void aDifferentPoorPostureStartsItsOwnWait() {
        PostureCandidate candidate = new PostureCandidate(MIN_STATE, MAX_GAP);
        candidate.offer(T0, Posture.SLOUCHED, Posture.UPRIGHT);
        assertThat(candidate.offer(T0.plusSeconds(30), Posture.FORWARD_HEAD, Posture.UPRIGHT)).isEmpty();
        assertThat(candidate.offer(T0.plusSeconds(60), Posture.FORWARD_HEAD, Posture.UPRIGHT)).contains(T0.plusSeconds(30));
    }

    @Test
    void noSampleOfItForLongerThanMaxGapStartsTheWaitOverFromTheNextOne() {
        PostureCandidate candidate = new PostureCandidate(MIN_STATE, MAX_GAP);
        candidate.offer(T0, Posture.SLOUCHED, Posture.UPRIGHT);
        assertThat(candidate.offer(T0.plus(MAX_GAP).plusMillis(1), Posture.SLOUCHED, Posture.UPRIGHT))
                .as("the gap is no evidence of a slouch").isEmpty();
        Instant restarted = T0.plus(MAX_GAP).plusMillis(1);
        assertThat(candidate.offer(restarted.plus(MIN_STATE), Posture.SLOUCHED, Posture.UPRIGHT)).contains(restarted);
    }

    @Test
    void aGapOfExactlyMaxGapKeepsTheWaitGoing() {
        PostureCandidate candidate = new PostureCandidate(MIN_STATE, MAX_GAP);
        candidate.offer(T0, Posture.SLOUCHED, Posture.UPRIGHT);
        candidate.offer(T0.plusSeconds(1), Posture.SLOUCHED, Posture.UPRIGHT);
        assertThat(candidate.offer(T0.plusSeconds(1).plus(MAX_GAP), Posture.SLOUCHED, Posture.UPRIGHT)).contains(T0);
    }
}
