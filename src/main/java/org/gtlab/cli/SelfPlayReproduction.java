package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gtlab.selfplay.SeedPapers;
import org.gtlab.selfplay.SelfPlayChecks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce selfplay}: runs the acceptance checks of the self-play spec §10
 * ({@link SelfPlayChecks}) and prints one tab-separated line per measured number,
 * {@code ID  measured  reference  tolerance  PASS|FAIL}, then a summary line. Exit 0 when all pass,
 * 1 otherwise. {@code --papers} also lists the seed papers without a game mechanism (§9).
 */
@Command(name = "selfplay", mixinStandardHelpOptions = true,
        description = "Run the self-play spec's acceptance checks (preference games, Kuhn poker, NFSP, presets).")
public final class SelfPlayReproduction implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Skip the slow NFSP checks (25-28).")
    boolean quick;

    @Option(names = "--papers", description = "Also list the seed papers that have no game mechanism (spec §9).")
    boolean papers;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SelfPlayChecks.Check> checks = new java.util.ArrayList<>(SelfPlayChecks.infrastructure());
        checks.addAll(SelfPlayChecks.preference());
        checks.addAll(SelfPlayChecks.kuhn());
        if (!quick) {
            checks.addAll(SelfPlayChecks.nfsp());
        }
        checks.addAll(SelfPlayChecks.adversarial());
        checks.addAll(SelfPlayChecks.drift());
        int failed = 0;
        for (SelfPlayChecks.Check c : checks) {
            out.println(line(c));
            failed += c.pass() ? 0 : 1;
        }
        out.println("# selfplay: " + (checks.size() - failed) + " of " + checks.size() + " checks pass"
                + (failed == 0 ? "" : ", " + failed + " FAIL"));
        if (papers) {
            out.print(SeedPapers.helpText());
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** One tab-separated row: ID, measured, reference, tolerance, PASS|FAIL. */
    static String line(SelfPlayChecks.Check c) {
        return c.id() + "\t" + num(c.measured()) + "\t" + num(c.reference()) + "\t" + num(c.tolerance()) + "\t"
                + (c.pass() ? "PASS" : "FAIL");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
