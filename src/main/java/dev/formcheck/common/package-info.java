/**
 * The basics every package shares: {@link dev.formcheck.common.AtomicFiles} for writes that never
 * leave a half-written file behind, {@link dev.formcheck.common.UserDataDirectory} for the user's
 * own files, and {@link dev.formcheck.common.FormCheckException}, the base of every stage's
 * exception.
 *
 * <p>Any package may use it; it uses only the JDK and none of our other packages.
 */
package dev.formcheck.common;
