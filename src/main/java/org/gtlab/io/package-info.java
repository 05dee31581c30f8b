/**
 * Every file format of GT Lab and the one way files are written.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Reading</b>: {@link org.gtlab.io.NfgReader} (Gambit .nfg, payoff and outcome versions),
 *       {@link org.gtlab.io.JsonGameFormat} (GT Lab's versioned game file, whose fields are the one
 *       game JSON codec {@link org.gtlab.run.GameJson} that run recipes use too) and
 *       {@link org.gtlab.io.LrsnashFormat} (lrsnash's input and output). {@link org.gtlab.io.GameFiles}
 *       picks the reader by extension or content and resolves catalog names.</li>
 *   <li><b>Safe on any input</b>: a reader enforces its limits before it allocates — numbers within
 *       {@link org.gtlab.math.NumberLimits} (digits, exponents, a digit budget per file), nesting
 *       depth, declared sizes against the bytes present — and every malformed or refused file is a
 *       {@link org.gtlab.io.GameFormatException} with {@code file:line:column: what is wrong}.
 *       A file under 1 MB is read or refused within a second and 100 MB of allocation;
 *       {@code GameFileFuzzTest} keeps it so.</li>
 *   <li><b>Writing</b>: every file GT Lab writes goes through {@link org.gtlab.io.AtomicFiles}
 *       (temporary file, forced, moved over the target; no half files, no temporary files left
 *       after a failure or SIGTERM, permissions from the umask, errors naming the target and the
 *       reason).</li>
 *   <li><b>Imports</b>: {@code game}, {@code run}, {@code chart}, {@code math} and the JDK/Jackson;
 *       {@code run} never imports {@code io}, which is why the shared game codec lives in
 *       {@code run}.</li>
 * </ul>
 */
package org.gtlab.io;
