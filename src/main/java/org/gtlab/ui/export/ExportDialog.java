package org.gtlab.ui.export;

import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.fx.ChartCanvas;

/**
 * The one export dialog: what (the matrix as shown or a diagram), format (PNG with DPI, SVG,
 * PDF, LaTeX with a standalone toggle), size preset, and a live preview in the paper style.
 * Returns the request; the caller picks the file.
 */
public final class ExportDialog {

    /** A named chart the user can export. */
    public record Item(String name, Chart chart) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ExportDialog() {
    }

    /** Shows the dialog; empty if cancelled. */
    public static Optional<Exporter.Request> show(Window owner, List<Item> items, int preselect) {
        return create(owner, items, preselect).showAndWait();
    }

    /** Builds the dialog without showing it. */
    public static Dialog<Exporter.Request> create(Window owner, List<Item> items, int preselect) {
        Dialog<Exporter.Request> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export");
        d.setHeaderText("Export for slides and papers (white background, colour-blind-safe colours)");
        ChoiceBox<Item> what = new ChoiceBox<>();
        what.getItems().setAll(items);
        what.getSelectionModel().select(Math.max(0, Math.min(preselect, items.size() - 1)));
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.getSelectionModel().select(ExportFormat.PDF);
        Spinner<Integer> dpi = new Spinner<>(72, 1200, 300, 50);
        dpi.setEditable(true);
        ChoiceBox<ExportSize> size = new ChoiceBox<>();
        size.getItems().setAll(ExportSize.values());
        size.getSelectionModel().select(ExportSize.PAPER_WIDE);
        CheckBox standalone = new CheckBox("Complete document (\\documentclass{standalone})");
        standalone.setSelected(true);
        ChartCanvas preview = new ChartCanvas();
        preview.setPrefSize(440, 300);
        preview.setMinSize(380, 260);
        Runnable update = () -> {
            Item it = what.getValue();
            ExportFormat f = format.getValue();
            dpi.setDisable(f != ExportFormat.PNG);
            standalone.setDisable(f != ExportFormat.LATEX);
            size.setDisable(it == null || it.chart() instanceof PayoffTable);
            preview.chartProperty().set(it == null ? null : it.chart());
        };
        what.valueProperty().addListener((o, a, b) -> update.run());
        format.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(4, 12, 4, 0));
        int r = 0;
        form.addRow(r++, new Label("What"), what);
        form.addRow(r++, new Label("Format"), format);
        form.addRow(r++, new Label("Resolution (dpi)"), dpi);
        form.addRow(r++, new Label("Size"), size);
        form.add(standalone, 0, r++, 2, 1);
        BorderPane content = new BorderPane();
        content.setLeft(form);
        BorderPane pv = new BorderPane(preview);
        pv.getStyleClass().add("export-preview");
        content.setCenter(pv);
        what.setMaxWidth(240);
        format.setMaxWidth(240);
        size.setMaxWidth(240);
        what.setPrefWidth(240);
        format.setPrefWidth(240);
        size.setPrefWidth(240);
        content.setPrefSize(780, 340);
        d.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.setResultConverter(bt -> bt == save ? new Exporter.Request(what.getValue().chart(), format.getValue(),
                size.getValue(), dpi.getValue(), standalone.isSelected(), ChartStyle.paper()) : null);
        return org.gtlab.ui.common.Dialogs.fit(d, owner);
    }
}
