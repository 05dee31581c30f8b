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
 * A stand-alone command until the shared {@code reproduce} command registers the lab
 * ({@link CoopetitionReproduction#print} is what it calls).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Re-computes a lab's published numbers and prints ID, measured, reference, tolerance and",
            "PASS/FAIL per check (tab-separated), then a summary. Labs: coopetition."})
public final class ReproduceCoopetitionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAB", description = "the lab: coopetition")
    String lab;

    @Option(names = "--check", paramLabel = "ID", description = "run only this check (repeatable), e.g. T-07")
    List<String> checks;

    @Override
    public Integer call() {
        if (!lab.strip().toLowerCase(Locale.ROOT).equals("coopetition")) {
            throw new IllegalArgumentException("unknown lab \"" + lab + "\"; known: coopetition");
        }
        return CoopetitionReproduction.print(spec.commandLine().getOut(), checks);
    }
}
