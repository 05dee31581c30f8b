package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.gtlab.repeated.akata.AkataChecks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce LAB}: runs a lab's reference checks and prints one tab-separated line per
 * check ({@code ID  measured  reference  tolerance  PASS|FAIL}) and a summary; exit 0 when every check
 * passes, 1 otherwise. A lab joins with ONE line in {@link #LABS}: its name and a supplier of
 * {@link Line}s.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce a lab's reference numbers: one line per check (ID, measured, reference, tolerance, "
                + "PASS|FAIL); exit 0 when all pass.")
final class ReproduceCommand implements Callable<Integer> {

    /** One check line. */
    record Line(String id, String measured, String reference, String tolerance, boolean pass) {
    }

    /** The labs: name → its checks. Add a lab with one line here. */
    static final Map<String, Supplier<List<Line>>> LABS = new LinkedHashMap<>();

    static {
        LABS.put("akata", () -> AkataChecks.all().stream()
                .map(c -> new Line(c.id(), c.measured(), c.reference(), c.tolerance(), c.pass())).toList());
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAB", description = "the lab to reproduce: ${COMPLETION-CANDIDATES}",
            completionCandidates = Labs.class)
    String lab;

    /** The lab names for the help text. */
    static final class Labs extends ArrayList<String> {
        Labs() {
            super(LABS.keySet());
        }
    }

    @Override
    public Integer call() {
        Supplier<List<Line>> s = LABS.get(lab);
        if (s == null) {
            throw new IllegalArgumentException("unknown lab '" + lab + "' (known: " + String.join(", ", LABS.keySet()) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        int pass = 0;
        List<Line> lines = s.get();
        for (Line l : lines) {
            out.println(l.id() + "\t" + l.measured() + "\t" + l.reference() + "\t" + l.tolerance() + "\t"
                    + (l.pass() ? "PASS" : "FAIL"));
            pass += l.pass() ? 1 : 0;
        }
        out.println(lab + ": " + pass + "/" + lines.size() + " checks pass");
        out.flush();
        return pass == lines.size() ? 0 : 1;
    }
}
