/**
 * The composition of the solver methods: {@link org.gtlab.solve.catalog.Solvers} lists the
 * registered {@link org.gtlab.solve.NashSolver}s by command-line name in display order. The only
 * solve package that sees every method package; nothing in {@code solve} or its method packages
 * depends on it (callers — the CLI, the app's composition root, tests — do).
 */
package org.gtlab.solve.catalog;
