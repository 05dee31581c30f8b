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
 * in live (≤ 30 frames a second from the latest snapshot) with a progress line; a legend with the
 * category names, or the continuous value range; hover reads a cell's parameters and value; the
 * current game's values of two payoff axes are marked with a ring; Export writes PNG, SVG, PDF,
 * TikZ/PGFPlots (from the one chart path) or CSV, each with its recipe.
 */
public final class PhaseDiagramView extends BorderPane {

    private final PhaseDiagramViewModel vm;
    private final Canvas canvas = new Canvas(480, 420);
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
        vm.methodProperty().addListener((o, a, b) -> {
            metric.getItems().setAll(vm.metrics());
            x.getItems().setAll(axisItems());
            y.getItems().setAll(axisItems());
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
        Pane holder = new Pane(canvas);
        setCenter(holder);
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
        return vm.parameters().stream().map(p -> p + ":0:1:33").toList();
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
            double lo = d.lo();
            double hi = d.hi();
            HeatMapChart h = HeatMapChart.sequential("", "", "", "", List.of(""), List.of(""), new double[][] {{0}},
                    lo, hi > lo ? hi : lo + 1, "");
            c = h.colour(v);
        }
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    private void draw(PhaseDiagramViewModel.Frame d) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        drawCells(g, d, w, h);
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
            legend.getChildren().addAll(new Label("max " + HeatMapChart.format(d.hi())),
                    new Label("min " + HeatMapChart.format(d.lo())));
        }
    }

    /**
     * The cells as one nx × ny image (a pixel per cell, y upwards) scaled to the canvas without
     * smoothing: one draw call instead of nx · ny rectangles, and one colour scale per frame.
     */
    static void drawCells(GraphicsContext g, PhaseDiagramViewModel.Frame d, double w, double h) {
        int nx = d.nx();
        int ny = d.ny();
        // no scale while nothing is known (lo > hi): every cell is then NaN and drawn grey
        HeatMapChart scale = d.categorical() || !(d.lo() <= d.hi()) ? null
                : HeatMapChart.sequential("", "", "", "", List.of(""), List.of(""), new double[][] {{0}}, d.lo(),
                        d.hi() > d.lo() ? d.hi() : d.lo() + 1, "");
        int[] argb = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double v = d.value(i, j);
                java.awt.Color c = Double.isNaN(v) || !d.categorical() && scale == null ? new java.awt.Color(217, 217, 217)
                        : d.categorical() ? Palette.SERIES.get(Math.floorMod((int) v, Palette.SERIES.size()))
                        : scale.colour(v);
                argb[(ny - 1 - j) * nx + i] = 0xff000000 | (c.getRed() << 16) | (c.getGreen() << 8) | c.getBlue();
            }
        }
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(nx, ny);
        img.getPixelWriter().setPixels(0, 0, nx, ny, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, nx);
        g.setImageSmoothing(false);
        g.drawImage(img, 0, 0, w, h);
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
            Recipe recipe = Recipe.sweep(vm.spec(), title);
            if (target.toString().endsWith(".csv")) {
                Exporter.writeBytes(vm.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8), target, recipe, "csv");
            } else {
                ExportFormat fm = ExportFormat.ofFileName(target.toString());
                Exporter.write(new Exporter.Request(vm.exportChart(title), fm, ExportSize.PAPER_WIDE, 300,
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

    /** The view inside a tab made by {@link #tab}, built now if it was not yet. */
    public static PhaseDiagramView of(Tab t) {
        if (t.getContent() == null && t.getUserData() instanceof Runnable) {
            ((Runnable) t.getUserData()).run();
        }
        return (PhaseDiagramView) t.getContent();
    }
}
