package org.gtlab.ui.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gtlab.chart.model.ChartStyle;

/**
 * The run list of the run workspace as one view — used by the Dynamics tab, the team Lab and
 * every lab opened through {@link LabRoom}: one {@link RunRowView} per row of a {@link RunList}
 * (the view model) in a scroll pane, an empty-state text while there are none, the theme's colours
 * for swatches and tiles. The owner calls {@link #update()} from its animation timer after
 * {@link RunList#tick()}; what a row offers beyond pause and cancel (re-run, save the recipe,
 * export, remove) is the owner's {@link RowActions}. Styles: {@code workspace.css}.
 *
 * @param <R> the row type
 */
public final class RunListView<R extends RunRow> extends StackPane {

    /**
     * What a row offers beyond pause and cancel.
     *
     * @param rerun the "Re-run" button's action, or null for none
     * @param more  the items of the row's "More" menu (none: no menu), or null
     */
    public record RowActions<R>(Consumer<R> rerun, Function<R, List<MenuItem>> more) {

        /** Pause and cancel only. */
        public static <R> RowActions<R> none() {
            return new RowActions<>(null, null);
        }
    }

    /** The workspace's stylesheet (the run list, rows, tiles and the labs' panels). */
    public static final String STYLESHEET = "/org/gtlab/ui/workspace/workspace.css";

    private final RunList<R> list;
    private final RowActions<R> actions;
    private final boolean newestFirst;
    private final VBox rows = new VBox(4);
    private final Label empty;
    private final Map<R, RunRowView<R>> views = new IdentityHashMap<>();
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());

    /**
     * @param newestFirst the newest run on top (the Dynamics tab) or the list's order (a lab's
     *                    algorithms in the order they were chosen)
     * @param emptyText   what the list says while it has no runs
     */
    public RunListView(RunList<R> list, RowActions<R> actions, boolean newestFirst, String emptyText) {
        this.list = list;
        this.actions = actions;
        this.newestFirst = newestFirst;
        getStyleClass().add("run-list-view");
        rows.getStyleClass().add("run-list");
        empty = new Label(emptyText);
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        StackPane stack = new StackPane(rows, empty);
        StackPane.setAlignment(rows, Pos.TOP_LEFT);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(stack);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(scroll);
        list.rows().addListener((ListChangeListener<R>) c -> sync());
        chartStyle.addListener((o, a, b) -> views.values().forEach(v -> v.style(b)));
        sync();
    }

    private void sync() {
        views.keySet().retainAll(list.rows());
        List<Node> nodes = new ArrayList<>();
        for (R r : list.rows()) {
            nodes.add(views.computeIfAbsent(r, x -> {
                RunRowView<R> v = new RunRowView<>(x, list, actions);
                v.style(chartStyle.get());
                return v;
            }));
        }
        if (newestFirst) {
            Collections.reverse(nodes);
        }
        rows.getChildren().setAll(nodes);
        empty.setVisible(list.rows().isEmpty());
    }

    /** Copies every row's latest values into its view (the owner's animation timer). */
    public void update() {
        views.values().forEach(RunRowView::update);
    }

    /** The row views in the order shown. */
    @SuppressWarnings("unchecked")
    public List<RunRowView<R>> rowViews() {
        return rows.getChildren().stream().map(n -> (RunRowView<R>) n).toList();
    }

    /** The view of a row, or null if it is not in the list. */
    public RunRowView<R> viewOf(R row) {
        return views.get(row);
    }

    /** The style of the swatches and tiles (the owner binds the theme's). */
    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    /** The list shown. */
    public RunList<R> model() {
        return list;
    }
}
