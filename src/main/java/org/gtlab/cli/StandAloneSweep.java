package org.gtlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.figure.PhaseDiagramFigure;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.Param;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.PhaseDiagram;

/**
 * {@code gtlab sweep --method M [--set NAME=VALUE,…] --out DIR} for a stand-alone map method (a
 * catalog method without a game whose experiment is a {@link SweepExperiment}, e.g. {@code coop-map}
 * with {@code --set map=8-log,nx=128}): runs it to the end and writes {@code grid.csv},
 * {@code sweep.png/svg/pdf} (each with its sweep recipe, so {@code gtlab export} re-makes it) and
 * {@code recipe.json}. {@code --list} prints the method's parameters with their choices.
 */
final class StandAloneSweep {

    private StandAloneSweep() {
    }

    /** True if {@code method} names a catalog method that takes no game. */
    static boolean applies(MethodCatalog catalog, String method) {
        if (method == null) {
            return false;
        }
        try {
            return !catalog.byName(method.strip()).needsGame();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static int run(MethodCatalog catalog, String method, List<String> set, boolean noRefine, boolean list, Path out,
            long seed, PrintWriter o) throws Exception {
        ExperimentFactory f = catalog.byName(method.strip());
        if (list) {
            o.println("parameters of " + f.name() + " (set with --set NAME=VALUE):");
            for (Param p : f.params()) {
                o.println("  " + p.name() + " = " + p.defaultText() + (p.choices().isEmpty() ? ""
                        : "  (one of " + String.join(", ", p.choices()) + ")") + "  " + p.doc());
            }
            o.flush();
            return 0;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (String kv : set) {
            for (String part : kv.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("set: write NAME=VALUE[,NAME=VALUE…], got \"" + part.strip() + "\"");
                }
                params.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        if (noRefine) {
            params.put("refine", "false");
        }
        if (out == null) {
            throw new IllegalArgumentException("give --out DIR");
        }
        RunSpec rs = catalog.spec(f.name(), params, null, seed, new Limits(100_000_000, 100_000_000, 0));
        if (!(rs.experiment() instanceof SweepExperiment e)) {
            throw new IllegalArgumentException("method " + f.name() + " takes no game and draws no map; gtlab sweep "
                    + "needs --game for it, or use gtlab run");
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
        PhaseDiagram d = e.diagram(h.record().last());
        double secs = (System.nanoTime() - t0) / 1e9;
        RunOutput.write(out.resolve("grid.csv"), d.toCsv());
        RunOutput.write(out.resolve("recipe.json"), rs.toJsonString());
        String title = d.metric().label();
        HeatMapChart chart = PhaseDiagramFigure.chart(d, title, e.overlays());
        Recipe recipe = Recipe.sweep(rs, title, e.overlays(),
                chart.scale() == HeatMapChart.Scale.LOG ? "log" : "linear");
        for (ExportFormat fm : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.LATEX)) {
            Exporter.write(new Exporter.Request(chart, fm, ExportSize.PAPER_WIDE, 150, true, ChartStyle.paper()),
                    out.resolve("sweep." + fm.extension()), recipe);
        }
        o.printf("%s over %s × %s: %d × %d cells, %d computed, %s in %.2f s%n", d.metric().name(), d.x().name(),
                d.y().name(), d.x().n(), d.y().n(), d.computedCount(),
                h.status() == RunStatus.COMPLETED ? "done" : h.status().toString().toLowerCase(), secs);
        o.println("wrote " + out.resolve("grid.csv") + ", sweep.png/svg/pdf/tex (+ recipes), recipe.json");
        o.flush();
        return h.status() == RunStatus.COMPLETED ? 0 : 1;
    }
}
