package org.gtlab.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Dialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.tex.TikzWriter;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.export.ExportDialog;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.ui.solve.EquilibriumRow;

/**
 * The main window's file and clipboard commands: open, save, save as (refused before any file
 * chooser opens while entries are not numbers, naming the cells), export (matrix as shown or a
 * diagram) and copying cells, images and LaTeX. Every outcome is said in the status line; refusals
 * and failures also open a dialog through {@link MainViewModel#report}.
 */
final class FileActions {

    private final MainViewModel vm;
    private final Window owner;
    private final Supplier<DocumentView> view;
    private final Runnable focusGrid;
    private final org.gtlab.ui.lab.LabShell labs;

    FileActions(MainViewModel vm, Window owner, Supplier<DocumentView> view, Runnable focusGrid,
            org.gtlab.ui.lab.LabShell labs) {
        this.vm = vm;
        this.owner = owner;
        this.view = view;
        this.focusGrid = focusGrid;
        this.labs = labs;
    }

    private EditorViewModel ed() {
        return vm.getActive().editor();
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Games (*.nfg, *.json)", "*.nfg", "*.json"),
                new FileChooser.ExtensionFilter("Gambit strategic games (*.nfg)", "*.nfg"),
                new FileChooser.ExtensionFilter("GT Lab games (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        DocumentViewModel d = vm.getActive();
        if (d != null && d.getFile() != null && d.getFile().toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(d.getFile().toAbsolutePath().getParent().toFile());
        }
        return fc;
    }

    void openDialog() {
        File f = chooser("Open game").showOpenDialog(owner);
        if (f != null) {
            open(f.toPath());
        } else {
            focusGrid.run();
        }
    }

    /** Opens a file (menus, recent files, drag and drop); a malformed file opens the problem dialog. */
    void open(Path p) {
        org.gtlab.ui.workspace.LabRoom room = null;
        if (p.getFileName() != null && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            try {
                room = labs.roomFor(org.gtlab.io.DocumentFormats.declared(p));
            } catch (java.io.IOException e) {
                room = null; // the game reader reports the file's problem
            }
        }
        if (room == null) {
            vm.open(p, d -> focusGrid.run());
            return;
        }
        // a lab's document (a repeated game, …) opens in a new tab of that lab
        javafx.scene.Node labView = labs.openRoom(room);
        try {
            room.openDocument(labView, p);
            vm.recent().add(p);
            vm.setStatus("Opened " + p.getFileName() + " in " + room.title());
        } catch (java.io.IOException | RuntimeException e) {
            vm.report("Not opened", "Not opened: " + e.getMessage());
        }
    }

    /** File ▸ New for a lab's documents: the lab in a new tab with a new document. */
    void newLabDocument(org.gtlab.ui.workspace.LabRoom room) {
        room.newDocument(labs.openRoom(room));
        vm.setStatus(room.newDocumentLabel() + " in " + room.title());
    }

    void commitEditing() {
        DocumentView v = view.get();
        if (v != null && v.grid().isEditing()) {
            v.grid().commitEdit();
        }
    }

    /** Refuses (with the cells named) while entries are not numbers; true if the game may be saved. */
    boolean checkSavable() {
        int bad = ed().invalidCount();
        if (bad == 0) {
            return true;
        }
        vm.report("Not saved", "Not saved: " + bad + " entr" + (bad == 1 ? "y is" : "ies are")
                + " not a number — " + ed().invalidCellsText(8)
                + ". Fix or undo them first; your edits are kept in the autosave.");
        return false;
    }

    void save() {
        DocumentViewModel d = vm.getActive();
        commitEditing();
        if (!checkSavable()) {
            return;
        }
        if (!vm.save(d)) {
            saveAs();
        }
    }

    void saveAs() {
        DocumentViewModel d = vm.getActive();
        commitEditing();
        if (!checkSavable()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Save game as");
        Map<FileChooser.ExtensionFilter, DocumentViewModel.Format> formats = new HashMap<>();
        for (DocumentViewModel.Format f : DocumentViewModel.Format.values()) {
            FileChooser.ExtensionFilter ef = new FileChooser.ExtensionFilter(f.label(), "*" + f.extension());
            formats.put(ef, f);
            fc.getExtensionFilters().add(ef);
        }
        String base = d.getFile() != null ? d.getFile().getFileName().toString()
                : (d.game().title().isBlank() ? "game" : d.game().title().replaceAll("[^A-Za-z0-9._-]+", "_")) + ".nfg";
        fc.setInitialFileName(base);
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            DocumentViewModel.Format fmt = formats.getOrDefault(fc.getSelectedExtensionFilter(),
                    DocumentViewModel.Format.of(f.toPath()));
            Path target = f.toPath();
            if (!target.getFileName().toString().contains(".")) {
                target = target.resolveSibling(target.getFileName() + fmt.extension());
            }
            vm.saveAs(d, target, fmt);
        }
        focusGrid.run();
    }

    /** Save as without the chooser (the chooser's answer; tests): refused while cells are invalid; focus back in the grid. */
    boolean saveAs(Path target) {
        DocumentViewModel d = vm.getActive();
        commitEditing();
        boolean ok = checkSavable();
        if (ok) {
            vm.saveAs(d, target, DocumentViewModel.Format.of(target));
        }
        focusGrid.run();
        return ok && !d.isDirty();
    }

    // ------------------------------------------------------------------ clipboard

    static void putText(String s) {
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
    }

    void copyCells() {
        commitEditing();
        putText(ed().copySelection());
        vm.setStatus("Copied — paste into a spreadsheet or back into a game");
    }

    void copyAll() {
        putText(ed().copyAll());
        vm.setStatus("Copied the whole matrix — one tab-separated block per player");
    }

    void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (!cb.hasString()) {
            vm.setStatus("Nothing pasted: the clipboard holds no text");
            return;
        }
        if (!ed().paste(cb.getString())) {
            vm.setStatus(ed().messageProperty().get().isBlank() ? "Nothing pasted: the text changes nothing"
                    : ed().messageProperty().get());
        }
    }

    void copyEquilibria() {
        DocumentViewModel d = vm.getActive();
        if (d.solve().rows().isEmpty()) {
            vm.setStatus("Nothing copied: no equilibria computed yet — press F5");
            return;
        }
        putText(org.gtlab.ui.solve.EquilibriumTable.tsv(d.solve().rows(), d.game(),
                d.editor().decimalsProperty().get()));
        vm.setStatus("Copied " + d.solve().rows().size() + " equilibria (tab-separated, paste into a spreadsheet)");
    }

    /** The first diagram when the Diagrams view is showing one, else empty (then the matrix is copied). */
    private Optional<Chart> shownDiagram() {
        DocumentView v = view.get();
        if (v != null && v.showingDiagrams() && !v.diagrams().charts().isEmpty()) {
            return Optional.of(v.diagrams().charts().get(0));
        }
        return Optional.empty();
    }

    void copyImage() {
        Optional<Chart> d = shownDiagram();
        Chart chart = d.isPresent() ? d.get() : matrixChart();
        // a table has a natural size; diagrams are copied at 480 x 360 pt (4:3)
        var size = ChartRenderer.naturalSize(chart, ChartStyle.paper(), 480, 360);
        var img = ChartExport.image(chart, ChartStyle.paper(), size.getWidth(), size.getHeight(), 192);
        ClipboardContent c = new ClipboardContent();
        c.putImage(SwingFXUtils.toFXImage(img, null));
        Clipboard.getSystemClipboard().setContent(c);
        vm.setStatus(d.isPresent() ? "Copied the diagram as an image" : "Copied the matrix as an image");
    }

    void copyLatex() {
        Optional<Chart> d = shownDiagram();
        if (d.isPresent()) {
            putText(TikzWriter.write(d.get(), ChartStyle.paper(), false));
            vm.setStatus("Copied the diagram as a TikZ picture (needs \\usepackage{tikz})");
            return;
        }
        putText(TikzWriter.write(matrixChart(), ChartStyle.paper(), false));
        vm.setStatus("Copied the matrix as a LaTeX tabular (needs \\usepackage[table]{xcolor})");
    }

    // ------------------------------------------------------------------ export

    /** The matrix as shown (marks, highlights, greyed strategies) with a caption. */
    PayoffTable matrixChart() {
        DocumentViewModel d = vm.getActive();
        StringBuilder cap = new StringBuilder();
        EquilibriumRow e = d.solve().selectedRow();
        if (d.editor().bestResponseMarksProperty().get()) {
            cap.append("Underlined: best replies. ");
        }
        if (e != null && d.solve().solvedGameProperty().get() == d.game()) {
            cap.append("Shaded: support of equilibrium ").append(e.number()).append(' ')
                    .append(e.profileText(false)).append(" (").append(d.solve().methodProperty().get() == null ? ""
                            : d.solve().methodProperty().get().name()).append("). ");
        }
        String title = d.game().title().isBlank() ? d.titleProperty().get().replace("• ", "") : d.game().title();
        return view.get().grid().table().snapshot(title, cap.toString().strip());
    }

    Dialog<Exporter.Request> exportDialogFor() {
        return ExportDialog.create(owner, exportItems(), view.get().showingDiagrams() ? 1 : 0);
    }

    /** The recipe of each chart offered by the export dialog (by identity). */
    private final java.util.Map<Chart, org.gtlab.io.recipe.Recipe> exportRecipes = new java.util.IdentityHashMap<>();

    private List<ExportDialog.Item> exportItems() {
        List<ExportDialog.Item> items = new ArrayList<>();
        exportRecipes.clear();
        PayoffTable m = matrixChart();
        items.add(new ExportDialog.Item("Matrix (as shown)", m));
        // the recipe records the game as edited: a stale catalog description is dropped
        exportRecipes.put(m, org.gtlab.io.recipe.Recipe.matrix(vm.getActive().describedGame(), solveMethod(), m));
        for (org.gtlab.ui.diagram.DiagramView.Figure f : view.get().diagrams().figures()) {
            items.add(new ExportDialog.Item("Diagram: " + f.chart().title(), f.chart()));
            exportRecipes.put(f.chart(), org.gtlab.io.recipe.Recipe.diagram(f.game(), solveMethod(), f.diagram(),
                    f.equilibria()));
        }
        return items;
    }

    private String solveMethod() {
        DocumentViewModel d = vm.getActive();
        return d.solve().methodProperty().get() == null ? "" : d.solve().methodProperty().get().name();
    }

    void exportDialog() {
        commitEditing();
        Optional<Exporter.Request> r = exportDialogFor().showAndWait();
        if (r.isEmpty()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export to");
        ExportFormat f = r.get().format();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), "*." + f.extension()));
        String base = vm.getActive().game().title().isBlank() ? "game" : vm.getActive().game().title();
        fc.setInitialFileName(base.replaceAll("[^A-Za-z0-9._-]+", "_") + "." + f.extension());
        File file = fc.showSaveDialog(owner);
        if (file != null) {
            exportTo(r.get(), Exporter.target(file.toPath(), f.extension()));
        }
    }

    /** Writes an export (the recipe records the game as edited: a stale catalog description is dropped). */
    boolean exportTo(Exporter.Request r, Path target) {
        DocumentViewModel d = vm.getActive();
        try {
            org.gtlab.io.recipe.Recipe recipe = exportRecipes.get(r.chart());
            if (recipe == null) {
                if (!(r.chart() instanceof PayoffTable t)) {
                    throw new IllegalArgumentException("unknown chart; take it from the export dialog's items");
                }
                recipe = org.gtlab.io.recipe.Recipe.matrix(d.describedGame(), solveMethod(), t);
            }
            Exporter.write(r, target, recipe);
            vm.setStatus("Exported " + target + " (and its recipe)");
            return true;
        } catch (IOException | IllegalArgumentException e) {
            vm.report("Export failed", "Export failed: " + e.getMessage());
            return false;
        }
    }

    boolean exportMatrix(ExportFormat format, Path target) {
        return exportTo(new Exporter.Request(matrixChart(), format, ExportSize.PAPER_WIDE, 300, true,
                ChartStyle.paper()), target);
    }
}
