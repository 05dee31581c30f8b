package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gtlab.coopetition.Check;
import org.gtlab.coopetition.checks.Reproduction;

/**
 * Prints the 43 coopetition checks of spec §11 ({@link Reproduction}): one tab-separated line per
 * check, {@code ID  measured  reference  tolerance  PASS|FAIL} (a failed check adds its failed
 * conditions in a sixth column), then a summary line. Used by {@code gtlab reproduce coopetition}.
 */
public final class CoopetitionReproduction {

    private CoopetitionReproduction() {
    }

    /**
     * Runs and prints the checks (all, or the given IDs).
     *
     * @return 0 if every check passed, 1 otherwise
     * @throws IllegalArgumentException for an unknown check ID
     */
    public static int print(PrintWriter out, List<String> only) {
        List<Check> checks = only == null || only.isEmpty() ? Reproduction.run()
                : only.stream().map(Reproduction::run).toList();
        int passed = 0;
        for (Check c : checks) {
            out.println(c.id() + "\t" + c.measured() + "\t" + c.reference() + "\t" + c.tolerance() + "\t"
                    + (c.pass() ? "PASS" : "FAIL") + (c.pass() ? "" : "\t" + c.detail()));
            passed += c.pass() ? 1 : 0;
        }
        out.println("coopetition: " + passed + "/" + checks.size() + " checks passed" + (passed == checks.size() ? ""
                : " (" + (checks.size() - passed) + " failed)"));
        out.flush();
        return passed == checks.size() ? 0 : 1;
    }
}
