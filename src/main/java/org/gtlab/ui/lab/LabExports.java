package org.gtlab.ui.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.figure.JointMatrix;
import org.gtlab.figure.RunCharts;
import org.gtlab.run.GameSpec;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.ui.workspace.RunExports;

/**
 * What the Lab of a team game exports and how it is made again (split from {@link LabViewModel},
 * issue 9): the charts of the export dialog with captions naming the game, the runs and the mode;
 * the CSV data tables ({@link DataExport}); the "lab-figure" recipe written beside every export;
 * and {@link #rerun}, which replays such a recipe — the same game, run recipes, labels, metric and
 * scale, hence identical data (the runs are seeded).
 *
 * <p>Failure modes: exporting what does not exist (no runs, no selected run, a run without a
 * meta-game, a joint matrix too large) throws {@link IllegalArgumentException} with the reason;
 * a recipe of another kind or without runs is refused the same way. FX thread only.
 */
public final class LabExports {

    private static final String TEAM_EXPLOITABILITY = TeamLearnerExperiment.TEAM_EXPLOITABILITY.name();

    private final LabViewModel vm;
    private final LabSetup setup;
    private final ObservableList<LabRun> runs;
    private final ObjectProperty<LabRun> selected;
    private final StringProperty metric;
    private final BooleanProperty logScale;

    LabExports(LabViewModel vm, LabSetup setup) {
        this.vm = vm;
        this.setup = setup;
        this.runs = vm.rows();
        this.selected = vm.selectedProperty();
        this.metric = vm.metricProperty();
        this.logScale = vm.logScaleProperty();
    }

    /**
     * The charts for export: the ones on screen with captions that name the game, the runs and the
     * mode (on screen the game bar says so), in the order curves, meta-game, weights, policy; null
     * where there is no chart.
     */
    List<org.gtlab.chart.model.Chart> exportCharts() {
        List<org.gtlab.chart.model.Chart> out = new ArrayList<>();
        List<RunCharts.Line> lines = vm.lines(false);
        String m = metric.get() == null ? TEAM_EXPLOITABILITY : metric.get();
        out.add(runs.isEmpty() ? null : RunCharts.oracleCurves(lines, m, logScale.get(), vm.caption()));
        LabRun sel = selected.get();
        if (sel == null) {
            out.add(null);
            out.add(null);
            out.add(null);
            return out;
        }
        String method = sel.spec().method();
        Snapshot p = sel.latestPayload();
        HeatMapChart mg = RunCharts.metaGame(method, sel.name(), p, true);
        String cap = sel.spec().game().title() + " · " + sel.name() + (setup.paperFaithfulProperty().get() ? " · paper-faithful" : "");
        out.add(mg == null ? null : RunCharts.withCaption(mg, cap + " · step " + p.step()));
        out.add(mg == null ? null : RunCharts.weights(method, sel.name(), sel.record(), cap));
        HeatMapChart pol = RunCharts.policy(sel.spec().game().teamGame(), sel.name(), p, true);
        out.add(pol == null ? null : RunCharts.withCaption(pol, cap + " · step " + p.step()));
        return out;
    }


        /** Every chart the lab shows now, for the export dialog (paper style is applied there). */
    public List<org.gtlab.ui.export.ExportDialog.Item> exportItems() {
        List<org.gtlab.ui.export.ExportDialog.Item> items = new ArrayList<>();
        List<org.gtlab.chart.model.Chart> charts = exportCharts();
        List<String> names = List.of("Exploitability curves", "Meta-game payoff matrix (heat map)",
                "Meta-strategy weights over time", "Policy per agent (heat map)");
        for (int i = 0; i < names.size(); i++) {
            if (charts.get(i) != null) {
                items.add(new org.gtlab.ui.export.ExportDialog.Item(names.get(i), charts.get(i)));
            }
        }
        JointMatrix m = setup.jointMatrixProperty().get();
        if (m != null && m.rows() <= JointMatrix.MAX_EXPORT_JOINT_ACTIONS) {
            items.add(new org.gtlab.ui.export.ExportDialog.Item("Joint-action payoff matrix (table)", m.snapshot()));
        }
        return items;
    }

    /**
     * Writes a chart in the export dialog's format and its lab recipe.
     *
     * @param what the item's name (stored in the recipe)
     * @return the recipe's path
     */
    public Path exportChart(String what, org.gtlab.io.recipe.Exporter.Request request, Path target)
            throws IOException {
        return exported(target, RunExports.writeChart(request, labRecipe(what), target));
    }

    /**
     * Writes CSV data and its lab recipe.
     *
     * @return the recipe's path
     * @throws IllegalArgumentException if there is nothing to export
     */
    public Path exportData(DataExport what, Path target) throws IOException {
        return exported(target, RunExports.writeCsv(csv(what), labRecipe(what.name().toLowerCase(java.util.Locale.ROOT)),
                target));
    }

    private Path exported(Path target, Path recipe) {
        vm.setMessage("Exported " + target.getFileName() + " and its recipe " + recipe.getFileName());
        return recipe;
    }

    /**
     * The CSV text of a data export.
     *
     * @throws IllegalArgumentException if there is nothing to export (no runs, no selected run, a
     *         run without a meta-game, a matrix too large)
     */
    public String csv(DataExport what) {
        LabRun sel = selected.get();
        if (what == DataExport.CURVES) {
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("no runs to export yet");
            }
            return RunExports.curvesCsv(runs);
        }
        if (what == DataExport.JOINT_MATRIX) {
            if (setup.jointMatrixProperty().get() == null) {
                throw new IllegalArgumentException(setup.jointMatrixMessageProperty().get());
            }
            return RunExports.jointMatrixCsv(setup.jointMatrixProperty().get());
        }
        if (sel == null) {
            throw new IllegalArgumentException("select a run first");
        }
        Snapshot s = sel.latestPayload();
        return switch (what) {
            case RUN_METRICS -> sel.record().toCsv();
            case META_GAME -> {
                if (s == null || s.payload(TeamLearnerExperiment.META_GAME) == null) {
                    throw new IllegalArgumentException(sel.name() + " has no meta-game");
                }
                yield RunExports.metaGameCsv(sel.spec().method(), s);
            }
            case WEIGHTS -> RunExports.weightsCsv(sel.spec().method(), sel.record());
            case POLICY -> {
                if (s == null || s.payload(TeamLearnerExperiment.POLICY) == null) {
                    throw new IllegalArgumentException(sel.name() + " has no policy yet");
                }
                yield RunExports.policyCsv(sel.spec().game(), s.payload(TeamLearnerExperiment.POLICY));
            }
            default -> throw new IllegalStateException("unknown export " + what);
        };
    }

    /** The lab recipe of the current runs. */
    public com.fasterxml.jackson.databind.node.ObjectNode recipe() {
        return labRecipe("curves").toJson();
    }

    /**
     * The recipe (kind "lab-figure") of the lab's current runs (or, without runs, of its game).
     *
     * @param what the export item's name ("Exploitability curves", …) or a data table's name
     */
    org.gtlab.io.recipe.Recipe labRecipe(String what) {
        List<org.gtlab.io.recipe.Recipe.RunEntry> entries = new ArrayList<>();
        for (LabRun r : runs) {
            entries.add(RunExports.entry(r.name(), r.colour(), r.spec(), r.record()));
        }
        LabRun sel = selected.get();
        GameSpec g = runs.isEmpty() ? setup.gameProperty().get() : runs.get(0).spec().game();
        return org.gtlab.io.recipe.Recipe.labFigure(org.gtlab.io.recipe.Recipes.labItem(what, ""), metric.get(),
                logScale.get(), setup.paperFaithfulProperty().get(), sel == null ? -1 : runs.indexOf(sel),
                setup.presetProperty().get() == null ? null : setup.presetProperty().get().name(), g, entries);
    }

    /**
     * Re-runs a lab recipe (written beside every lab export): the same game, the same run recipes
     * with their labels, the same metric and scale — identical data.
     *
     * @throws IllegalArgumentException if it is not a lab recipe or has no runs
     */
    public void rerun(JsonNode recipe) {
        List<org.gtlab.io.recipe.Recipe.RunEntry> rs = RunExports.runsOf(recipe, vm.catalog(),
                org.gtlab.io.recipe.RecipeKind.LAB_FIGURE);
        if (rs.isEmpty()) {
            throw new IllegalArgumentException("the lab recipe has no runs");
        }
        setup.setGame(rs.get(0).spec().game());
        List<LabAlgorithm> algs = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        for (org.gtlab.io.recipe.Recipe.RunEntry r : rs) {
            algs.add(new LabAlgorithm(r.label(), r.spec().method(), Map.of(), "from a recipe"));
            specs.add(r.spec());
        }
        setup.paperFaithfulProperty().set(recipe.path("paperFaithful").asBoolean(false));
        if (recipe.hasNonNull("metric")) {
            metric.set(recipe.get("metric").asText());
        }
        logScale.set(recipe.path("log").asBoolean(true));
        vm.start(algs, specs);
        int sel = recipe.path("selected").asInt(-1);
        if (sel >= 0 && sel < runs.size()) {
            selected.set(runs.get(sel));
            vm.tick();
        }
    }
}
