package org.gtlab.ui.sweep;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.HeatMapChart;
import org.gtlab.chart.model.Palette;
import org.gtlab.io.AtomicFiles;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.RunSpec;
import org.gtlab.ui.common.FrameTimer;

/**
 * The Phase diagram view of a game document: X, Y (editable lists of the declared parameters, written
 * {@code NAME:LO:HI:N[:log|:int]}), metric, method and backend; Start and Cancel; the map filling
 * in live (≤ 30 frames a second from the latest snapshot) with a progress line; the map fills its pane
 * and follows it when the window (or lecture mode) resizes it, with the axis values as ticks at the cell
 * centres beside and below it; a legend with the category names, or the continuous value range and a
 * colour bar (decade ticks and a "≤ 0" note on a logarithmic map such as coopetition map 1); hover reads a cell's parameters and value; the
 * current game's values of two payoff axes are marked with a ring; Export writes PNG, SVG, PDF,
 * TikZ/PGFPlots (from the one chart path) or CSV, each with its recipe.
 */
public final class PhaseDiagramView extends BorderPane implements AutoCloseable {

    private final PhaseDiagramViewModel vm;
    /** The map's cells exactly (hit-testing is in its own coordinates); sized by {@link MapPane}. */
    private final Canvas canvas = new Canvas(480, 420);
    /** Tick labels of the y axis (left of the map) and of the x axis (below it), at the cell centres. */
    private final Canvas yAxis = new Canvas(60, 420);
    private final Canvas xAxis = new Canvas(480, 44);
    /** The colour bar of a continuous map (decade ticks on a logarithmic one). */
    private final Canvas bar = new Canvas(96, 220);
    private final VBox legend = new VBox(4);
    private final Label hover = new Label();
    private PhaseDiagramViewModel.Frame shown;
    private ChartStyle style = ChartStyle.paper();

    public PhaseDiagramView(PhaseDiagramViewModel vm) {
        this.vm = vm;
        setId("phaseDiagramView");
        ComboBox<String> x = axisBox(vm.xProperty(), "sweepX");
        ComboBox<String> y = axisBox(vm.yProperty(), "sweepY");
        ComboBox<String> method = new ComboBox<>();
        method.setId("sweepMethod");
        method.getItems().setAll(vm.methods());
        method.valueProperty().bindBidirectional(vm.methodProperty());
        ComboBox<String> metric = new ComboBox<>();
        metric.setId("sweepMetric");
        metric.getItems().setAll(vm.metrics());
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        vm.metricProperty().addListener((o, a, b) -> {
            if (vm.isMapMethod(vm.methodProperty().get())) {
                axisLists(x, y);
            }
        });
        vm.methodProperty().addListener((o, a, b) -> {
            String m = vm.metricProperty().get();
            metric.getItems().setAll(vm.metrics());
            vm.metricProperty().set(m);
            axisLists(x, y);
        });
        ComboBox<String> backend = new ComboBox<>();
        backend.setId("sweepBackend");
        backend.getItems().setAll(vm.backends());
        backend.valueProperty().bindBidirectional(vm.backendProperty());
        Button start = new Button("Start");
        start.setId("sweepStart");
        start.setDefaultButton(true);
        start.setOnAction(e -> {
            vm.start();
            legend.getChildren().clear();
        });
        Button cancel = new Button("Cancel");
        cancel.setId("sweepCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button export = new Button("Export…");
        export.setId("sweepExport");
        export.setOnAction(e -> export());
        FlowPane form = new FlowPane(8, 6, new Label("X"), x, new Label("Y"), y, new Label("Method"), method,
                new Label("Metric"), metric, new Label("Backend"), backend, start, cancel, export);
        form.setAlignment(Pos.CENTER_LEFT);
        form.setPadding(new Insets(6));
        setTop(form);
        canvas.setId("sweepCanvas");
        yAxis.setId("sweepYAxis");
        xAxis.setId("sweepXAxis");
        bar.setId("sweepColourBar");
        setCenter(new MapPane());
        legend.setPadding(new Insets(6));
        legend.setId("sweepLegend");
        setRight(legend);
        Label status = new Label();
        status.setId("sweepStatus");
        status.textProperty().bind(vm.statusProperty());
        hover.setId("sweepHover");
        VBox bottom = new VBox(2, status, hover);
        bottom.setPadding(new Insets(4, 6, 6, 6));
        setBottom(bottom);
        canvas.setOnMouseMoved(e -> hover.setText(describe(e.getX(), e.getY())));
        // a click opens the run behind the cell in the document's Dynamics run list
        canvas.setOnMouseClicked(e -> {
            int[] c = cellAt(e.getX(), e.getY());
            if (c != null) {
                vm.openCell(c[0], c[1]);
            }
        });
        FrameTimer.attach(this, 1_000_000_000L / 30, this::frame);
    }

    private List<String> axisItems() {
        return vm.parameters().stream().map(vm::axisItem).toList(); // a game parameter over its range
    }

    /** New axis lists, keeping the texts (an editable box may drop a value that left its list). */
    private void axisLists(ComboBox<String> x, ComboBox<String> y) {
        String xv = vm.xProperty().get();
        String yv = vm.yProperty().get();
        x.getItems().setAll(axisItems());
        y.getItems().setAll(axisItems());
        vm.xProperty().set(xv);
        vm.yProperty().set(yv);
    }

    private ComboBox<String> axisBox(javafx.beans.property.StringProperty p, String id) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setEditable(true);
        c.setPrefWidth(200);
        c.getItems().setAll(axisItems());
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    /** Sets the chart style used for exports. */
    public void setChartStyle(ChartStyle s) {
        style = s == null ? ChartStyle.paper() : s;
    }

    public PhaseDiagramViewModel model() {
        return vm;
    }

    /** Cancels the running sweep (its tab or window closed). */
    @Override
    public void close() {
        vm.cancel();
    }

    private void frame() {
        vm.poll();
        PhaseDiagramViewModel.Frame d = vm.frame();
        if (d != null && d != shown) {
            shown = d;
            draw(d);
            vm.drawn(d);
        }
    }

    private static Color colour(PhaseDiagramViewModel.Frame d, double v) {
        if (Double.isNaN(v)) {
            return Color.gray(0.85);
        }
        java.awt.Color c;
        if (d.categorical()) {
            List<java.awt.Color> pal = Palette.SERIES;
            c = pal.get(Math.floorMod((int) v, pal.size()));
        } else {
            HeatMapChart h = d.colourScale();
            c = h == null ? null : h.colour(v);
            if (c == null) {
                return Color.gray(0.85);
            }
        }
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * The centre pane: the map canvas filling it (less the axis strips), so the map grows and shrinks
     * with the window (cells need not be square); the y-axis strip on its left, the x-axis strip below.
     * Every resize redraws the shown frame; hover and click map canvas points to cells by the canvas's
     * current size, so hit-testing holds at any size.
     */
    private final class MapPane extends Pane {
        static final double TOP = 6;
        static final double RIGHT = 10;

        MapPane() {
            getChildren().addAll(canvas, yAxis, xAxis);
            setPrefSize(560, 470);
            setMinSize(160, 140);
        }

        @Override
        protected void layoutChildren() {
            double em = fontSize();
            double left = Math.round(em * 5.5);
            double bottom = Math.round(em * 3.4);
            double w = Math.max(40, getWidth() - left - RIGHT);
            double h = Math.max(40, getHeight() - TOP - bottom);
            boolean changed = canvas.getWidth() != w || canvas.getHeight() != h || yAxis.getWidth() != left
                    || xAxis.getHeight() != bottom;
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.relocate(left, TOP);
            yAxis.setWidth(left);
            yAxis.setHeight(h + TOP + bottom);
            yAxis.relocate(0, 0);
            xAxis.setWidth(w + RIGHT);
            xAxis.setHeight(bottom);
            xAxis.relocate(left, TOP + h);
            if (changed && shown != null) {
                draw(shown);
            }
        }
    }

    /** The font size of the view's labels (larger in lecture mode). */
    private double fontSize() {
        return Math.max(9, hover.getFont().getSize());
    }

    private void draw(PhaseDiagramViewModel.Frame d) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        drawCells(g, d, w, h);
        drawAxes(d);
        drawOverlays(g, d, w, h);
        double[] m = d.marker();
        if (m != null) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(2);
            g.strokeOval(m[0] * w - 6, h - m[1] * h - 6, 12, 12);
        }
        legend.getChildren().clear();
        legend.getChildren().add(new Label(d.label()));
        if (d.categorical()) {
            for (int k : d.present()) {
                Label l = new Label(d.categories().get(k));
                javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(12, 12, colour(d, k));
                l.setGraphic(r);
                legend.getChildren().add(l);
            }
        } else if (d.lo() <= d.hi()) {
            Label max = new Label("max " + HeatMapChart.format(d.hi()));
            max.setId("sweepLegendMax");
            Label min = new Label("min " + HeatMapChart.format(d.lo()) + (d.log() ? " (log scale)" : ""));
            min.setId("sweepLegendMin");
            drawBar(d);
            legend.getChildren().addAll(max, bar, min);
            if (d.hasNonPositive()) {
                Label note = new Label(org.gtlab.chart.render.HeatMapRenderer.NON_POSITIVE_NOTE);
                note.setId("sweepLegendNonPositive");
                note.setGraphic(new javafx.scene.shape.Rectangle(12, 12, Color.gray(0.85)));
                legend.getChildren().add(note);
            }
        }
    }

    /** The tick positions of the colour bar, 0 at min and 1 at max: the decades of a log map, else the ends. */
    static double[] barTicks(HeatMapChart scale) {
        if (scale.scale() == HeatMapChart.Scale.LOG) {
            return HeatMapChart.decades(scale.min(), scale.max());
        }
        return new double[] {scale.min(), scale.max()};
    }

    /** The colour bar: the scale's colours bottom (min) to top (max), ticks and labels at {@link #barTicks}. */
    private void drawBar(PhaseDiagramViewModel.Frame d) {
        HeatMapChart sc = d.colourScale();
        GraphicsContext g = bar.getGraphicsContext2D();
        double em = fontSize();
        bar.setHeight(Math.max(120, Math.min(canvas.getHeight() * 0.6, em * 18)));
        bar.setWidth(em * 7);
        g.clearRect(0, 0, bar.getWidth(), bar.getHeight());
        if (sc == null) {
            return;
        }
        double top = em * 0.6;
        double bh = bar.getHeight() - 2 * top;
        double bw = em * 1.1;
        int steps = 96;
        for (int k = 0; k < steps; k++) {
            java.awt.Color c = sc.colour(sc.barValue(1 - (k + 0.5) / steps));
            g.setFill(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            g.fillRect(0, top + k * bh / steps, bw, bh / steps + 0.5);
        }
        g.setStroke(Color.gray(0.55));
        g.setLineWidth(1);
        g.strokeRect(0.5, top, bw, bh);
        g.setFont(javafx.scene.text.Font.font(em * 0.9));
        g.setFill(Color.gray(0.15));
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        double last = Double.NaN;
        for (double v : barTicks(sc)) {
            double y = top + (1 - sc.barPosition(v)) * bh;
            g.strokeLine(bw - 4, y, bw + 3, y);
            if (Double.isNaN(last) || Math.abs(last - y) >= em) {
                g.fillText(HeatMapChart.format(v), bw + 5, y);
                last = y;
            }
        }
    }

    /**
     * The axis strips: each column's x value and each row's y value at the cell centre (every k-th when
     * the labels would overlap; always the first and the last), and the axis names.
     */
    private void drawAxes(PhaseDiagramViewModel.Frame d) {
        double em = fontSize();
        javafx.scene.text.Font f = javafx.scene.text.Font.font(em * 0.9);
        double cw = canvas.getWidth() / d.nx();
        double ch = canvas.getHeight() / d.ny();
        GraphicsContext gx = xAxis.getGraphicsContext2D();
        gx.clearRect(0, 0, xAxis.getWidth(), xAxis.getHeight());
        gx.setFont(f);
        gx.setFill(Color.gray(0.15));
        gx.setStroke(Color.gray(0.45));
        gx.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        gx.setTextBaseline(javafx.geometry.VPos.TOP);
        double widest = 0;
        for (String t : d.xTicks()) {
            widest = Math.max(widest, textWidth(t, f));
        }
        int stepX = tickStep(d.nx(), (widest + em * 0.6) / cw);
        for (int i = 0; i < d.xTicks().size(); i++) {
            double x = (i + 0.5) * cw;
            gx.strokeLine(x, 0, x, 4);
            if (i % stepX == 0 || i == d.nx() - 1 && (d.nx() - 1) % stepX >= stepX / 2.0) {
                gx.fillText(d.xTicks().get(i), x, 5);
            }
        }
        gx.setFill(Color.gray(0.35));
        gx.fillText(d.xName(), canvas.getWidth() / 2, 5 + em * 1.3);
        GraphicsContext gy = yAxis.getGraphicsContext2D();
        double top = MapPane.TOP;
        gy.clearRect(0, 0, yAxis.getWidth(), yAxis.getHeight());
        gy.setFont(f);
        gy.setFill(Color.gray(0.15));
        gy.setStroke(Color.gray(0.45));
        gy.setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
        gy.setTextBaseline(javafx.geometry.VPos.CENTER);
        double right = yAxis.getWidth();
        int stepY = tickStep(d.ny(), em * 1.1 / ch);
        for (int j = 0; j < d.yTicks().size(); j++) {
            double y = top + canvas.getHeight() - (j + 0.5) * ch;
            gy.strokeLine(right - 4, y, right, y);
            if (j % stepY == 0 || j == d.ny() - 1 && (d.ny() - 1) % stepY >= stepY / 2.0) {
                gy.fillText(clipText(d.yTicks().get(j), f, right - em * 1.8), right - 6, y);
            }
        }
        gy.save();
        gy.setFill(Color.gray(0.35));
        gy.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        gy.translate(em * 0.7, top + canvas.getHeight() / 2);
        gy.rotate(-90);
        gy.fillText(d.yName(), 0, 0);
        gy.restore();
    }

    /** Every k-th label so labels {@code span} cells wide do not overlap. */
    static int tickStep(int n, double span) {
        return Math.max(1, Math.min(Math.max(1, n), (int) Math.ceil(span - 1e-9)));
    }

    private static double textWidth(String t, javafx.scene.text.Font f) {
        javafx.scene.text.Text x = new javafx.scene.text.Text(t);
        x.setFont(f);
        return x.getLayoutBounds().getWidth();
    }

    private static String clipText(String t, javafx.scene.text.Font f, double max) {
        String s = t;
        while (s.length() > 1 && textWidth(s, f) > max) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals(t) ? t : s + "…";
    }

    /**
     * The cells as one nx × ny image (a pixel per cell, y upwards) scaled to the canvas without
     * smoothing: one draw call instead of nx · ny rectangles, and one colour scale per frame.
     */
    static void drawCells(GraphicsContext g, PhaseDiagramViewModel.Frame d, double w, double h) {
        int nx = d.nx();
        int ny = d.ny();
        // no scale while nothing is known (lo > hi): every cell is then NaN and drawn grey; a log map
        // greys its cells ≤ 0 (no logarithm)
        HeatMapChart scale = d.colourScale();
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = d.value(i, j);
                java.awt.Color c = Double.isNaN(v) || !d.categorical() && scale == null ? new java.awt.Color(217, 217, 217)
                        : d.categorical() ? Palette.SERIES.get(Math.floorMod((int) v, Palette.SERIES.size()))
                        : scale.colour(v) == null ? new java.awt.Color(217, 217, 217) : scale.colour(v);
                argb[(ny - 1 - j) * nx + i] = 0xff000000 | (c.getRed() << 16) | (c.getGreen() << 8) | c.getBlue();
            }
        }
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(nx, ny);
        img.getPixelWriter().setPixels(0, 0, nx, ny, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, nx);
        g.setImageSmoothing(false);
        g.drawImage(img, 0, 0, w, h);
    }

    /**
     * The map's overlay layer on the canvas, in the chart's grid units (x along the columns, y down the
     * rows from the top): bands shaded, iso-lines over a light halo with a dash
     * pattern each, points as ringed dots, every layer labelled (the same layer the exports draw).
     */
    private static void drawOverlays(GraphicsContext g, PhaseDiagramViewModel.Frame d, double w, double h) {
        double cw = w / d.nx();
        double ch = h / d.ny();
        int line = 0;
        g.save();
        g.setFont(javafx.scene.text.Font.font(11));
        for (HeatMapChart.Overlay o : d.overlays()) {
            if (o.kind() == HeatMapChart.Overlay.Kind.BAND) {
                // one path of all band cells, filled once (no seams where cells meet)
                boolean[][] in = o.cells();
                g.setFill(Color.rgb(0, 0, 0, 0.18));
                g.beginPath();
                for (int r = 0; r < in.length; r++) {
                    for (int c = 0; c < in[r].length; c++) {
                        if (in[r][c]) {
                            g.rect(c * cw, r * ch, cw, ch);
                        }
                    }
                }
                g.fill();
            } else if (o.kind() == HeatMapChart.Overlay.Kind.ISOLINE) {
                double[] seg = o.segments();
                g.setLineDashes((double[]) null);
                strokeSegments(g, seg, cw, ch, Color.rgb(255, 255, 255, 0.7), 3.2);
                double[][] dashes = {null, {6, 3}, {1.5, 2.5}, {6, 2, 1.5, 2}};
                g.setLineDashes(dashes[line % dashes.length]);
                strokeSegments(g, seg, cw, ch, Color.BLACK, 1.6);
                g.setLineDashes((double[]) null);
                line++;
            }
        }
        for (HeatMapChart.Overlay o : d.overlays()) {
            if (o.kind() == HeatMapChart.Overlay.Kind.POINTS) {
                for (HeatMapChart.Overlay.Mark mk : o.marks()) {
                    double px = mk.x() * cw;
                    double py = mk.y() * ch;
                    g.setFill(Color.WHITE);
                    g.fillOval(px - 5, py - 5, 10, 10);
                    g.setFill(Color.BLACK);
                    g.fillOval(px - 3.5, py - 3.5, 7, 7);
                    label(g, mk.label(), px + 6, py - 4);
                }
                continue;
            }
            double[] at = o.labelAnchor();
            if (at != null && !o.label().isEmpty()) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(o.label());
                t.setFont(g.getFont());
                double tw = t.getLayoutBounds().getWidth();
                double px = Math.max(2, Math.min(at[0] * cw - tw - 4, w - tw - 4));
                double py = Math.max(12, Math.min(at[1] * ch, h - 3));
                label(g, o.label(), px, py);
            }
        }
        g.restore();
    }

    private static void strokeSegments(GraphicsContext g, double[] seg, double cw, double ch, Color c, double width) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.beginPath();
        for (int k = 0; k + 3 < seg.length; k += 4) {
            g.moveTo(seg[k] * cw, seg[k + 1] * ch);
            g.lineTo(seg[k + 2] * cw, seg[k + 3] * ch);
        }
        g.stroke();
    }

    private static void label(GraphicsContext g, String text, double x, double y) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(g.getFont());
        double tw = t.getLayoutBounds().getWidth();
        double th = t.getLayoutBounds().getHeight();
        g.setFill(Color.rgb(255, 255, 255, 0.8));
        g.fillRect(x - 2, y - th + 2, tw + 4, th + 1);
        g.setFill(Color.BLACK);
        g.fillText(text, x, y);
    }

    /** The cell {i, j} under a canvas point (i along x, j along y upwards), or null before a map. */
    int[] cellAt(double px, double py) {
        PhaseDiagramViewModel.Frame d = shown;
        if (d == null || px < 0 || py < 0 || px > canvas.getWidth() || py > canvas.getHeight()) {
            return null;
        }
        int i = (int) Math.min(d.nx() - 1, Math.max(0, px / canvas.getWidth() * d.nx()));
        int j = (int) Math.min(d.ny() - 1, Math.max(0, (canvas.getHeight() - py) / canvas.getHeight() * d.ny()));
        return new int[] {i, j};
    }

    /** "x = …, y = …: value (computed | filled)" for a canvas point, or "". */
    String describe(double px, double py) {
        int[] c = cellAt(px, py);
        return c == null ? "" : vm.describe(c[0], c[1]);
    }

    private void export() {
        if (shown == null || vm.spec() == null) {
            vm.statusProperty().set("nothing to export yet: start a sweep");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("phase-diagram.pdf");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF, SVG, PNG, TikZ, CSV", "*.pdf", "*.svg",
                "*.png", "*.tex", "*.csv"));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            Path target = f.toPath();
            String title = vm.metricLabel() + " — " + vm.titleProperty().get();
            HeatMapChart chart = vm.exportChart(title);
            Recipe recipe = Recipe.sweep(vm.spec(), title, vm.overlays(),
                    chart != null && chart.scale() == HeatMapChart.Scale.LOG ? "log" : "linear");
            if (target.toString().endsWith(".csv")) {
                Exporter.writeBytes(vm.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8), target, recipe, "csv");
            } else {
                ExportFormat fm = ExportFormat.ofFileName(target.toString());
                Exporter.write(new Exporter.Request(chart, fm, ExportSize.PAPER_WIDE, 300,
                        true, style), target, recipe);
            }
            vm.statusProperty().set("exported " + target.getFileName());
        } catch (java.io.IOException | IllegalArgumentException ex) {
            vm.statusProperty().set("export failed: " + (ex instanceof java.io.IOException
                    ? AtomicFiles.describe((java.io.IOException) ex) : ex.getMessage()));
        }
    }

    /**
     * A tab whose view is built when first shown, following the document's game and title, its
     * model made by {@code models} (which also says where a clicked cell's run opens).
     */
    public static Tab tab(ObservableValue<NormalFormGame> game, ObservableValue<String> title,
            ObservableValue<ChartStyle> style, PhaseDiagramViewModel.Factory models) {
        Tab t = new Tab("Phase diagram");
        t.setId("phaseDiagramTab");
        t.setClosable(false);
        Runnable build = () -> {
            if (t.getContent() != null) {
                return;
            }
            PhaseDiagramViewModel m = models.create(game.getValue(),
                    title.getValue() == null ? "" : title.getValue().replace("• ", ""));
            PhaseDiagramView v = new PhaseDiagramView(m);
            v.setChartStyle(style.getValue());
            style.addListener((o, a, b) -> v.setChartStyle(b));
            game.addListener((o, a, b) -> m.gameProperty().set(b));
            t.setContent(v);
        };
        t.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                build.run();
            }
        });
        t.setUserData(build);
        return t;
    }

    /**
     * A stand-alone Phase diagram view (no game document: the game-less map methods, e.g. a coopetition
     * map) in its own window, its method and metric preset; returns the view. Called on the FX thread.
     */
    public static PhaseDiagramView openWindow(PhaseDiagramViewModel model, String method, String metric,
            ChartStyle style, javafx.stage.Window owner) {
        if (method != null) {
            model.methodProperty().set(method);
        }
        if (metric != null) {
            model.metricProperty().set(metric);
        }
        PhaseDiagramView v = new PhaseDiagramView(model);
        v.setChartStyle(style);
        javafx.stage.Stage st = new javafx.stage.Stage();
        if (owner != null) {
            st.initOwner(owner);
        }
        st.setTitle("Phase diagram — " + model.methodProperty().get() + " " + model.metricProperty().get());
        javafx.scene.Scene sc = new javafx.scene.Scene(v, 900, 620);
        if (owner != null && owner.getScene() != null) {
            sc.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        st.setScene(sc);
        st.setOnHidden(e -> model.cancel());
        st.show();
        return v;
    }

    /** The view inside a tab made by {@link #tab}, built now if it was not yet. */
    public static PhaseDiagramView of(Tab t) {
        if (t.getContent() == null && t.getUserData() instanceof Runnable) {
            ((Runnable) t.getUserData()).run();
        }
        return (PhaseDiagramView) t.getContent();
    }
}
