package org.gtlab.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import org.gtlab.chart.Chart;
import org.gtlab.chart.ChartStyle;
import org.gtlab.chart.XYChart;
import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.solve.SolveViewModel;

/**
 * The Diagrams view: best-response square (2×2) and upper envelopes (2×n, m×2), redrawn live on
 * every edit and whenever new equilibria arrive.
 */
public final class DiagramView extends StackPane {

    private final EditorViewModel editor;
    private final SolveViewModel solve;
    private final GridPane grid = new GridPane();
    private final Label empty = new Label();
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final List<ChartCanvas> canvases = new ArrayList<>();

    public DiagramView(EditorViewModel editor, SolveViewModel solve) {
        this.editor = editor;
        this.solve = solve;
        setId("diagramView");
        grid.getStyleClass().add("diagram-pane");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        getChildren().addAll(grid, empty);
        editor.versionProperty().addListener((o, a, b) -> refresh());
        solve.versionProperty().addListener((o, a, b) -> refresh());
        chartStyle.addListener((o, a, b) -> canvases.forEach(c -> c.chartStyleProperty().set(b)));
        refresh();
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    /** The charts currently shown (for export). */
    public List<Chart> charts() {
        return charts(editor.getGame());
    }

    private List<Chart> charts(NormalFormGame g) {
        List<StrategyProfile> eq = equilibria(g);
        List<Chart> out = new ArrayList<>();
        if (Diagrams.hasSquare(g)) {
            out.add(Diagrams.bestResponseSquare(g, eq));
        }
        if (Diagrams.hasEnvelope(g)) {
            if (g.numStrategies(0) == 2) {
                out.add(Diagrams.envelope(g, 1, eq));
            }
            if (g.numStrategies(1) == 2) {
                out.add(Diagrams.envelope(g, 0, eq));
            }
        }
        return out;
    }

    private List<StrategyProfile> equilibria(NormalFormGame g) {
        if (solve.solvedGameProperty().get() != g || solve.resultProperty().get() == null) {
            return List.of();
        }
        return solve.resultProperty().get().equilibria();
    }

    private void refresh() {
        NormalFormGame g = editor.getGame();
        List<Chart> charts = charts(g);
        if (charts.isEmpty()) {
            grid.setVisible(false);
            empty.setVisible(true);
            empty.setText("Diagrams are drawn for two-player games where one player has two strategies\n"
                    + "(best-response square for 2×2, upper envelope for 2×n and m×2).\nThis game is "
                    + shape(g) + ".");
            return;
        }
        grid.setVisible(true);
        empty.setVisible(false);
        while (canvases.size() < charts.size()) {
            ChartCanvas c = new ChartCanvas();
            c.chartStyleProperty().set(chartStyle.get());
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            canvases.add(c);
        }
        grid.getChildren().clear();
        for (int i = 0; i < charts.size(); i++) {
            ChartCanvas c = canvases.get(i);
            c.setId("diagram" + i);
            c.chartProperty().set(charts.get(i));
            grid.add(c, i % 2, i / 2);
        }
    }

    /** The chart of canvas i, if shown. */
    public XYChart chart(int i) {
        List<Chart> c = charts();
        return i < c.size() ? (XYChart) c.get(i) : null;
    }

    private static String shape(NormalFormGame g) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            b.append(p == 0 ? "" : "×").append(g.numStrategies(p));
        }
        return b.toString() + (g.numPlayers() == 2 ? "" : " (" + g.numPlayers() + " players)");
    }
}
