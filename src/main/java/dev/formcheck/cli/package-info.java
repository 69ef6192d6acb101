/**
 * The command line ({@code java -jar formcheck.jar COMMAND}), built with picocli: parses
 * arguments, runs the stages and prints their results.
 *
 * <p>The only package that writes to the terminal or ends the process, and where each stage's
 * exception is turned into one short message and an exit code. It may use every other package;
 * no package may use it.
 */
package dev.formcheck.cli;
