/**
 * What FormCheck writes for people and programs to read afterwards: the per-frame JSON document
 * and CSV of {@code analyze} today; the HTML report with timeline, per-rep table and key frames
 * later. Every file is written atomically.
 *
 * <p>It may use {@code pose}, {@code kinematics}, {@code analysis}, {@code media},
 * {@code capture} and {@code common}; {@code ui} and {@code cli} use it.
 */
package dev.formcheck.report;
