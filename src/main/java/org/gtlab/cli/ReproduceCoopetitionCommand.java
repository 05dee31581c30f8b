package org.gtlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce coopetition [--check T-07]…}: the published numbers of the coopetition lab
 * (spec §11), one tab-separated line per check and a summary; exit 0 when all pass, 1 otherwise.
 * A subcommand of {@link ReproduceCommand} ({@link CoopetitionReproduction#print} does the work).
 */
@Command(name = "coopetition", mixinStandardHelpOptions = true,
        description = "Pant & Yu's coopetition reports: the 43 checks of the lab (T-01 … T-43).")
public final class ReproduceCoopetitionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", paramLabel = "ID", description = "run only this check (repeatable), e.g. T-07")
    List<String> checks;

    @Override
    public Integer call() {
        return CoopetitionReproduction.print(spec.commandLine().getOut(), checks);
    }
}
