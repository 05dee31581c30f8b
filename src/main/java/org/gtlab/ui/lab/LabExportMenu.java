package org.gtlab.ui.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.gtlab.chart.model.Chart;
import org.gtlab.run.Json;
import org.gtlab.ui.workspace.ExportFiles;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.Exporter;

/**
 * The Lab view's export menu (split from {@link LabView}, issue 9): charts through the export
 * dialog (PNG, SVG, PDF, TikZ), CSV data tables ({@link DataExport}) and re-running a lab recipe;
 * each export writes its recipe beside it ({@link LabExports}). A failure is shown on the view's
 * status line, never thrown.
 */
final class LabExportMenu extends org.gtlab.ui.workspace.ExportMenu {

    private final LabViewModel vm;
    private final Runnable frame;

    LabExportMenu(javafx.scene.layout.Region owner, LabViewModel vm, java.util.function.Consumer<String> status,
            Runnable frame) {
        super(owner, status);
        this.vm = vm;
        this.frame = frame;
    }

    MenuButton menu() {
        MenuButton m = exportButton("labExport",
                item("Chart (PNG, SVG, PDF, TikZ)…", this::exportChartDialog),
                item("Data (CSV)…", this::exportDataDialog),
                item("Re-run a lab recipe…", this::rerunDialog));
        m.setTooltip(new Tooltip("Every export writes a recipe beside it (name.recipe.json) that re-runs the same runs"));
        return m;
    }

    /** The export dialog for the lab's charts, then a file chooser (Ctrl+E in the shell). */
    void exportChartDialog() {
        List<ExportDialog.Item> items = vm.exportItems();
        if (items.isEmpty()) {
            status.accept("Nothing to export yet: run something first");
            return;
        }
        Optional<Exporter.Request> r = ExportDialog.show(window(), items, 0);
        if (r.isEmpty()) {
            return;
        }
        String what = items.stream().filter(i -> i.chart() == r.get().chart()).map(ExportDialog.Item::name).findFirst()
                .orElse("chart");
        ExportFormat f = r.get().format();
        Path target = save(what, f.extension(), f.label());
        if (target != null) {
            try {
                vm.exportChart(what, r.get(), target);
            } catch (IOException | IllegalArgumentException ex) {
                status.accept("Export failed: " + ex.getMessage());
            }
        }
    }

    private void exportDataDialog() {
        ChoiceDialog<DataExport> d = new ChoiceDialog<>(DataExport.CURVES,
                DataExport.values());
        d.initOwner(window());
        d.setTitle("Export data");
        d.setHeaderText("Export data as CSV (a recipe is written beside it)");
        Optional<DataExport> what = d.showAndWait();
        if (what.isEmpty()) {
            return;
        }
        Path target = save(what.get().name().toLowerCase(Locale.ROOT), "csv", "CSV");
        if (target != null) {
            try {
                vm.exportData(what.get(), target);
            } catch (IOException | IllegalArgumentException ex) {
                status.accept("Export failed: " + ex.getMessage());
            }
        }
    }

    private void rerunDialog() {
        Path f = ExportFiles.openRecipe(owner, "Re-run a lab recipe", "Lab recipes (*.recipe.json)");
        if (f == null) {
            return;
        }
        try {
            vm.rerun(Json.parse(Files.readString(f)));
            frame.run();
        } catch (IOException | IllegalArgumentException ex) {
            status.accept("Cannot re-run " + f.getFileName() + ": " + ex.getMessage());
        }
    }

    private Path save(String base, String ext, String label) {
        return ExportFiles.saveTarget(owner, vm.familyProperty().get() + "-" + base, ext, label);
    }
}
