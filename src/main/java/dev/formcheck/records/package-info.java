/**
 * What FormCheck keeps of each workout and analysed video: an append-only event log written as the
 * session runs (a process killed mid-session keeps every event up to the kill), then one summary
 * file written atomically; reading that tolerates old, damaged and future files; and the history
 * built from them. Its own plain types (flag kinds as their JSON names), so a record reads the same
 * whatever the engine's classes become. Headless: sessions write it, the CLI and the window read it.
 */
package dev.formcheck.records;
