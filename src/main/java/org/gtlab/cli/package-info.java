/**
 * The {@code gtlab} command line (picocli): {@code solve}, {@code convert}, {@code catalog},
 * {@code run} (methods of the catalog, presets, seed groups), {@code bench} and {@code export}
 * (re-makes figures from recipes). {@link org.gtlab.cli.Main} is a composition root: it builds the
 * one {@link org.gtlab.compute.Workers} budget and the method catalog and hands them to the commands
 * through the picocli factory.
 *
 * <p>Contract: may import every room except {@code ui}; the only core package that prints to
 * System.out/err (results on stdout, one error line on stderr, exit codes documented per command).
 * Makes no threads of its own: long work goes through the run executor on the shared workers.
 */
package org.gtlab.cli;
