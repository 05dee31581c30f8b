package org.gtlab.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gtlab bench …}: benchmarks that print tables (speed is measured here, never in unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: median times over seeded random inputs, printed as tables.",
        subcommands = {BenchSolveCommand.class, BenchLearnCommand.class, BenchComputeCommand.class,
            BenchBrgCommand.class, BenchCoopetitionCommand.class, BenchDegenerateCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
