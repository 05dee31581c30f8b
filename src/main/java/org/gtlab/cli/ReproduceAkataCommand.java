package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.gtlab.repeated.akata.AkataChecks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce akata}: the checks of the Akata et al. repeated-games protocol
 * (specs/repeated-games.md §11), computed by {@link AkataChecks}.
 */
@Command(name = "akata", mixinStandardHelpOptions = true,
        description = "Akata et al.'s repeated-game protocol: the reference tables and checks.")
final class ReproduceAkataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<AkataChecks.Check> checks = AkataChecks.all();
        int pass = 0;
        for (AkataChecks.Check c : checks) {
            out.println(ReproduceCommand.line(c.id(), c.measured(), c.reference(), c.tolerance(), c.pass()));
            pass += c.pass() ? 1 : 0;
        }
        out.println(ReproduceCommand.summary("akata", pass, checks.size()));
        out.flush();
        return pass == checks.size() ? 0 : 1;
    }
}
