package org.gtlab.ui.workspace;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.run.RunStatus;

/**
 * One run of a {@link RunListView} — the Dynamics tab's, the team Lab's and every later lab's:
 * colour swatch, name and status line; the lab's detail line (the team Lab's verdict) when there
 * is one; progress bar and controls (pause/resume, cancel, and the owner's re-run and "More"
 * actions); the dashboard tiles ({@link RunTiles}) beside the text, or wrapped under it when the
 * row is too narrow for both (a lab's run list shares its area with charts), so that no number is cut.
 * Thin: everything it shows comes from the {@link RunRow}; {@link #update} runs on the animation
 * timer. Node ids carry the run's number: {@code runRow1}, {@code pause1}, {@code cancel1}, ….
 *
 * @param <R> the row type
 */
public final class RunRowView<R extends RunRow> extends VBox {

    /** Width of the text and controls beside the tiles (below it the tiles go under the text). */
    static final double TEXT_MIN_WIDTH = 270;

    private final R row;
    private final RunList<R> list;
    private final Label summary = new Label();
    private final Label detail = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button pause = new Button("Pause", Icons.pause());
    private final Button cancel = new Button("Cancel", Icons.stop());
    private final RunTiles tiles = new RunTiles();
    private final Rectangle swatch = new Rectangle(12, 12);
    private final javafx.scene.layout.FlowPane line;
    private final VBox text;

    RunRowView(R row, RunList<R> list, RunListView.RowActions<R> actions) {
        super(4);
        this.row = row;
        this.list = list;
        int n = row.number();
        setId("runRow" + n);
        getStyleClass().add("run-row");
        Label name = new Label(row.name());
        name.getStyleClass().add("run-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
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
        HBox title = new HBox(6, swatch, name, summary);
        title.setAlignment(Pos.CENTER_LEFT);
        detail.setId("runDetail" + n);
        detail.getStyleClass().add("run-detail");
        detail.setMinWidth(0);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setTooltip(new Tooltip());
        detail.getTooltip().textProperty().bind(detail.textProperty());
        detail.getTooltip().setWrapText(true);
        detail.getTooltip().setMaxWidth(480);
        detail.managedProperty().bind(detail.visibleProperty());
        progress.setId("runProgress" + n);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefWidth(120);
        progress.setMinWidth(50);
        HBox.setHgrow(progress, Priority.ALWAYS);
        pause.setId("pause" + n);
        pause.setTooltip(new Tooltip("Pause / resume this run"));
        pause.setOnAction(e -> {
            row.togglePause();
            list.tick();
        });
        cancel.setId("cancel" + n);
        cancel.setTooltip(new Tooltip("Cancel this run (keeps what it recorded)"));
        cancel.setOnAction(e -> {
            row.cancel();
            list.tick();
        });
        HBox buttons = new HBox(4, progress, pause, cancel);
        if (actions.rerun() != null) {
            Button rerun = new Button("Re-run");
            rerun.setId("rerun" + n);
            rerun.setTooltip(new Tooltip("Run the same recipe again: the same seed gives the same data"));
            rerun.setOnAction(e -> actions.rerun().accept(row));
            buttons.getChildren().add(rerun);
        }
        List<MenuItem> items = actions.more() == null ? List.of() : actions.more().apply(row);
        if (!items.isEmpty()) {
            MenuButton more = new MenuButton("More");
            more.setId("more" + n);
            more.getItems().addAll(items);
            more.setTooltip(new Tooltip("Save the recipe, export the data, remove the run"));
            buttons.getChildren().add(more);
        }
        for (var c : buttons.getChildren()) {
            if (c instanceof Control k && c != progress) {
                k.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("run-buttons");
        text = new VBox(3, title, detail, buttons);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(TEXT_MIN_WIDTH);
        // one flow: the tiles beside the text when both fit, else wrapped under it (never re-parented:
        // a TilesFX tile sizes its text when it is first laid out)
        line = new javafx.scene.layout.FlowPane(12, 4, text, tiles);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPrefWrapLength(TEXT_MIN_WIDTH + RunTiles.ROW_WIDTH + 12);
        text.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double w = line.getWidth();
            return w <= 0 ? 380 : stacked(w) ? w : w - RunTiles.ROW_WIDTH - 12 - 1;
        }, line.widthProperty()));
        getChildren().add(line);
        setOnMouseClicked(e -> {
            list.selectedProperty().set(row);
            list.tick();
        });
        list.selectedProperty().addListener((o, a, b) -> selected(b == row));
        selected(list.selectedProperty().get() == row);
        update();
    }

    /** True when a row of this width puts its tiles under the text. */
    private static boolean stacked(double width) {
        return width < TEXT_MIN_WIDTH + RunTiles.ROW_WIDTH + 12;
    }

    private void selected(boolean on) {
        getStyleClass().remove("selected");
        if (on) {
            getStyleClass().add("selected");
        }
    }

    /** Colours from the theme's chart style (swatch and tile values in the run's colour). */
    public void style(ChartStyle s) {
        swatch.setFill(RunTiles.fx(s.player(row.colour() % 8)));
        tiles.style(s, row.colour() % 8);
    }

    /** Copies the row's properties into the controls (animation timer). */
    public void update() {
        summary.setText(row.summaryProperty().get());
        String d = row.detailProperty().get();
        detail.setText(d);
        detail.setVisible(!d.isEmpty());
        RunStatus st = row.statusProperty().get();
        progress.setProgress(row.progressProperty().get());
        boolean paused = st == RunStatus.PAUSED;
        if (paused != "Resume".equals(pause.getText())) {
            pause.setText(paused ? "Resume" : "Pause");
            pause.setGraphic(paused ? Icons.play() : Icons.pause());
        }
        pause.setDisable(st.isTerminal());
        cancel.setDisable(st.isTerminal());
        tiles.update(row);
    }

    /** The row shown. */
    public R model() {
        return row;
    }

    /** The dashboard tiles (tests check that their numbers are not cut). */
    public RunTiles tiles() {
        return tiles;
    }

    /** True when the tiles are shown under the text (a narrow row). */
    public boolean tilesStacked() {
        return tiles.getBoundsInParent().getMinY() >= text.getBoundsInParent().getMaxY();
    }
}
