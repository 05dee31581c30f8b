/**
 * Compute resources shared by the whole process: {@link org.gtlab.compute.Workers}, the one bounded
 * worker budget (named daemon threads, FIFO {@code execute} and never-waiting {@code tryExecute}
 * for nested, deadlock-free help) and the JVM shutdown hooks ({@code Workers.onShutdown}).
 *
 * <p>Contract: imports the JDK and {@code math} only; it is the one package (with {@code run}, whose
 * executor runs on a {@code Workers}) that may create threads, pools or shutdown hooks. Instances are
 * built in the composition roots and passed to what needs them (run executor, solvers, background UI
 * work); there is no static instance. Never prints; failures of tasks go to the thread's
 * uncaught-exception handler.
 */
package org.gtlab.compute;
