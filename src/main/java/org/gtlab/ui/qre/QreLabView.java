package org.gtlab.ui.qre;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.chart.model.XYChart;
import org.gtlab.ui.workspace.ExportFiles;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.TabDescription;

/**
 * The QRE lab's view: the logit QRE correspondence of each player (probability of every strategy
 * against log λ, the limit equilibrium marked) drawn with the chart room's canvas, and the
 * correlated-equilibrium panel (max-welfare exact and max-entropy distributions as matrices over
 * action profiles, with payoffs per player). It shows what its {@link QreLabModel} hands it; the
 * solving runs in the model's background job, with a progress indicator and Cancel.
 */
public final class QreLabView extends BorderPane implements TabDescription.Delegate, AutoCloseable {

    /** At most this many players get a chart on screen (every player can be exported). */
    static final int MAX_CHARTS = 4;

    private final QreLabModel model;
    private final VBox charts = new VBox(6);
    private final VBox cePanel = new VBox(10);
    private final Label message = new Label();
    private final ChoiceBox<String> exportPlayer = new ChoiceBox<>();
    private final LabContext context;

    public QreLabView(LabContext context) {
        this.context = context;
        this.model = new QreLabModel(context.background(), context.activeGame());
        Label title = new Label("Logit QRE & correlated equilibria");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Button use = new Button("Use active game");
        use.setId("qre-use-active");
        use.setOnAction(e -> model.useActiveGame());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("qre-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("qre-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button export = new Button("Export QRE figure…");
        export.setId("qre-export");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> exportChosen());
        // the player chooser is as wide as the chosen name and its arrow, never squeezed by the bar
        // (its text was cut by the arrow)
        exportPlayer.setId("qre-export-player");
        exportPlayer.setTooltip(new javafx.scene.control.Tooltip("The player whose QRE figure is exported"));
        exportPlayer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, title, use, progress, cancel, exportPlayer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        message.setId("qre-message");
        message.setWrapText(true);
        VBox top = new VBox(4, bar, message);
        top.setPadding(new Insets(8));
        setTop(top);

        ScrollPane ceScroll = new ScrollPane(cePanel);
        ceScroll.setFitToWidth(true);
        cePanel.setPadding(new Insets(8));
        ceScroll.setPrefWidth(440);
        ceScroll.setMinWidth(360);
        HBox.setHgrow(charts, Priority.ALWAYS);
        HBox center = new HBox(8, charts, ceScroll);
        center.setPadding(new Insets(0, 8, 8, 8));
        setCenter(center);

        message.textProperty().bind(model.messageProperty());
        model.resultProperty().addListener((o, a, r) -> show(r));
        model.useActiveGame();
    }

    /** The view model (tests drive it). */
    public QreLabModel model() {
        return model;
    }

    @Override
    public TabDescription description() {
        return model;
    }

    @Override
    public void close() {
        model.cancel();
    }

    /** The chart canvases on screen, one per player (at most {@link #MAX_CHARTS}). */
    public List<ChartCanvas> chartCanvases() {
        return charts.getChildren().stream().map(ChartCanvas.class::cast).toList();
    }

    private void show(QreLabModel.Result r) {
        charts.getChildren().clear();
        cePanel.getChildren().clear();
        exportPlayer.getItems().clear();
        if (r == null) {
            return;
        }
        for (int p = 0; p < r.charts().size(); p++) {
            exportPlayer.getItems().add(r.game().playerName(p));
            if (p < MAX_CHARTS) {
                ChartCanvas c = new ChartCanvas();
                c.setId("qre-chart-" + p);
                c.chartStyleProperty().bind(context.chartStyle());
                c.chartProperty().set(r.charts().get(p));
                c.setMinHeight(120);
                VBox.setVgrow(c, Priority.ALWAYS);
                charts.getChildren().add(c);
            }
        }
        exportPlayer.getSelectionModel().selectFirst();
        if (r.welfare() == null) {
            Label l = new Label("Correlated equilibria: " + r.ceError());
            l.setWrapText(true);
            cePanel.getChildren().add(l);
            return;
        }
        cePanel.getChildren().addAll(matrix(r.welfare(), "ce-welfare"), matrix(r.entropy(), "ce-entropy"));
    }

    private VBox matrix(QreLabModel.CeMatrix m, String id) {
        Label head = new Label(m.title());
        head.setStyle("-fx-font-weight: bold;");
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(4);
        g.setId(id);
        for (int c = 0; c < m.columns().size(); c++) {
            g.add(new Label(m.columns().get(c)), c + 1, 0);
        }
        for (int r = 0; r < m.rows().size(); r++) {
            g.add(new Label(m.rows().get(r)), 0, r + 1);
            for (int c = 0; c < m.columns().size(); c++) {
                Label cell = new Label(m.cells().get(r).get(c));
                cell.setId(id + "-" + r + "-" + c);
                cell.setStyle("-fx-font-family: monospace;");
                g.add(cell, c + 1, r + 1);
            }
        }
        Label summary = new Label(m.summary());
        summary.setId(id + "-summary");
        summary.setWrapText(true);
        return new VBox(4, head, g, summary);
    }

    private void exportChosen() {
        int p = Math.max(0, exportPlayer.getSelectionModel().getSelectedIndex());
        Path target = ExportFiles.saveTarget(this, "qre-player" + (p + 1), "png", "PNG image");
        if (target == null) {
            return;
        }
        try {
            model.export(p, target);
        } catch (IOException | RuntimeException e) {
            message.textProperty().unbind();
            message.setText("export failed: " + e.getMessage());
            message.textProperty().bind(model.messageProperty());
        }
    }

    /** The chart shown for player {@code p} (tests). */
    XYChart shownChart(int p) {
        return (XYChart) chartCanvases().get(p).chartProperty().get();
    }
}
