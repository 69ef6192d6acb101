package dev.formcheck.pose.tracking;

/**
 * A One Euro filter over one scalar signal, driven by timestamps (Casiez, Roussel, Vogel, CHI 2012;
 * <a href="https://gery.casiez.net/1euro/">gery.casiez.net/1euro</a>). The speed is the change from
 * the previous raw value, as in the authors' reference implementation and in TF.js/MediaPipe.
 *
 * <p>Timestamps: the first value (and the first after {@link #reset}) passes unchanged. A value
 * with the same timestamp as the previous one carries no information about time (a duplicated
 * frame): it is ignored and the previous output is returned. A timestamp earlier than the previous
 * one means the stream started over (a looped or seeked file): the filter resets and starts from
 * that value. Not thread-safe.
 */
public final class OneEuroFilter {
    private static final double MICROS_PER_SECOND = 1e6;

    private final OneEuroSettings settings;
    private boolean started;
    private long lastMicros;
    private double lastRaw;
    private double value;
    private double speed;

    public OneEuroFilter(OneEuroSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("a One Euro filter needs its settings");
        }
        this.settings = settings;
    }

    /** The filtered value of {@code raw}, observed at {@code timestampMicros}. */
    public double filter(double raw, long timestampMicros) {
        if (!Double.isFinite(raw)) {
            throw new IllegalArgumentException("cannot filter " + raw);
        }
        if (started && timestampMicros == lastMicros) {
            return value;
        }
        if (!started || timestampMicros < lastMicros) {
            started = true;
            lastMicros = timestampMicros;
            lastRaw = raw;
            value = raw;
            speed = 0;
            return value;
        }
        double dt = (timestampMicros - lastMicros) / MICROS_PER_SECOND;
        speed += alpha(settings.derivativeCutoffHz(), dt) * ((raw - lastRaw) / dt - speed);
        double cutoff = settings.minCutoffHz() + settings.beta() * Math.abs(speed);
        value += alpha(cutoff, dt) * (raw - value);
        lastRaw = raw;
        lastMicros = timestampMicros;
        return value;
    }

    /** Forgets the signal: the next value passes unchanged. */
    public void reset() {
        started = false;
    }

    /**
     * The smoothing factor of a first-order low-pass with cutoff {@code cutoffHz} sampled every
     * {@code dt} seconds: {@code 1 / (1 + tau/dt)} with {@code tau = 1 / (2π·cutoff)}.
     */
    static double alpha(double cutoffHz, double dt) {
        double tau = 1 / (2 * Math.PI * cutoffHz);
        return 1 / (1 + tau / dt);
    }
}
