package org.gtlab.ui.qre;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.figure.QreFigure;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.math.Rational;
import org.gtlab.solve.ce.CorrelatedEquilibria;
import org.gtlab.solve.logit.LogitSolver;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.workspace.TabDescription;

/**
 * View model of the QRE lab: on the active game it traces the logit QRE principal branch
 * ({@link QreFigure#trace}, λ from 0 to 10⁶, Turocy's predictor–corrector) and computes the
 * maximum-welfare (exact LP) and maximum-entropy (to a constraint violation of 1e-9) correlated
 * equilibria ({@link CorrelatedEquilibria}), all in one background job that can be cancelled; the
 * view shows the per-player QRE charts and the two CE distributions as matrices over action
 * profiles (rows: player 1's strategies; columns: the other players' profiles).
 *
 * <p>Failure modes: no open game is refused with a message (nothing runs); a game the solvers
 * refuse (e.g. more than {@link CorrelatedEquilibria#MAX_PROFILES} profiles for the CE) shows the
 * solver's message; a cancelled job leaves the previous result and says "cancelled".
 */
public final class QreLabModel implements TabDescription {

    /** Shown when the lab has no game to work on. */
    public static final String NO_GAME = "No open game: open or create a game (File ▸ Open / New), then press "
            + "\"Use active game\". The QRE lab works on the active game.";

    /** A correlated equilibrium as a matrix: rows × columns cell texts and a summary line. */
    public record CeMatrix(String title, List<String> rows, List<String> columns, List<List<String>> cells,
            String summary) {
    }

    /** Everything one computation produces. */
    public record Result(NormalFormGame game, LogitSolver.Limit limit, List<XYChart> charts, CeMatrix welfare,
            CeMatrix entropy, String ceError) {
    }

    private final BackgroundExecutor background;
    private final Supplier<NormalFormGame> activeGame;
    private final ObjectProperty<NormalFormGame> game = new SimpleObjectProperty<>();
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private BackgroundExecutor.Job job;
    private long version;

    public QreLabModel(BackgroundExecutor background, Supplier<NormalFormGame> activeGame) {
        this.background = background;
        this.activeGame = activeGame;
    }

    /** Reads the active game and computes on it; with no game, refuses with {@link #NO_GAME}. */
    public void useActiveGame() {
        NormalFormGame g = activeGame.get();
        if (g == null) {
            cancel();
            game.set(null);
            result.set(null);
            message.set(NO_GAME);
            version++;
            return;
        }
        compute(g);
    }

    /** Computes the QRE branch and the CE of {@code g} in the background (cancelling a running job). */
    public void compute(NormalFormGame g) {
        cancel();
        game.set(g);
        running.set(true);
        message.set("tracing the logit QRE branch of " + title(g) + " …");
        version++;
        job = background.submit(() -> solve(g), r -> {
            running.set(false);
            result.set(r);
            message.set(r.ceError() == null ? "limit (λ → ∞): " + QreFigure.describe(g, r.limit())
                    : "limit: " + QreFigure.describe(g, r.limit()) + " · CE: " + r.ceError());
            version++;
        }, e -> {
            running.set(false);
            message.set("failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            version++;
        });
    }

    /** Stops the running job, if any (the previous result stays). */
    public void cancel() {
        if (job != null && !job.isDone()) {
            job.cancel();
            message.set("cancelled");
            version++;
        }
        job = null;
        running.set(false);
    }

    /** The whole computation (runs off the UI thread). */
    static Result solve(NormalFormGame g) {
        LogitSolver.Limit limit = QreFigure.trace(g);
        List<XYChart> charts = new ArrayList<>();
        for (int p = 0; p < g.numPlayers(); p++) {
            charts.add(QreFigure.chart(g, limit, p));
        }
        try {
            CorrelatedEquilibria.Exact w = CorrelatedEquilibria.maxWelfare(g);
            CorrelatedEquilibria.Approximate h = CorrelatedEquilibria.maxEntropy(g, 1e-9, 200_000);
            StringBuilder ws = new StringBuilder("payoffs ");
            StringBuilder hs = new StringBuilder("payoffs ");
            for (int p = 0; p < g.numPlayers(); p++) {
                ws.append(p == 0 ? "" : ", ").append(g.playerName(p)).append(" ").append(w.payoffs()[p]);
                hs.append(p == 0 ? "" : ", ").append(g.playerName(p)).append(" ").append(dec(h.payoffs()[p]));
            }
            ws.append(" · welfare ").append(w.welfare());
            hs.append(String.format(Locale.ROOT, " · entropy %.4f nats · max violation %.1e", h.entropy(),
                    h.maxViolation()));
            String[] wc = new String[g.numProfiles()];
            String[] hc = new String[g.numProfiles()];
            for (int i = 0; i < wc.length; i++) {
                Rational r = w.distribution()[i];
                wc[i] = r.toString();
                hc[i] = dec(h.distribution()[i]);
            }
            return new Result(g, limit, List.copyOf(charts), matrix(g, "Max-welfare CE (exact)", wc, ws.toString()),
                    matrix(g, "Max-entropy CE", hc, hs.toString()), null);
        } catch (IllegalArgumentException e) {
            return new Result(g, limit, List.copyOf(charts), null, null, e.getMessage());
        }
    }

    private static String dec(double v) {
        return String.format(Locale.ROOT, "%.4f", Math.abs(v) < 5e-5 ? 0.0 : v);
    }

    /** Profile-indexed texts as a matrix: rows = player 1's strategies, columns = the others' profiles. */
    static CeMatrix matrix(NormalFormGame g, String title, String[] byProfile, String summary) {
        List<String> rows = g.strategyLabels(0);
        List<int[]> others = new ArrayList<>();
        int[] shape = g.shape();
        int[] cur = new int[g.numPlayers()];
        int count = g.numProfiles() / shape[0];
        for (int c = 0; c < count; c++) {
            others.add(cur.clone());
            for (int p = g.numPlayers() - 1; p >= 1; p--) {
                if (++cur[p] < shape[p]) {
                    break;
                }
                cur[p] = 0;
            }
        }
        List<String> columns = new ArrayList<>();
        for (int[] o : others) {
            StringBuilder b = new StringBuilder();
            for (int p = 1; p < g.numPlayers(); p++) {
                b.append(p == 1 ? "" : ", ").append(g.strategyLabels(p).get(o[p]));
            }
            columns.add(b.toString());
        }
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int[] o : others) {
                int[] prof = o.clone();
                prof[0] = r;
                row.add(byProfile[g.profileIndex(prof)]);
            }
            cells.add(List.copyOf(row));
        }
        return new CeMatrix(title, List.copyOf(rows), List.copyOf(columns), List.copyOf(cells), summary);
    }

    /**
     * Exports player {@code player}'s QRE chart (format from the file name: png, svg, pdf, tex) with
     * its {@code qre} recipe, so {@code gtlab export RECIPE OUT} re-makes it.
     *
     * @return the recipe's path
     * @throws IllegalStateException if nothing has been computed yet
     */
    public Path export(int player, Path target) throws IOException {
        Result r = result.get();
        if (r == null) {
            throw new IllegalStateException("no QRE figure to export yet");
        }
        return Exporter.write(new Exporter.Request(r.charts().get(player), ExportFormat.ofFileName(
                target.getFileName().toString()), ExportSize.PAPER_COLUMN, 150, true, ChartStyle.paper()), target,
                Recipe.qre(r.game(), player));
    }

    private static String title(NormalFormGame g) {
        return g.title() == null || g.title().isBlank() ? "the game" : g.title();
    }

    public ReadOnlyObjectProperty<NormalFormGame> gameProperty() {
        return game;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    @Override
    public String tabTitle() {
        return "QRE & CE — " + (game.get() == null ? "no game" : title(game.get()));
    }

    @Override
    public String statusLine() {
        return message.get();
    }

    @Override
    public String inspectorText() {
        Result r = result.get();
        if (r == null) {
            return message.get();
        }
        return "game: " + title(r.game()) + "\nQRE limit: " + QreFigure.describe(r.game(), r.limit())
                + "\nbranch points: " + r.limit().branch().points().size()
                + (r.welfare() == null ? "" : "\nmax-welfare CE: " + r.welfare().summary());
    }

    @Override
    public long descriptionVersion() {
        return version;
    }
}
