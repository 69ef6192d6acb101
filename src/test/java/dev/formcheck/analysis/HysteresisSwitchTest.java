package dev.formcheck.analysis;

import org.junit.jupiter.api.Test;

import static dev.formcheck.analysis.Crossing.atOrAbove;
import static dev.formcheck.analysis.Crossing.atOrBelow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HysteresisSwitchTest {
    @Test
    void turnsOnAtOneThresholdAndOffOnlyAtTheOther() {
        HysteresisSwitch s = new HysteresisSwitch(atOrBelow(35), atOrAbove(45));

        assertThat(s.update(50)).isFalse();
        assertThat(s.update(40)).as("inside the dead band: still off").isFalse();
        assertThat(s.update(35)).isTrue();
        assertThat(s.update(44.9)).as("inside the dead band: still on").isTrue();
        assertThat(s.update(Double.NaN)).as("no measurement keeps the state").isTrue();
        assertThat(s.update(45)).isFalse();
    }

    @Test
    void aSwitchWithoutADeadBandIsRejected() {
        assertThatThrownBy(() -> new HysteresisSwitch(atOrBelow(45), atOrAbove(35)))
                .hasMessage("switching on at <= 45 and off at >= 35 leaves no dead band between them; "
                        + "off must be the other way and beyond on");
    }
}
