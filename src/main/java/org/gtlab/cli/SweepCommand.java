package org.gtlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.figure.PhaseDiagramFigure;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.sweep.SweepDefinition;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.PhaseDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gtlab sweep SPEC.json --out DIR} or {@code gtlab sweep --game G --method M --x NAME:LO:HI:N[:log|:int]
 * --y … --metric NAME --out DIR}: a phase diagram. Writes {@code grid.csv} (header {@code x,y,value,seeds}),
 * {@code sweep.png}, {@code sweep.svg}, {@code sweep.pdf} (each with its recipe beside it) and
 * {@code recipe.json} (the sweep's run recipe, {@code gtlab run recipe.json} replays it). The cell
 * cache lives in {@code DIR/cache}, so running the same command again recomputes nothing.
 * {@code --list} prints the sweepable parameters and metrics of a game and method.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Phase diagram of a per-cell metric over two parameters (progressive refinement, cached cells).")
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC.json",
            description = "sweep spec: {\"game\", \"method\", \"x\", \"y\", \"metric\", \"set\", \"seeds\", \"backend\", …}")
    Path specFile;

    @Option(names = "--game", description = "game: catalog name or file")
    String game;

    @Option(names = "--method", description = "method run in each cell (default: replicator, fxp for team games)")
    String method;

    @Option(names = "--x", description = "x axis NAME:LO:HI:N[:log|:int], e.g. 'payoff[1][2][1]:0:6:7'")
    String x;

    @Option(names = "--y", description = "y axis NAME:LO:HI:N[:log|:int]")
    String y;

    @Option(names = "--metric", description = "per-cell metric (see --list)")
    String metric;

    @Option(names = "--set", split = ",", description = "fixed values NAME=VALUE (repeatable)")
    List<String> set = new ArrayList<>();

    @Option(names = "--seeds", description = "seeds per cell")
    Integer seeds;

    @Option(names = "--seed", description = "first seed (default 0)")
    Long seed;

    @Option(names = "--backend", description = "java, nd4j or auto")
    String backend;

    @Option(names = "--steps", description = "inner run length (0: the method's default)")
    Long steps;

    @Option(names = "--no-refine", description = "compute every cell (no progressive refinement)")
    boolean noRefine;

    @Option(names = "--out", description = "output directory")
    Path out;

    @Option(names = "--list", description = "print the sweepable parameters and metrics of --game and --method")
    boolean list;

    private final MethodCatalog catalog;

    SweepCommand(MethodCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> params = new LinkedHashMap<>();
        String gameName = game;
        long firstSeed = seed == null ? 0 : seed;
        if (specFile != null) {
            JsonNode n = Json.parse(Files.readString(specFile));
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                switch (e.getKey()) {
                    case "game":
                        gameName = gameName == null ? e.getValue().asText() : gameName;
                        break;
                    case "seed":
                        firstSeed = seed == null ? e.getValue().asLong() : firstSeed;
                        break;
                    case "set":
                        if (e.getValue().isObject()) {
                            List<String> kv = new ArrayList<>();
                            e.getValue().fields().forEachRemaining(f -> kv.add(f.getKey() + "=" + f.getValue().asText()));
                            params.put("set", String.join(",", kv));
                        } else {
                            params.put("set", e.getValue().asText());
                        }
                        break;
                    default:
                        params.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
                }
            }
        }
        if (gameName == null && StandAloneSweep.applies(catalog, method)) { // a map without a game (coop-map)
            return StandAloneSweep.run(catalog, method, set, noRefine, list, out, firstSeed, o);
        }
        if (gameName == null) {
            throw new IllegalArgumentException("give --game NAME (or \"game\" in SPEC.json)");
        }
        GameSpec g = GameSpec.resolve(gameName, Map.of(), RunCommand.GAMES);
        g = withParameters(g, gameName); // a .json game with "parameters": its parameters become sweepable
        put(params, "method", method);
        put(params, "x", x);
        put(params, "y", y);
        put(params, "metric", metric);
        if (!set.isEmpty()) {
            params.put("set", String.join(",", set));
        }
        put(params, "seeds", seeds);
        put(params, "backend", backend);
        put(params, "steps", steps);
        if (noRefine) {
            params.put("refine", "false");
        }
        ExperimentFactory f = catalog.forGame("sweep", g);
        if (list) {
            String m = (String) params.getOrDefault("method",
                    f.params().stream().filter(p -> p.name().equals("method")).findFirst().orElseThrow().defaultText());
            ExperimentFactory inner = catalog.forGame(m, g);
            o.println("parameters of " + g.source() + " and " + inner.name() + ":");
            for (String p : SweepDefinition.parameters(g, inner)) {
                o.println("  " + p);
            }
            o.println("metrics:");
            for (String p : SweepDefinition.metrics(g, inner)) {
                o.println("  " + p);
            }
            o.flush();
            return 0;
        }
        if (out == null) {
            throw new IllegalArgumentException("give --out DIR");
        }
        params.putIfAbsent("cache", out.resolve("cache").toString());
        // validated here, before anything runs: bad axes, parameters, metrics are one line
        RunSpec rs = catalog.spec("sweep", params, g, firstSeed, new Limits(100_000_000, 100_000_000, 0));
        SweepExperiment e = (SweepExperiment) rs.experiment();
        if (e.definition().backendMessage() != null) {
            err.println("gtlab: " + e.definition().backendMessage());
            err.flush();
        }
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        RunHandle h;
        try (RunExecutor ex = RunExecutor.synchronous()) {
            h = ex.start(rs);
        }
        if (h.status() == RunStatus.FAILED) {
            Throwable t = h.failure();
            throw new IllegalArgumentException("sweep failed: " + (t == null ? "unknown error" : t.getMessage()));
        }
        Snapshot last = h.record().last();
        PhaseDiagram d = e.diagram(last);
        double secs = (System.nanoTime() - t0) / 1e9;
        RunOutput.write(out.resolve("grid.csv"), d.toCsv());
        RunOutput.write(out.resolve("recipe.json"), rs.toJsonString());
        String title = e.definition().metric().label() + " — " + g.title();
        HeatMapChart chart = PhaseDiagramFigure.chart(d, title);
        Recipe recipe = Recipe.sweep(rs, title);
        for (ExportFormat fm : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)) {
            Exporter.write(new Exporter.Request(chart, fm, ExportSize.PAPER_WIDE, 150, true, ChartStyle.paper()),
                    out.resolve("sweep." + fm.extension()), recipe);
        }
        o.printf("%s over %s × %s: %d × %d cells, %d computed, %s in %.2f s%s%n", e.definition().metric().name(),
                d.x().name(), d.y().name(), d.x().n(), d.y().n(), d.computedCount(),
                h.status() == RunStatus.COMPLETED ? "done" : h.status().toString().toLowerCase(), secs,
                " (backend " + e.definition().backend().name() + ")");
        o.println("wrote " + out.resolve("grid.csv") + ", sweep.png/svg/pdf (+ recipes), recipe.json");
        o.flush();
        return h.status() == RunStatus.COMPLETED ? 0 : 1;
    }

    /** The game of a GT Lab .json file with "parameters" as a parametric game spec; otherwise {@code g}. */
    static GameSpec withParameters(GameSpec g, String name) throws java.io.IOException {
        if (g.isTeam() || name == null) {
            return g;
        }
        Path p;
        try {
            p = Path.of(name.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return g;
        }
        if (!Files.isRegularFile(p)) {
            return g;
        }
        org.gtlab.game.ParametricGame pg = org.gtlab.io.GameFiles.loadParametric(p);
        return pg == null ? g : GameSpec.of(g.source(), pg);
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v.toString());
        }
    }
}
