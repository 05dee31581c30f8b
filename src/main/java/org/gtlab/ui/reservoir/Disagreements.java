package org.gtlab.ui.reservoir;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;

import org.gtlab.reservoir.Discrepancy;

/**
 * The BRG lab's "paper vs code" panel (spec brg.md §8): one row per place where the manuscript disagrees with
 * the author's code and data, what the lab implements, and the {@code gtlab reproduce brg} check that measures
 * our value. Rows from {@link Discrepancy#ALL}.
 */
final class Disagreements {

    private Disagreements() {
    }

    /** The panel (a table with a one-line explanation above it). */
    static BorderPane view() {
        TableView<Discrepancy> t = new TableView<>(FXCollections.observableArrayList(Discrepancy.ALL));
        t.setId("brg-disagreements");
        t.getColumns().add(column("Topic", Discrepancy::topic, 170));
        t.getColumns().add(column("Manuscript", Discrepancy::manuscript, 250));
        t.getColumns().add(column("Author's code / data", Discrepancy::codeAndData, 330));
        t.getColumns().add(column("This lab", Discrepancy::use, 170));
        t.getColumns().add(column("Check", Discrepancy::check, 80));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label note = new Label("Where the manuscript and the author's own code and CSV disagree, the lab follows the code "
                + "and data; `gtlab reproduce brg` prints our measured value for each check ID.");
        note.setWrapText(true);
        note.setPadding(new Insets(6));
        BorderPane p = new BorderPane(t);
        p.setTop(note);
        return p;
    }

    private static TableColumn<Discrepancy, String> column(String title, Function<Discrepancy, String> f, double w) {
        TableColumn<Discrepancy, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        // long entries wrap onto more lines of a taller row instead of ending in "…" (issue 16 §8: the
        // table is whole at 1280×800 with both side panels)
        c.setCellFactory(col -> new WrappingCell<>(col));
        c.setPrefWidth(w);
        c.setMinWidth(Math.min(w, 72)); // room for the header's name
        return c;
    }

    /** A text cell that wraps to its column's width (generic: the view does not name core types in its cells). */
    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<S, String> col) {
            text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }
    }
}
