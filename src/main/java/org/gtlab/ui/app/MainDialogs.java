package org.gtlab.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.gtlab.game.NormalFormGame;
import org.gtlab.ui.common.Dialogs;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.io.recipe.Exporter;

/**
 * The main window's dialogs, all made to fit by {@link Dialogs#fit}: keyboard shortcuts (a
 * searchable table), random game, rename game, about, unsaved changes, crash recovery and the
 * problem dialog for refused or failed actions.
 */
final class MainDialogs {

    /** Rows of the shortcut table: the grid's own keys, which are not menu actions. */
    static final List<String[]> GRID_KEYS = List.of(
            new String[] {"↑ ↓ ← →", "Move in the grid (Shift extends the selection)"},
            new String[] {"Ctrl+Home / Ctrl+End", "First / last cell of the grid"},
            new String[] {"Ctrl+↑ ↓ ← →", "Jump to the edge of the grid"},
            new String[] {"Home / End", "First / last column of the row"},
            new String[] {"Page Up / Page Down", "Scroll the grid by a screen"},
            new String[] {"Tab / Shift+Tab", "Next / previous payoff"},
            new String[] {"Enter or F2", "Edit the payoff (typing also starts editing)"},
            new String[] {"Delete", "Clear the selected cells"},
            new String[] {"Esc", "Cancel editing"},
            new String[] {"Double-click a header", "Rename the strategy"});

    private final Window owner;

    MainDialogs(Window owner) {
        this.owner = owner;
    }

    /** The F1 dialog: every shortcut in a searchable, scrollable table with human key names. */
    Dialog<ButtonType> shortcuts(Iterable<AppAction> actions) {
        List<String[]> rows = new ArrayList<>();
        for (AppAction a : actions) {
            if (a.key() != null) {
                rows.add(new String[] {a.keyText(), a.text().replace("…", "")});
            }
        }
        rows.addAll(GRID_KEYS);
        FilteredList<String[]> shown = new FilteredList<>(FXCollections.observableArrayList(rows));
        TextField filter = new TextField();
        filter.setId("shortcutSearch");
        filter.setPromptText("Search shortcuts (e.g. \"solve\", \"Ctrl+D\")");
        filter.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(r -> q.isEmpty() || r[0].toLowerCase(Locale.ROOT).contains(q)
                    || r[1].toLowerCase(Locale.ROOT).contains(q));
        });
        TableView<String[]> table = new TableView<>(shown);
        table.setId("shortcutTable");
        TableColumn<String[], String> key = new TableColumn<>("Shortcut");
        key.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()[0]));
        key.setPrefWidth(190);
        TableColumn<String[], String> what = new TableColumn<>("Action");
        what.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()[1]));
        what.setPrefWidth(360);
        table.getColumns().setAll(List.of(key, what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No shortcut matches"));
        table.setPrefHeight(440);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, filter, table);
        box.setPrefWidth(600);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Keyboard shortcuts");
        d.setHeaderText("Keyboard shortcuts — type to filter");
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(Dialogs.close());
        d.getDialogPane().setId("shortcutsDialog");
        Dialogs.fit(d, owner);
        d.setOnShown(e -> filter.requestFocus());
        return d;
    }

    /** What the random-game dialog asked for. */
    record RandomRequest(int rows, int columns, long lo, long hi, long seed, boolean newTab) {
    }

    /** The Ctrl+G dialog; {@code hasGame} decides whether "replace the open game" is offered. */
    Dialog<RandomRequest> random(boolean hasGame, long seedSuggestion) {
        Dialog<RandomRequest> d = new Dialog<>();
        d.setTitle("Random game");
        d.setHeaderText("A seeded random bimatrix game (the same seed always gives the same game)");
        TextField rows = new TextField("3");
        TextField cols = new TextField("3");
        TextField lo = new TextField("0");
        TextField hi = new TextField("9");
        TextField seed = new TextField(Long.toString(seedSuggestion));
        rows.setId("randomRows");
        cols.setId("randomColumns");
        seed.setId("randomSeed");
        for (TextField t : new TextField[] {rows, cols, lo, hi, seed}) {
            t.setPrefColumnCount(6);
        }
        CheckBox newTab = new CheckBox("Open in a new tab (keep the open game)");
        newTab.setId("randomNewTab");
        newTab.setSelected(true);
        newTab.setDisable(!hasGame);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Rows"), rows, new Label("Columns"), cols);
        g.addRow(1, new Label("Payoffs from"), lo, new Label("to"), hi);
        g.addRow(2, new Label("Seed"), seed);
        g.add(newTab, 0, 3, 4, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("randomDialog");
        ButtonType ok = new ButtonType("Generate", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.setResultConverter(bt -> {
            if (bt != ok) {
                return null;
            }
            try {
                return new RandomRequest(Integer.parseInt(rows.getText().strip()),
                        Integer.parseInt(cols.getText().strip()), Long.parseLong(lo.getText().strip()),
                        Long.parseLong(hi.getText().strip()), Long.parseLong(seed.getText().strip()),
                        !hasGame || newTab.isSelected());
            } catch (NumberFormatException e) {
                return new RandomRequest(-1, -1, 0, 0, 0, true);
            }
        });
        return Dialogs.fit(d, owner);
    }

    /** The rename dialog; empty if cancelled. */
    Optional<String> rename(String title) {
        TextInputDialog d = new TextInputDialog(title);
        d.setTitle("Rename game");
        d.setHeaderText("Title of the game (used in exports)");
        Dialogs.fit(d, owner);
        return d.showAndWait();
    }

    void about() {
        Dialogs.message(owner, "About GT Lab", "GT Lab " + Exporter.VERSION,
                "A desktop game-theory lab: exact equilibria, teaching exports, learning dynamics.\n"
                        + "Java " + System.getProperty("java.version") + ", JavaFX "
                        + System.getProperty("javafx.version")).show();
    }

    /** The answer to "save changes?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    /** The unsaved-changes dialog for {@code name}, not yet shown. */
    Alert unsavedDialog(String name) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save changes to \"" + name + "\"?");
        a.setContentText("Your changes are lost if you don't save them.");
        a.getDialogPane().setId("unsavedDialog");
        a.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
        Dialogs.fit(a, owner);
        return a;
    }

    /** Asks whether to save {@code name} before it closes. */
    Unsaved unsaved(String name) {
        Optional<ButtonType> r = unsavedDialog(name).showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return Unsaved.CANCEL;
        }
        return r.get() == SAVE ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    /** The crash-recovery dialog, not yet shown: the result is true for "Recover", false for "Discard". */
    Dialog<Boolean> recovery(List<RecoveryStore.Recovered> items, List<String> otherDocuments) {
        Dialog<Boolean> d = new Dialog<>();
        d.setTitle("Recover your work");
        int n = items.size() + otherDocuments.size();
        d.setHeaderText("GT Lab closed unexpectedly with " + n + " document" + (n == 1 ? "" : "s") + " open");
        ListView<String> list = new ListView<>();
        list.setId("recoveryList");
        for (RecoveryStore.Recovered r : items) {
            NormalFormGame g = r.state().game();
            list.getItems().add((r.file() == null ? (g.title().isBlank() ? "untitled game" : g.title())
                    : r.file().getFileName().toString()) + " — " + MainWindow.shape(g) + " — unsaved changes, autosaved "
                    + r.savedAt());
        }
        for (String o : otherDocuments) {
            list.getItems().add(o + " — saved, will be reopened");
        }
        list.setPrefHeight(Math.min(260, 30 * n + 12));
        list.setPrefWidth(560);
        Label l = new Label("Reopen these documents? Unsaved edits are restored from the autosave.");
        l.setWrapText(true);
        VBox box = new VBox(8, l, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("recoveryDialog");
        ButtonType rec = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        d.getDialogPane().getButtonTypes().setAll(rec, discard);
        d.setResultConverter(bt -> bt == rec ? Boolean.TRUE : bt == discard ? Boolean.FALSE : null);
        return Dialogs.fit(d, owner);
    }

    /** A refused or failed action, in full (a malformed file's message reads file:line:column: detail). */
    Alert problem(MainViewModel.Problem p) {
        Alert a = Dialogs.error(owner, p.title(), p.title(), p.message());
        a.getDialogPane().setId("problemDialog");
        return a;
    }
}
