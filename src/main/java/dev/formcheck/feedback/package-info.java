/**
 * Stage 5a, feedback (not written yet): turns analysis results into the cues a user sees or
 * hears during a session, deciding which cue to give and how often, but not how it is drawn.
 *
 * <p>It may use {@code analysis}, {@code kinematics}, {@code pose}, {@code capture} and
 * {@code common}. Only {@code ui} and {@code cli} may use it.
 */
package dev.formcheck.feedback;
