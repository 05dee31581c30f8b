package org.gtlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gtlab.run.MethodCatalog;
import org.gtlab.run.methods.StandardMethods;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab fingerprint STRATEGY --out DIR}: the Ashlock fingerprint of a library strategy (its
 * mean score per turn against the dual-probe JA(x, y) family, see
 * {@link org.gtlab.repeated.Fingerprint}) over the unit square, computed as a sweep of the catalog
 * method {@code fingerprint} — exactly {@code gtlab sweep --method fingerprint --x x:0:1:N --y
 * y:0:1:N --metric fingerprint --set strategy=…,probe=…,turns=… --steps R}, so it writes the same
 * files ({@code grid.csv}, {@code sweep.png/svg/pdf} with sweep recipes, {@code recipe.json}) and
 * {@code gtlab export} re-makes the map.
 */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = "Ashlock fingerprint of a strategy: its score against the dual-probe JA(x, y) over the unit square.")
final class FingerprintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STRATEGY", description = "the strategy (gtlab tournament --list)")
    String strategy;

    @Option(names = "--probe", defaultValue = "tit-for-tat", description = "probe strategy (default tit-for-tat)")
    String probe;

    @Option(names = "--game", defaultValue = "prisoners-dilemma",
            description = "stage game: catalog name or file (default prisoners-dilemma)")
    String game;

    @Option(names = "--grid", defaultValue = "21", description = "points per axis (default 21)")
    int grid;

    @Option(names = "--turns", defaultValue = "200", description = "rounds per match (default 200)")
    int turns;

    @Option(names = "--repetitions", defaultValue = "20", description = "matches per point (default 20)")
    int repetitions;

    @Option(names = "--seed", defaultValue = "0", description = "seed (default 0)")
    long seed;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    private final MethodCatalog catalog;

    FingerprintCommand() {
        this(StandardMethods.registerAll(new MethodCatalog()));
    }

    FingerprintCommand(MethodCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        if (grid < 2) {
            throw new IllegalArgumentException("--grid must be at least 2, got " + grid);
        }
        List<String> args = new ArrayList<>(List.of("--game", game, "--method", "fingerprint",
                "--x", "x:0:1:" + grid, "--y", "y:0:1:" + grid, "--metric", "fingerprint",
                "--set", "strategy=" + strategy + ",probe=" + probe + ",turns=" + turns,
                "--steps", Integer.toString(repetitions), "--seed", Long.toString(seed), "--no-refine",
                "--out", out.toString()));
        CommandLine sweep = new CommandLine(new SweepCommand(catalog));
        sweep.setOut(spec.commandLine().getOut());
        sweep.setErr(spec.commandLine().getErr());
        sweep.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
        return sweep.execute(args.toArray(String[]::new));
    }
}
