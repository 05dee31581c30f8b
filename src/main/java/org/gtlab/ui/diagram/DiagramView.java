package org.gtlab.ui.diagram;

import org.gtlab.figure.Diagrams;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.XYChart;
import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.solve.SolveViewModel;

/**
 * The Diagrams view: best-response square (2×2) and upper envelopes (2×n, m×2), redrawn live on
 * every edit and whenever new equilibria arrive. The charts share the view's space
 * ({@link ChartGrid}): with three charts the square takes the full height on the left and the two
 * envelopes are stacked on the right. On screen the caption (game and number of equilibria, the
 * same for every chart) is shown once under the charts; exports keep it in every chart.
 */
public final class DiagramView extends StackPane {

    private final EditorViewModel editor;
    private final SolveViewModel solve;
    private final ChartGrid grid = new ChartGrid();
    private final Label caption = new Label();
    private final BorderPane content = new BorderPane();
    private final Label empty = new Label();
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final List<ChartCanvas> canvases = new ArrayList<>();
    private String captionText = "";

    public DiagramView(EditorViewModel editor, SolveViewModel solve) {
        this.editor = editor;
        this.solve = solve;
        setId("diagramView");
        grid.getStyleClass().add("diagram-pane");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        caption.getStyleClass().add("muted");
        caption.setId("diagramCaption");
        caption.setWrapText(true);
        BorderPane.setAlignment(caption, Pos.CENTER);
        BorderPane.setMargin(caption, new Insets(0, 0, 6, 0));
        content.setCenter(grid);
        content.setBottom(caption);
        getChildren().addAll(content, empty);
        editor.versionProperty().addListener((o, a, b) -> refresh());
        solve.versionProperty().addListener((o, a, b) -> refresh());
        chartStyle.addListener((o, a, b) -> canvases.forEach(c -> c.chartStyleProperty().set(b)));
        refresh();
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    /**
     * A diagram as shown, with what re-makes it.
     *
     * @param diagram "square", "envelope-1" (player 1's) or "envelope-2" (player 2's), as in recipes
     */
    public record Figure(Chart chart, String diagram, NormalFormGame game, List<StrategyProfile> equilibria) {
    }

    /** The charts currently shown (for export). */
    public List<Chart> charts() {
        return charts(editor.getGame());
    }

    /** The diagrams currently shown, with their game and equilibria (for export and recipes). */
    public List<Figure> figures() {
        return figures(editor.getGame());
    }

    private List<Chart> charts(NormalFormGame g) {
        List<Chart> out = new ArrayList<>();
        for (Figure f : figures(g)) {
            out.add(f.chart());
        }
        return out;
    }

    private List<Figure> figures(NormalFormGame g) {
        List<StrategyProfile> eq = equilibria(g);
        List<Figure> out = new ArrayList<>();
        if (Diagrams.hasSquare(g)) {
            out.add(new Figure(Diagrams.bestResponseSquare(g, eq), "square", g, eq));
        }
        if (Diagrams.hasEnvelope(g)) {
            if (g.numStrategies(0) == 2) {
                out.add(new Figure(Diagrams.envelope(g, 1, eq), "envelope-2", g, eq));
            }
            if (g.numStrategies(1) == 2) {
                out.add(new Figure(Diagrams.envelope(g, 0, eq), "envelope-1", g, eq));
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
            content.setVisible(false);
            empty.setVisible(true);
            empty.setText("Diagrams are drawn for two-player games where one player has two strategies\n"
                    + "(best-response square for 2×2, upper envelope for 2×n and m×2).\nThis game is "
                    + shape(g) + ".");
            return;
        }
        content.setVisible(true);
        empty.setVisible(false);
        while (canvases.size() < charts.size()) {
            ChartCanvas c = new ChartCanvas();
            c.chartStyleProperty().set(chartStyle.get());
            canvases.add(c);
        }
        List<Node> shown = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            ChartCanvas c = canvases.get(i);
            c.setId("diagram" + i);
            c.chartProperty().set(withoutCaption(charts.get(i)));
            shown.add(c);
        }
        grid.getChildren().setAll(shown);
        captionText = charts.get(0).caption();
        caption.setText(captionText);
        grid.requestLayout();
    }

    private static Chart withoutCaption(Chart c) {
        if (c instanceof XYChart x && !x.caption().isEmpty()) {
            return new XYChart(x.title(), "", x.x(), x.y(), x.series(), x.markers(), x.legend(), x.square());
        }
        return c;
    }

    /**
     * Lays out one to three charts in the available space: one fills it; two sit side by side
     * (stacked when the view is taller than wide); three put the first (the best-response square)
     * at full height on the left and stack the other two on the right, or all three in a row when
     * the view is more than 2.4 times as wide as high. When that arrangement would shorten a
     * title, axis label, legend entry or equilibrium label with "…" (a narrow side-by-side pane,
     * lecture mode's large type), the other arrangements (a column, a row, two columns) are tried
     * and the first that keeps every label whole is used; if none does, the last charts (the
     * envelopes) are left out, and the caption says so, until the rest fit whole.
     */
    final class ChartGrid extends javafx.scene.layout.Pane {
        static final double GAP = 10;
        /** The smallest plot side (pixels) an arrangement may leave a chart. */
        static final double MIN_PLOT = 120;
        private final javafx.scene.canvas.Canvas probe = new javafx.scene.canvas.Canvas(1, 1);
        private final org.jfree.fx.FXGraphics2D probeG2 = new org.jfree.fx.FXGraphics2D(probe.getGraphicsContext2D());
        private int shortened;
        private int hidden;

        ChartGrid() {
            getStyleClass().add("diagram-pane");
        }

        @Override
        protected void layoutChildren() {
            List<Node> kids = getManagedChildren();
            Insets in = getInsets();
            double x0 = in.getLeft();
            double y0 = in.getTop();
            double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
            double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
            int all = kids.size();
            Arrangement best = Arrangement.DEFAULT;
            int fewest = Integer.MAX_VALUE;
            int n = all;
            // the most charts (in order: square first) that fit some arrangement with every label whole
            for (int k = all; k >= 1 && fewest > 0; k--) {
                for (Arrangement a : Arrangement.values()) {
                    int s = shortenedLabels(kids.subList(0, k), a, w, h);
                    if (s < fewest || k == all && fewest == Integer.MAX_VALUE) {
                        fewest = s;
                        best = a;
                        n = k;
                    }
                    if (s == 0) {
                        break;
                    }
                }
            }
            if (fewest > 0) {
                // nothing fits whole: all charts, as few labels shortened as possible
                n = all;
                fewest = Integer.MAX_VALUE;
                for (Arrangement a : Arrangement.values()) {
                    int s = shortenedLabels(kids, a, w, h);
                    if (s < fewest) {
                        fewest = s;
                        best = a;
                    }
                }
            }
            shortened = fewest;
            hidden = all - n;
            for (int i = 0; i < all; i++) {
                kids.get(i).setVisible(i < n);
                double[] r = i < n ? cell(best, i, n, w, h) : new double[] {0, 0, 0, 0};
                kids.get(i).resizeRelocate(snapPositionX(x0 + r[0]), snapPositionY(y0 + r[1]), snapSizeX(r[2]),
                        snapSizeY(r[3]));
            }
            String more = hidden == 0 ? "" : " · " + hidden + " more in the Diagrams tab (Ctrl+4 undocks)";
            String text = captionText + more;
            if (!text.equals(caption.getText())) {
                // not during this layout pass: the caption is laid out by the parent, before this grid
                javafx.application.Platform.runLater(() -> caption.setText(text));
            }
        }

        /** Labels shortened with "…" if the charts were laid out as {@code a}. */
        private int shortenedLabels(List<Node> kids, Arrangement a, double w, double h) {
            if (w < 2 || h < 2) {
                return 0;
            }
            int k = 0;
            for (int i = 0; i < kids.size(); i++) {
                if (kids.get(i) instanceof ChartCanvas c && c.chartProperty().get() instanceof XYChart x) {
                    double[] r = cell(a, i, kids.size(), w, h);
                    k += shortened(org.gtlab.chart.layout.XYLayout.of(probeG2, x, chartStyle.get(), r[2], r[3]));
                }
            }
            return k;
        }

        private static int shortened(org.gtlab.chart.layout.XYLayout l) {
            List<String> texts = new ArrayList<>();
            if (l.title != null) {
                texts.add(l.title.text());
            }
            l.xLabel.forEach(t -> texts.add(t.text()));
            texts.addAll(l.yLabel);
            if (l.yLabelTop != null) {
                texts.add(l.yLabelTop.text());
            }
            l.legend.forEach(e -> texts.add(e.text()));
            l.markerLabels.forEach(m -> texts.add(m.text()));
            // a plot squeezed below a readable size counts as a label lost (its legend would be cut)
            int squeezed = l.plot.getWidth() < MIN_PLOT || l.plot.getHeight() < MIN_PLOT ? 1 : 0;
            return squeezed + (int) texts.stream().filter(t -> t != null && t.endsWith("…")).count();
        }

        @Override
        protected double computePrefWidth(double height) {
            return 720;
        }

        @Override
        protected double computePrefHeight(double width) {
            return 520;
        }
    }

    /** How the charts share the view. */
    enum Arrangement { DEFAULT, COLUMN, ROW, TWO_COLUMNS }

    /** Labels shortened with "…" in the charts as laid out now (0 when every label is whole). */
    public int shortenedLabels() {
        return grid.shortened;
    }

    /** Charts left out because no arrangement of them all keeps every label whole (they show in a wider view). */
    public int hiddenCharts() {
        return grid.hidden;
    }

    /** Cell {@code i} of {@code n} in a {@code w × h} area: x, y, width, height. */
    static double[] cell(int i, int n, double w, double h) {
        return cell(Arrangement.DEFAULT, i, n, w, h);
    }

    static double[] cell(Arrangement a, int i, int n, double w, double h) {
        double g = ChartGrid.GAP;
        if (n <= 1) {
            return new double[] {0, 0, w, h};
        }
        switch (a) {
            case COLUMN -> {
                double ch = (h - (n - 1) * g) / n;
                return new double[] {0, i * (ch + g), w, ch};
            }
            case ROW -> {
                double cw = (w - (n - 1) * g) / n;
                return new double[] {i * (cw + g), 0, cw, h};
            }
            case TWO_COLUMNS -> {
                int rows = (n + 1) / 2;
                double cw = (w - g) / 2;
                double ch = (h - (rows - 1) * g) / rows;
                return new double[] {(i % 2) * (cw + g), (i / 2) * (ch + g), cw, ch};
            }
            default -> {
            }
        }
        if (n == 2) {
            return w >= h ? new double[] {i * (w + g) / 2, 0, (w - g) / 2, h}
                    : new double[] {0, i * (h + g) / 2, w, (h - g) / 2};
        }
        if (n == 3 && w > 2.4 * h) {
            double cw = (w - 2 * g) / 3;
            return new double[] {i * (cw + g), 0, cw, h};
        }
        if (n == 3 && w >= 0.8 * h) {
            // the square's column: wide enough for a plot of about the height, within 45–55 %
            double c0 = Math.max(0.45 * (w - g), Math.min(0.55 * (w - g), 0.85 * h));
            double ch = (h - g) / 2;
            return i == 0 ? new double[] {0, 0, c0, h}
                    : new double[] {c0 + g, (i - 1) * (ch + g), w - g - c0, ch};
        }
        // a narrow view (or more charts): two columns of rows
        return cell(Arrangement.TWO_COLUMNS, i, n, w, h);
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
