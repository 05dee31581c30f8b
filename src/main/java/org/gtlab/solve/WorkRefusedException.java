package org.gtlab.solve;

/**
 * A solve refused before (or early during) the work because its estimate exceeds the caller's
 * limit ({@link SolveOptions#maxSeconds()}); solving again with {@link SolveOptions#force()} runs it
 * anyway. The message names the method, the estimate and how to force it. A subclass of
 * {@link IllegalArgumentException} so callers that report refused games need no new branch.
 */
public final class WorkRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient WorkEstimate estimate;

    public WorkRefusedException(String method, WorkEstimate estimate, double limitSeconds) {
        super(method + " refused: the job would take " + estimate.describe() + ", over the limit of "
                + WorkEstimate.duration(limitSeconds) + "; force it to run anyway (gtlab solve --force)");
        this.estimate = estimate;
    }

    public WorkEstimate estimate() {
        return estimate;
    }
}
