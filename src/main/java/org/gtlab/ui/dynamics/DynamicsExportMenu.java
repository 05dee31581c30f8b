package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.RunExports;
import org.gtlab.figure.PortraitBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.XYChart;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.Exporter;

/**
 * The Dynamics view's exports (split from {@link DynamicsView}, issue 9): the export menu, the
 * portrait and run charts through the export dialog (PNG, SVG, PDF, TikZ) or as PGFPlots, the
 * portrait data (JSON), a run's data (CSV, JSON) and recipes (save one, re-run one). Every chart is
 * written with the recipe that re-makes it; a failure is shown on the view's status line.
 */
final class DynamicsExportMenu extends org.gtlab.ui.workspace.ExportMenu {

    private final DynamicsViewModel vm;

    DynamicsExportMenu(javafx.scene.layout.Region owner, DynamicsViewModel vm, java.util.function.Consumer<String> status) {
        super(owner, status);
        this.vm = vm;
    }

    MenuButton menu() {
        return exportButton("dynamicsExport",
                item("Portrait or chart (PNG, SVG, PDF, TikZ)…", this::exportChartDialog),
                item("Comparison chart as PGFPlots…", () -> pgfDialog(true)),
                item("Frequencies chart as PGFPlots…", () -> pgfDialog(false)),
                new SeparatorMenuItem(),
                item("Portrait data (JSON)…", () -> {
                    Path p = chooseSave("portrait-data", "json");
                    if (p != null) {
                        report(exportPortraitData(p), p);
                    }
                }),
                item("Selected run data (CSV)…",
                        () -> exportDataDialog(vm.runs().selectedProperty().get(), RunExports.DataFormat.CSV)),
                item("Selected run data (JSON)…",
                        () -> exportDataDialog(vm.runs().selectedProperty().get(), RunExports.DataFormat.JSON)));
    }

    /** The charts this view can export (with captions), portrait first; their recipes are remembered. */
    List<ExportDialog.Item> exportItems() {
        List<ExportDialog.Item> items = new ArrayList<>();
        recipes.clear();
        PortraitBuilder.Result r = vm.portrait().resultProperty().get();
        if (r != null) {
            // what the screen shows: the runs' paths over the portrait, carried by the recipe too
            List<PortraitChart.Curve> runs = vm.portrait().overlayProperty().get();
            runs = runs == null ? List.of() : runs;
            List<PortraitChart.Curve> all = new ArrayList<>(runs);
            all.addAll(r.chart().curves());
            PortraitChart shown = r.chart().withCurves(all);
            items.add(new ExportDialog.Item("Phase portrait", shown));
            recipes.put(shown, org.gtlab.io.recipe.Recipe.portrait(r.spec().withRuns(runs)));
        }
        XYChart m = vm.runs().metricChartForExport();
        if (m != null) {
            items.add(new ExportDialog.Item("Runs: " + vm.runs().metricProperty().get(), m));
            recipes.put(m, runsRecipe("metric", false));
        }
        XYChart f = vm.runs().frequencyChartForExport();
        if (f != null) {
            items.add(new ExportDialog.Item("Strategy frequencies", f));
            recipes.put(f, runsRecipe("frequencies", true));
        }
        return items;
    }

    private final Map<Chart, org.gtlab.io.recipe.Recipe> recipes = new IdentityHashMap<>();

    private org.gtlab.io.recipe.Recipe runsRecipe(String chart, boolean selectedOnly) {
        List<org.gtlab.io.recipe.Recipe.RunEntry> entries = new ArrayList<>();
        RunRow sel = vm.runs().selectedProperty().get();
        List<RunRow> rows = selectedOnly && sel != null ? List.of(sel) : vm.runs().rows();
        for (RunRow x : rows) {
            entries.add(RunExports.entry(x.shortName(), x.colour(), x.spec(), x.record()));
        }
        org.gtlab.io.recipe.Recipe r = RunExports.runsChartRecipe(chart, vm.runs().shownMetric(),
                vm.runs().logScaleProperty().get(), entries);
        return selectedOnly && sel != null ? r.with("caption", sel.name()) : r;
    }

    /** The recipe written beside an exported chart (one from {@link #exportItems}). */
    org.gtlab.io.recipe.Recipe recipeOf(Chart c) {
        org.gtlab.io.recipe.Recipe r = recipes.get(c);
        if (r == null) {
            throw new IllegalArgumentException("unknown chart; take it from exportItems()");
        }
        return r;
    }

    /**
     * Exports a chart (the portrait or a runs chart) with its recipe.
     *
     * @return the recipe path, or empty with the reason in the status line
     */
    Optional<Path> exportChart(Exporter.Request r, Path target) {
        try {
            Path recipe = Exporter.write(r, target, recipeOf(r.chart()));
            return Optional.of(recipe);
        } catch (IOException | IllegalArgumentException e) {
            status.accept("Export failed: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the portrait's data (JSON) and recipe; false if there is no portrait. */
    boolean exportPortraitData(Path target) {
        PortraitBuilder.Result r = vm.portrait().resultProperty().get();
        if (r == null) {
            return false;
        }
        try {
            RunExports.writePortraitData(r, target);
            return true;
        } catch (IOException e) {
            status.accept("Export failed: " + e.getMessage());
            return false;
        }
    }

    private void exportChartDialog() {
        List<ExportDialog.Item> items = exportItems();
        if (items.isEmpty()) {
            status.accept("Nothing to export yet");
            return;
        }
        Optional<Exporter.Request> r = ExportDialog.show(window(), items, 0);
        if (r.isEmpty()) {
            return;
        }
        ExportFormat f = r.get().format();
        Path p = chooseSave(r.get().chart() instanceof PortraitChart ? "portrait" : "runs", f.extension());
        if (p != null) {
            report(exportChart(r.get(), p).isPresent(), p);
        }
    }

    private void pgfDialog(boolean compare) {
        exportItems();
        XYChart c = compare ? vm.runs().metricChartForExport() : vm.runs().frequencyChartForExport();
        if (c != null) {
            recipes.put(c, runsRecipe(compare ? "metric" : "frequencies", !compare));
        }
        if (c == null) {
            status.accept("No runs to export yet");
            return;
        }
        Path p = chooseSave(compare ? "runs" : "frequencies", "pgf.tex");
        if (p == null) {
            return;
        }
        try {
            RunExports.writeChart(RunExports.pgfplots(c, true), recipeOf(c), "pgfplots", p);
            report(true, p);
        } catch (IOException e) {
            status.accept("Export failed: " + e.getMessage());
        }
    }

    void exportDataDialog(RunRow r, RunExports.DataFormat f) {
        if (r == null) {
            status.accept("Select a run first");
            return;
        }
        Path p = chooseSave(r.spec().method().replace('+', 'p') + "-seed" + r.spec().seed(), f.extension());
        if (p == null) {
            return;
        }
        try {
            RunExports.writeRunData(r.spec(), r.record(), f, p);
            report(true, p);
        } catch (IOException e) {
            status.accept("Export failed: " + e.getMessage());
        }
    }

    void saveRecipeDialog(RunRow r) {
        Path p = chooseSave(r.spec().method().replace('+', 'p') + "-seed" + r.spec().seed() + ".recipe", "json");
        if (p == null) {
            return;
        }
        try {
            r.saveRecipe(p);
            report(true, p);
        } catch (IOException e) {
            status.accept("Not saved: " + e.getMessage());
        }
    }

    void rerunRecipeDialog() {
        Path f = org.gtlab.ui.workspace.ExportFiles.openRecipe(owner, "Re-run recipe", "Run recipes (*.json)");
        if (f == null) {
            return;
        }
        try {
            RunRow r = vm.runs().startRecipe(f);
            status.accept("Started " + r.name() + " from " + f.getFileName());
        } catch (IOException | IllegalArgumentException e) {
            status.accept("Not started: " + e.getMessage());
        }
    }

    private Path chooseSave(String base, String ext) {
        return org.gtlab.ui.workspace.ExportFiles.saveTarget(owner, base, ext, "*." + ext);
    }

    private void report(boolean ok, Path p) {
        status.accept(ok ? "Exported " + p.getFileName() + " (and its recipe)" : "Nothing exported");
    }
}
