/**
 * Small file utilities shared by every package, such as {@link dev.formcheck.io.AtomicFiles}
 * for writes that never leave a half-written file behind.
 *
 * <p>Any package may use it; it uses only the JDK and none of our other packages.
 */
package dev.formcheck.io;
