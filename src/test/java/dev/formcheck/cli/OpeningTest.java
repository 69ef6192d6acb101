package dev.formcheck.cli;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningTest {
    @Test
    void handsOverWhatWasOpenedAndLeavesItToTheCaller() {
        AtomicInteger closed = new AtomicInteger();
        Opening<String> opening = Opening.start("test", () -> "model", s -> closed.incrementAndGet());
        assertThat(opening.get()).isEqualTo("model");
        opening.close();
        assertThat(closed).as("the caller closes what it took").hasValue(0);
    }

    @Test
    void closesWhatWasNeverTakenWhenTheCommandFailsFirst() {
        AtomicInteger closed = new AtomicInteger();
        try (Opening<String> opening = Opening.start("test", () -> "model", s -> closed.incrementAndGet())) {
            assertThat(opening).isNotNull(); // a bad argument would end the command here
        }
        assertThat(closed).hasValue(1);
    }

    @Test
    void throwsWhatOpeningThrewAsItself() {
        IllegalStateException failure = new IllegalStateException("model file not found");
        Opening<String> opening = Opening.start("test", () -> {
            throw failure;
        }, s -> { });
        assertThatThrownBy(opening::get).isSameAs(failure);
        opening.close(); // nothing to close, nothing thrown
    }

    @Test
    void nothingNeededGivesNull() {
        try (Opening<String> none = Opening.none()) {
            assertThat(none.get()).isNull();
        }
    }
}
