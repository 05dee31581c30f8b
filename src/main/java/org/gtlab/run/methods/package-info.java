/**
 * The standard methods of the catalog: the adapters ({@link org.gtlab.run.Experiment}s) of the model
 * rooms — dynamics, learners, team learners, Moran process — and their registration,
 * {@link org.gtlab.run.methods.StandardMethods#registerAll}, called by the composition roots. Each
 * method declares its typed config record (defaults and validation in one place, from which the
 * {@link org.gtlab.run.Param} list of forms, {@code --list} and {@code --set} is derived), presets,
 * metrics as {@link org.gtlab.run.MetricSpec}s, planned length and accepted game kinds.
 *
 * <p>Contract: imports {@code run} and the model rooms, never io, cli or ui; {@code run} does not
 * import this package (no {@code run ⇄ run.methods} cycle). Experiments are single-threaded state
 * machines; the run executor supplies the threads. No printing, no JavaFX, no static registration.
 */
package org.gtlab.run.methods;
