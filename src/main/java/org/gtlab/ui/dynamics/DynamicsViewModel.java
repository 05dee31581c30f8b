package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Payload;
import org.gtlab.run.RunRecord;
import org.gtlab.run.Snapshot;
import org.gtlab.run.RunExecutor;
import org.gtlab.ui.common.BackgroundExecutor;

/**
 * The Dynamics view of one document: its phase portrait, its runs with their live charts, and the
 * run launcher, tied together — runs on the document's game are drawn into the portrait as curves
 * in their run colour (a dynamic's population state, a learner's average strategies). FX-thread
 * only.
 */
public final class DynamicsViewModel implements org.gtlab.ui.workspace.TabDescription {

    /** Points per run curve in the portrait. */
    static final int OVERLAY_POINTS = 400;

    private final PortraitViewModel portrait;
    private final LiveRunsViewModel runs;
    private final RunLauncherViewModel launcher;
    private String name;

    /** With the standard catalog (tests). */
    public DynamicsViewModel(RunExecutor runExecutor, BackgroundExecutor background, NormalFormGame game, String name) {
        this(runExecutor, background, game, name, org.gtlab.run.methods.StandardMethods.catalog());
    }

    /**
     * @param runExecutor the app's run executor
     * @param background  portrait computations (results on the FX thread)
     * @param catalog     the methods offered by the launcher and the portrait
     */
    public DynamicsViewModel(RunExecutor runExecutor, BackgroundExecutor background, NormalFormGame game, String name,
            org.gtlab.run.MethodCatalog catalog) {
        this.portrait = new PortraitViewModel(background, game, catalog);
        this.runs = new LiveRunsViewModel(runExecutor, catalog);
        this.launcher = new RunLauncherViewModel(runs, game, name);
        this.name = name == null ? "" : name;
        portrait.resultProperty().addListener((o, a, b) -> updateOverlay());
        runs.versionProperty().addListener((o, a, b) -> updateOverlay());
    }

    /**
     * How the app makes the Dynamics view model of a document (game, name): on the composition
     * root's run executor, portrait executor and method catalog.
     */
    public static java.util.function.BiFunction<NormalFormGame, String, DynamicsViewModel> factory(
            java.util.function.Supplier<RunExecutor> runs, BackgroundExecutor portraits,
            org.gtlab.run.MethodCatalog catalog) {
        return (g, name) -> new DynamicsViewModel(runs.get(), portraits, g, name, catalog);
    }

    /** The document's game changed. */
    public void setGame(NormalFormGame g, String name) {
        portrait.baseGameProperty().set(Objects.requireNonNull(g, "game"));
        launcher.setDocumentGame(g, name);
        this.name = name == null ? "" : name;
        updateOverlay();
    }

    /**
     * One frame of the animation timer (≤ 30 Hz): refreshes the runs from their latest snapshots
     * and, if anything changed, the charts and the portrait's run curves.
     *
     * @return true if something was redrawn
     */
    public boolean tick() {
        launcher.seedGroup().refresh();
        return runs.tick();
    }

    private void updateOverlay() {
        PortraitChart.Kind kind = portrait.kind();
        NormalFormGame g = portrait.gameProperty().get();
        List<PortraitChart.Curve> curves = new ArrayList<>();
        if (kind != null && g != null) {
            for (RunRow r : runs.rows()) {
                if (r.spec().game() == null || !r.spec().game().game().samePayoffs(g)) {
                    continue;
                }
                PortraitChart.Curve c = curve(r, kind);
                if (c != null) {
                    curves.add(c);
                }
            }
        }
        portrait.overlayProperty().set(curves);
    }

    /** A run's path in the portrait's coordinates, or null if its states do not fit the picture. */
    static PortraitChart.Curve curve(RunRow r, PortraitChart.Kind kind) {
        RunRecord rec = r.record().decimate(OVERLAY_POINTS);
        List<double[]> pts = new ArrayList<>();
        for (Snapshot s : rec.snapshots()) {
            Payload p = s.payload("state");
            if (p == null) {
                p = s.payload("average");
            }
            if (p == null) {
                return null;
            }
            double[] x = natural(p, kind);
            if (x == null) {
                return null;
            }
            pts.add(x);
        }
        return pts.isEmpty() ? null : new PortraitChart.Curve(r.name(), pts, r.colour(), true);
    }

    private static double[] natural(Payload p, PortraitChart.Kind kind) {
        switch (kind) {
            case LINE -> {
                double[] row = p.row(0);
                return row.length == 2 ? new double[] {row[0]} : null;
            }
            case SIMPLEX -> {
                double[] row = p.row(0);
                return row.length == 3 ? row : null;
            }
            case SQUARE -> {
                if (p.rowCount() != 2 || p.row(0).length != 2 || p.row(1).length != 2) {
                    return null;
                }
                return new double[] {p.get(0, 0), p.get(1, 0)};
            }
            default -> {
                return null;
            }
        }
    }

    /** "Dynamics — Rock-Paper-Scissors". */
    @Override
    public String tabTitle() {
        return "Dynamics — " + (name.isBlank() ? "untitled game" : name);
    }

    /** "3 runs · 1 active · #3 fp (seed 1): running · step 1,200 of 10,000". */
    @Override
    public String statusLine() {
        RunRow sel = runs.selectedProperty().get();
        return runs.runCounts() + (sel == null ? "" : " · " + sel.shortName() + ": " + sel.summaryProperty().get());
    }

    /** The game, the portrait's dynamic, the runs and the selected run's numbers, one a line. */
    @Override
    public String inspectorText() {
        StringBuilder sb = new StringBuilder();
        NormalFormGame g = portrait.gameProperty().get();
        sb.append("Game: ").append(name.isBlank() ? "untitled" : name);
        if (g != null) {
            sb.append(" (").append(g.numPlayers()).append(" players, ");
            for (int p = 0; p < g.numPlayers(); p++) {
                sb.append(p == 0 ? "" : " × ").append(g.numStrategies(p));
            }
            sb.append(" strategies)");
        }
        sb.append('\n');
        if (portrait.dynamicProperty().get() != null) {
            sb.append("Portrait: ").append(portrait.dynamicProperty().get().title()).append('\n');
        }
        sb.append("Runs: ").append(runs.rows().size()).append(" (").append(runs.activeCount()).append(" active)\n");
        RunRow sel = runs.selectedProperty().get();
        if (sel != null) {
            sb.append("Selected: ").append(sel.name()).append('\n').append(sel.summaryProperty().get()).append('\n');
            if (!Double.isNaN(sel.nashConvProperty().get())) {
                sb.append("NashConv: ").append(RunRow.sci(sel.nashConvProperty().get())).append('\n');
            }
            if (!Double.isNaN(sel.exploitabilityProperty().get())) {
                sb.append("Exploitability: ").append(RunRow.sci(sel.exploitabilityProperty().get())).append('\n');
            }
        }
        return sb.toString().strip();
    }

    @Override
    public long descriptionVersion() {
        return runs.versionProperty().get();
    }

    public PortraitViewModel portrait() {
        return portrait;
    }

    public LiveRunsViewModel runs() {
        return runs;
    }

    public RunLauncherViewModel launcher() {
        return launcher;
    }
}
