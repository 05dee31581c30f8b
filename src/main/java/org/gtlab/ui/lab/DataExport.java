package org.gtlab.ui.lab;

/** The Lab's data exports (CSV), see {@link LabExports#csv}. */
public enum DataExport {
    CURVES("Exploitability curves of all runs (CSV)"),
    RUN_METRICS("Selected run: every metric per oracle step (CSV)"),
    META_GAME("Selected run: meta-game payoff matrix (CSV)"),
    WEIGHTS("Selected run: meta-strategy weights per phase (CSV)"),
    POLICY("Selected run: policy per agent (CSV)"),
    JOINT_MATRIX("Joint-action payoff matrix (CSV)");

    private final String label;

    DataExport(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
