package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.RunTiles;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.run.RunStatus;

/**
 * One run in the run list, in two lines beside the dashboard tiles: colour swatch, name and status
 * line; progress bar and controls (pause/resume, cancel, save recipe, re-run, export data, remove). Thin: everything it
 * shows comes from the {@link RunRow}; {@link #update} runs on the animation timer.
 */
final class RunRowView extends HBox {

    private final RunRow row;
    private final Label summary = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button pause = new Button("Pause");
    private final Button cancel = new Button("Cancel");
    private final RunTiles tiles = new RunTiles();
    private final Rectangle swatch = new Rectangle(12, 12);

    RunRowView(RunRow row, LiveRunsViewModel runs, Consumer<RunRow> saveRecipe,
            BiConsumer<RunRow, RunExports.DataFormat> exportData) {
        super(12);
        this.row = row;
        int n = row.number();
        setId("runRow" + n);
        getStyleClass().add("run-row");
        Label name = new Label(row.name());
        name.getStyleClass().add("run-name");
        name.setMinWidth(0);
        name.setTooltip(new Tooltip(row.spec().displayName() + "\n" + row.spec().params()));
        summary.getStyleClass().add("muted");
        summary.setId("runSummary" + n);
        // the name keeps its width; the status line takes what is left (small preferred width)
        summary.setMinWidth(0);
        summary.setPrefWidth(20);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setTooltip(new Tooltip());
        summary.getTooltip().textProperty().bind(summary.textProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        // a status squeezed to a few letters says nothing: hide it then (its tooltip still does)
        summary.widthProperty().addListener((o, a, b) -> summary.setOpacity(b.doubleValue() < 60 ? 0 : 1));
        // compact: name and status on one line, progress and buttons on the next
        HBox title = new HBox(6, swatch, name, summary);
        title.setAlignment(Pos.CENTER_LEFT);
        progress.setId("runProgress" + n);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefWidth(120);
        progress.setMinWidth(60);
        HBox.setHgrow(progress, Priority.ALWAYS);
        pause.setId("pause" + n);
        pause.setTooltip(new Tooltip("Pause / resume this run"));
        pause.setOnAction(e -> {
            row.togglePause();
            runs.tick();
        });
        cancel.setId("cancel" + n);
        cancel.setTooltip(new Tooltip("Cancel this run (keeps what it recorded)"));
        cancel.setOnAction(e -> {
            row.cancel();
            runs.tick();
        });
        Button rerun = new Button("Re-run");
        rerun.setId("rerun" + n);
        rerun.setTooltip(new Tooltip("Run the same recipe again: the same seed gives the same data"));
        rerun.setOnAction(e -> runs.rerun(row));
        MenuButton more = new MenuButton("More");
        more.setId("more" + n);
        MenuItem recipe = new MenuItem("Save recipe…");
        recipe.setId("saveRecipe" + n);
        recipe.setOnAction(e -> saveRecipe.accept(row));
        MenuItem csv = new MenuItem("Export data as CSV (with recipe)…");
        csv.setOnAction(e -> exportData.accept(row, RunExports.DataFormat.CSV));
        MenuItem json = new MenuItem("Export data as JSON (with recipe)…");
        json.setOnAction(e -> exportData.accept(row, RunExports.DataFormat.JSON));
        MenuItem remove = new MenuItem("Remove from the list");
        remove.setId("remove" + n);
        remove.setOnAction(e -> runs.remove(row));
        more.getItems().addAll(recipe, csv, json, new javafx.scene.control.SeparatorMenuItem(), remove);
        more.setTooltip(new Tooltip("Save the recipe, export the data, remove the run"));
        for (javafx.scene.control.Control c : java.util.List.of(pause, cancel, rerun, more)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(4, progress, pause, cancel, rerun, more);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("run-buttons");
        VBox left = new VBox(3, title, buttons);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMinWidth(300);
        left.setPrefWidth(380);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(left, tiles);
        setAlignment(Pos.CENTER_LEFT);
        setOnMouseClicked(e -> runs.selectedProperty().set(row));
        runs.selectedProperty().addListener((o, a, b) -> selected(b == row));
        selected(runs.selectedProperty().get() == row);
        update();
    }

    private void selected(boolean on) {
        getStyleClass().remove("selected");
        if (on) {
            getStyleClass().add("selected");
        }
    }

    void style(ChartStyle s) {
        swatch.setFill(RunTiles.fx(s.player(row.colour())));
        tiles.style(s, row.colour());
    }

    void update() {
        summary.setText(row.summaryProperty().get());
        RunStatus st = row.statusProperty().get();
        progress.setProgress(row.progressProperty().get());
        pause.setText(st == RunStatus.PAUSED ? "Resume" : "Pause");
        pause.setDisable(st.isTerminal());
        cancel.setDisable(st.isTerminal());
        tiles.update(row);
    }

    RunRow model() {
        return row;
    }
}
