package org.gtlab.ui.lab;

import org.gtlab.figure.JointMatrix;

import org.gtlab.figure.LabCharts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.chart.model.Chart;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.RecipeKind;
import org.gtlab.io.recipe.Recipes;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Payload;
import org.gtlab.run.RunRecord;
import org.gtlab.run.Snapshot;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.Exporter;

/**
 * Exports of the Lab, each written atomically with a recipe beside it ({@code name.recipe.json},
 * format {@value #FORMAT}): the team game, every run's recipe with its label, the chart or data
 * exported, the metric and scale. {@link LabViewModel#rerun(JsonNode)} starts the same runs again —
 * identical data, since a run recipe fixes the method, parameters, game and seed.
 * <ul>
 *   <li>charts (exploitability curves, meta-game heat map, weights, policy, joint-action table) as
 *       PNG, SVG, PDF or TikZ through the one export path ({@link Exporter#render});</li>
 *   <li>data as CSV: the curves of all runs, a run's metrics per oracle step, its meta-game, its
 *       weights per phase, its policy, the joint-action matrix.</li>
 * </ul>
 */
public final class LabExports {

    /** Recipe format name (the one recipe format, {@link Recipe#FORMAT}). */
    public static final String FORMAT = Recipe.FORMAT;

    private LabExports() {
    }

    /** {@code dir/NAME.EXT} → {@code dir/NAME.EXT.recipe.json} (see {@link Recipes#pathFor}). */
    public static Path recipePath(Path target) {
        return Recipes.pathFor(target);
    }

    /**
     * The recipe (kind "lab-figure") of the lab's current runs (or, without runs, of its game).
     *
     * @param what the export item's name ("Exploitability curves", …) or a data table's name
     */
    static Recipe recipe(LabViewModel vm, String what) {
        List<Recipe.RunEntry> runs = new ArrayList<>();
        for (LabRun r : vm.runs()) {
            runs.add(new Recipe.RunEntry(r.name(), r.colour(), r.spec(),
                    r.record() == null || r.record().isEmpty() ? 0 : r.record().last().step()));
        }
        LabRun sel = vm.selectedProperty().get();
        GameSpec g = vm.runs().isEmpty() ? vm.getGame() : vm.runs().get(0).spec().game();
        return Recipe.labFigure(Recipes.labItem(what, ""), vm.metricProperty().get(), vm.logScaleProperty().get(),
                vm.paperFaithfulProperty().get(), sel == null ? -1 : vm.runs().indexOf(sel),
                vm.presetProperty().get() == null ? null : vm.presetProperty().get().name(), g, runs);
    }

    /** The chart items of the export dialog: every chart the lab shows now. */
    static List<ExportDialog.Item> items(LabViewModel vm) {
        List<ExportDialog.Item> items = new ArrayList<>();
        List<Chart> charts = vm.exportCharts();
        add(items, "Exploitability curves", charts.get(0));
        add(items, "Meta-game payoff matrix (heat map)", charts.get(1));
        add(items, "Meta-strategy weights over time", charts.get(2));
        add(items, "Policy per agent (heat map)", charts.get(3));
        JointMatrix m = vm.jointMatrixProperty().get();
        if (m != null && m.rows() <= JointMatrix.MAX_EXPORT_JOINT_ACTIONS) {
            items.add(new ExportDialog.Item("Joint-action payoff matrix (table)", m.snapshot()));
        }
        return items;
    }

    private static void add(List<ExportDialog.Item> items, String name, Chart c) {
        if (c != null) {
            items.add(new ExportDialog.Item(name, c));
        }
    }

    /** Writes a chart (through {@link Exporter}) and its recipe; returns the recipe's path. */
    static Path writeChart(LabViewModel vm, String what, Exporter.Request r, Path target) throws IOException {
        Recipe recipe = recipe(vm, what);
        return Exporter.write(r, target,
                r.chart() instanceof org.gtlab.chart.model.PayoffTable t ? recipe.withTable(t) : recipe);
    }

    /** Writes CSV data and its recipe; returns the recipe's path. */
    static Path writeData(LabViewModel vm, LabViewModel.DataExport what, Path target) throws IOException {
        return Exporter.writeBytes(csv(vm, what).getBytes(StandardCharsets.UTF_8), target,
                recipe(vm, what.name().toLowerCase(Locale.ROOT)), "csv");
    }

    /**
     * The CSV text of a data export.
     *
     * @throws IllegalArgumentException if there is nothing to export (no runs, no selected run, a
     *         run without a meta-game, a matrix too large)
     */
    static String csv(LabViewModel vm, LabViewModel.DataExport what) {
        LabRun sel = vm.selectedProperty().get();
        switch (what) {
            case CURVES:
                if (vm.runs().isEmpty()) {
                    throw new IllegalArgumentException("no runs to export yet");
                }
                return curvesCsv(vm.runs());
            case JOINT_MATRIX: {
                JointMatrix m = vm.jointMatrixProperty().get();
                if (m == null) {
                    throw new IllegalArgumentException(vm.jointMatrixMessageProperty().get());
                }
                return jointMatrixCsv(m);
            }
            default:
                break;
        }
        if (sel == null) {
            throw new IllegalArgumentException("select a run first");
        }
        switch (what) {
            case RUN_METRICS:
                return sel.record().toCsv();
            case META_GAME: {
                Snapshot s = sel.latestPayload();
                if (s == null || s.payload("meta_game") == null) {
                    throw new IllegalArgumentException(sel.name() + " has no meta-game");
                }
                return metaGameCsv(sel.spec().method(), s);
            }
            case WEIGHTS:
                return weightsCsv(sel.spec().method(), sel.record());
            case POLICY: {
                Snapshot s = sel.latestPayload();
                if (s == null || s.payload("policy") == null) {
                    throw new IllegalArgumentException(sel.name() + " has no policy yet");
                }
                return policyCsv(sel.spec().game(), s.payload("policy"));
            }
            default:
                throw new IllegalStateException("unknown export " + what);
        }
    }

    /** {@code run,algorithm,method,step,<metrics…>}: every snapshot of every run (full resolution). */
    static String curvesCsv(List<LabRun> runs) {
        List<String> cols = new ArrayList<>();
        for (LabRun r : runs) {
            for (String m : LabCharts.plottable(r.record().metricNames())) {
                if (!cols.contains(m)) {
                    cols.add(m);
                }
            }
        }
        StringBuilder b = new StringBuilder("run,algorithm,method,step");
        for (String c : cols) {
            b.append(',').append(c);
        }
        b.append('\n');
        int k = 0;
        for (LabRun r : runs) {
            k++;
            RunRecord rec = r.record();
            for (Snapshot s : rec.snapshots()) {
                b.append(k).append(',').append(field(r.name())).append(',').append(r.spec().method()).append(',')
                        .append(s.step());
                for (String c : cols) {
                    b.append(',');
                    if (s.hasMetric(c)) {
                        b.append(s.metric(c));
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    static String metaGameCsv(String method, Snapshot s) {
        double[][] m = s.payload("meta_game").toArray();
        Payload w = s.payload("meta_weights");
        int n = w == null ? m.length : Math.min(m.length, w.row(0).length);
        List<String> labels = LabCharts.memberLabels(method, n);
        StringBuilder b = new StringBuilder("member");
        for (String l : labels) {
            b.append(',').append(field(l));
        }
        b.append('\n');
        for (int i = 0; i < n; i++) {
            b.append(field(labels.get(i)));
            for (int j = 0; j < n; j++) {
                b.append(',').append(m[i][j]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String weightsCsv(String method, RunRecord rec) {
        int members = 0;
        for (Snapshot s : rec.snapshots()) {
            Payload w = s.payload("meta_weights");
            if (w != null) {
                members = Math.max(members, w.row(0).length);
            }
        }
        List<String> labels = LabCharts.memberLabels(method, members);
        StringBuilder b = new StringBuilder("step");
        for (String l : labels) {
            b.append(',').append(field(l));
        }
        b.append('\n');
        for (Snapshot s : rec.snapshots()) {
            Payload w = s.payload("meta_weights");
            if (w == null) {
                continue;
            }
            double[] r = w.row(0);
            b.append(s.step());
            for (int j = 0; j < members; j++) {
                b.append(',').append(j < r.length ? r[j] : 0.0);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String policyCsv(GameSpec g, Payload p) {
        double[][] rows = p.toArray();
        StringBuilder b = new StringBuilder("agent");
        for (int a = 0; a < rows[0].length; a++) {
            b.append(',').append(field(g.teamGame().actionLabel(a)));
        }
        b.append('\n');
        for (int x = 0; x < rows.length; x++) {
            b.append(x + 1);
            for (double v : rows[x]) {
                b.append(',').append(v);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String jointMatrixCsv(JointMatrix m) {
        StringBuilder b = new StringBuilder("A \\ B");
        for (int j = 0; j < m.columns(); j++) {
            b.append(',').append(field(m.columnLabel(j)));
        }
        b.append('\n');
        for (int i = 0; i < m.rows(); i++) {
            b.append(field(m.rowLabel(i)));
            for (int j = 0; j < m.columns(); j++) {
                b.append(',').append(m.value(i, j));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * The runs of a lab recipe (this version's, or the previous {@code gtlab-lab-recipe}): labels and
     * recipes, in order.
     *
     * @throws IllegalArgumentException if it is not a lab recipe or a run recipe is invalid
     */
    static List<Object[]> runsOf(JsonNode recipe) {
        Recipe r = Recipes.parse(recipe, org.gtlab.ui.workspace.RunServices.catalog());
        if (r.kind() != RecipeKind.LAB_FIGURE) {
            throw new IllegalArgumentException("not a GT Lab lab recipe (kind \"" + r.kind().id()
                    + "\", expected \"" + RecipeKind.LAB_FIGURE.id() + "\")");
        }
        List<Object[]> out = new ArrayList<>();
        for (Recipe.RunEntry e : r.runs(org.gtlab.ui.workspace.RunServices.catalog())) {
            out.add(new Object[] {e.label(), e.spec()});
        }
        return out;
    }
}
