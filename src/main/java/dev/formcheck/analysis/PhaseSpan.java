package dev.formcheck.analysis;

/** One phase of one rep, from its first sample to the first sample of the phase after it. */
public record PhaseSpan(String name, long startMicros, long endMicros) {
    public PhaseSpan {
        if (endMicros < startMicros) {
            throw new IllegalArgumentException("phase '" + name + "' ends (" + endMicros + " us) before it starts ("
                    + startMicros + " us)");
        }
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }
}
