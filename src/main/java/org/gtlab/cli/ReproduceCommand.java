package org.gtlab.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce LAB}: the labs' reference checks. Each lab is one subcommand (add a lab with
 * one entry in {@code subcommands}) printing tab-separated {@code ID  measured  reference
 * tolerance  PASS|FAIL} lines and a summary line; exit 0 when every check passes, 1 otherwise.
 * An unknown lab name is refused with the known ones (exit 2).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-run a lab's reference checks and print PASS/FAIL per number.",
        subcommands = {ReproduceAkataCommand.class, ReproduceCoopetitionCommand.class, SelfPlayReproduction.class,
            ReproduceBrgCommand.class})
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LAB", description = "the lab (a subcommand)")
    String lab;

    @Override
    public Integer call() {
        if (lab != null) {
            throw new IllegalArgumentException("unknown lab '" + lab + "' (known: "
                    + String.join(", ", spec.subcommands().keySet()) + ")");
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The summary line every lab prints last. */
    static String summary(String lab, int pass, int total) {
        return lab + ": " + pass + "/" + total + " checks pass";
    }

    /** One check line, tab-separated. */
    static String line(String id, String measured, String reference, String tolerance, boolean pass) {
        return String.join("\t", List.of(id, measured, reference, tolerance, pass ? "PASS" : "FAIL"));
    }
}
