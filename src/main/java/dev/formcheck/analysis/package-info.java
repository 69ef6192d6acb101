/**
 * Stage 4, analysis: turns per-frame measurements into judgements, with a generic engine that
 * knows no exercise. An exercise is data (thresholds from {@code calibration/defaults.json}) plus a
 * few functions that take its signals from a frame; adding one never changes the engine.
 *
 * <ul>
 *   <li>{@link dev.formcheck.analysis.PhaseMachine} counts reps of one scalar signal through a
 *       {@link dev.formcheck.analysis.PhaseCycle}: named phases entered on a
 *       {@link dev.formcheck.analysis.Crossing} held for a minimum time, with hysteresis between
 *       them, counted on the exit of the last phase; it reports phase changes and
 *       {@link dev.formcheck.analysis.Rep}s with start, bottom, end, depth, range of motion and tempo.</li>
 *   <li>{@link dev.formcheck.analysis.HoldTimer} times held positions (a plank), with time in good
 *       form and time out of sight kept apart; {@link dev.formcheck.analysis.HysteresisSwitch}
 *       decides "in position" from a signal.</li>
 *   <li>{@link dev.formcheck.analysis.Debouncer} turns a per-frame fault into
 *       {@link dev.formcheck.analysis.Episode}s that lasted at least 200 ms, with their worst value.</li>
 *   <li>{@link dev.formcheck.analysis.ActiveSet} keeps only the episodes inside an active set, from
 *       the start of the first rep or hold to the end of the last; a set opens when a rep completes
 *       or a hold starts, so an abandoned first rep opens nothing.</li>
 * </ul>
 *
 * <p>Everything is driven by timestamps in microseconds, never by frame counts, with one policy
 * for a repeated timestamp (ignored), an earlier one (the stream started over) and gaps (held for
 * a while, then reset); the engines talk in immutable records and lists of events. Thresholds and
 * calibration files live in {@link dev.formcheck.analysis.thresholds}.
 *
 * <p>It may use {@code kinematics}, {@code pose} and {@code common}; never {@code capture}, the UI or
 * a native library, so live and recorded sessions run the very same code.
 */
package dev.formcheck.analysis;
