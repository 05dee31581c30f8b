package org.gtlab.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce LAB}: the labs' reproduction checks. Each lab is a subcommand printing
 * tab-separated {@code ID  measured  reference  tolerance  PASS|FAIL} lines and a summary.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Re-run a lab's reference checks and print PASS/FAIL per number.",
        subcommands = {SelfPlayReproduction.class, ReproduceCoopetitionCommand.class})
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
