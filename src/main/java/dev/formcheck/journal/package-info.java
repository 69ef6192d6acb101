/**
 * The pain journal the source article asks for: entries in its fields, the red flags that mean
 * "see a doctor now", the difference between normal soreness and pain worth attention, and a
 * store that keeps every entry on this machine. Headless: the window and the {@code journal}
 * command both drive it. Not a medical device: it repeats the article's general advice, it does
 * not diagnose.
 */
package dev.formcheck.journal;
