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
public final class DynamicsViewModel {

    /** Points per run curve in the portrait. */
    static final int OVERLAY_POINTS = 400;

    private final PortraitViewModel portrait;
    private final LiveRunsViewModel runs;
    private final RunLauncherViewModel launcher;

    public DynamicsViewModel(RunExecutor runExecutor, BackgroundExecutor background, NormalFormGame game, String name) {
        this.portrait = new PortraitViewModel(background, game);
        this.runs = new LiveRunsViewModel(runExecutor);
        this.launcher = new RunLauncherViewModel(runs, game, name);
        portrait.resultProperty().addListener((o, a, b) -> updateOverlay());
        runs.versionProperty().addListener((o, a, b) -> updateOverlay());
    }

    /** The document's game changed. */
    public void setGame(NormalFormGame g, String name) {
        portrait.baseGameProperty().set(Objects.requireNonNull(g, "game"));
        launcher.setDocumentGame(g, name);
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
