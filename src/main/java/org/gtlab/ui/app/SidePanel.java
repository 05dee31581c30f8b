package org.gtlab.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gtlab.game.GameCatalog;

/** The side panel: the game catalog (one click opens a game) and recent files. */
public final class SidePanel extends VBox {

    private final ListView<GameCatalog.Entry> catalog = new ListView<>();
    private final ListView<Path> recent = new ListView<>();

    public SidePanel(MainViewModel vm, Consumer<GameCatalog.Entry> openEntry, Consumer<Path> openFile) {
        getStyleClass().add("side-panel");
        setPrefWidth(230);
        setMinWidth(170);
        Label ct = new Label("CATALOG");
        ct.getStyleClass().add("section-title");
        ct.setStyle("-fx-padding: 10 0 2 14;");
        catalog.setId("catalog");
        catalog.getItems().setAll(vm.catalog());
        catalog.setCellFactory(l -> new ListCell<>() {
            {
                // long names wrap onto a second line (issue 16 §8: no shortened catalog name at
                // 1280×800): the cell is as wide as the list (less its scroll bar) and as high as
                // its wrapped text
                prefWidthProperty().bind(l.widthProperty().subtract(18));
                setMaxWidth(Region.USE_PREF_SIZE);
                setWrapText(true);
            }

            @Override
            protected void updateItem(GameCatalog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.title());
                Tooltip t = empty || e == null ? null : new Tooltip(e.title() + "\n\n" + e.description() + "\n" + e.reference());
                if (t != null) {
                    t.setWrapText(true);
                    t.setMaxWidth(420);
                }
                setTooltip(t);
            }
        });
        catalog.setOnMouseClicked(ev -> {
            GameCatalog.Entry e = catalog.getSelectionModel().getSelectedItem();
            if (e != null && ev.getClickCount() >= 1) {
                openEntry.accept(e);
            }
        });
        catalog.setOnKeyPressed(ev -> {
            GameCatalog.Entry e = catalog.getSelectionModel().getSelectedItem();
            if (ev.getCode() == KeyCode.ENTER && e != null) {
                openEntry.accept(e);
            }
        });
        Label rt = new Label("RECENT");
        rt.getStyleClass().add("section-title");
        rt.setStyle("-fx-padding: 10 0 2 14;");
        recent.setId("recent");
        recent.setItems(vm.recent().files());
        recent.setPlaceholder(new Label("No recent files"));
        recent.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
                setPrefWidth(0);
                setTooltip(empty || p == null ? null : new Tooltip(p.toString()));
            }
        });
        recent.setOnMouseClicked(ev -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && ev.getClickCount() == 2) {
                openFile.accept(p);
            }
        });
        recent.setOnKeyPressed(ev -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (ev.getCode() == KeyCode.ENTER && p != null) {
                openFile.accept(p);
            }
        });
        recent.setPrefHeight(160);
        VBox.setVgrow(catalog, Priority.ALWAYS);
        getChildren().addAll(ct, catalog, rt, recent);
    }

    public ListView<GameCatalog.Entry> catalog() {
        return catalog;
    }
}
