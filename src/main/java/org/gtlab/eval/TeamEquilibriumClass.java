package org.gtlab.eval;

/**
 * Verdict on a team profile (spec fxp-psro.md §2.3): a <em>global</em> Nash equilibrium has zero team
 * exploitability (no joint team deviation gains); a <em>local</em> one has zero agent-level NashConv (no
 * single agent gains) but a team deviation does; anything else is not an equilibrium.
 */
public enum TeamEquilibriumClass {
    GLOBAL_NE("global NE"),
    LOCAL_NE("local NE, not global"),
    NOT_EQUILIBRIUM("not an equilibrium");

    private final String label;

    TeamEquilibriumClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
