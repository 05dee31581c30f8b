package org.gtlab.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import org.gtlab.game.NormalFormGame;

/**
 * The status bar: a dot (busy, error), the latest message — a refusal or failure as soon as it
 * happens, otherwise the active document's solve status — and the game's shape on the right.
 */
final class StatusBar extends HBox {

    private final MainViewModel vm;
    private final Label status = new Label();
    private final Circle statusDot = new Circle(4);

    StatusBar(MainViewModel vm) {
        this.vm = vm;
        status.setId("status");
        status.setMinWidth(0);
        statusDot.getStyleClass().add("status-dot");
        Label right = new Label();
        right.setId("statusRight");
        right.setMinWidth(Region.USE_PREF_SIZE);
        vm.activeProperty().addListener((o, a, b) -> right.setText(b == null ? "" : shape(b.game())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, statusDot, status, spacer, right);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        vm.activeProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.solve().statusProperty().addListener((oo, x, y) -> {
                    if (vm.getActive() == b) {
                        updateStatus();
                    }
                });
                b.solve().runningProperty().addListener((oo, x, y) -> updateStatus());
                b.editor().versionProperty().addListener((oo, x, y) -> right.setText(shape(b.game())));
                b.editor().messageProperty().addListener((oo, x, y) -> {
                    // refusals in the editor ("Nothing pasted: …") also reach the status line at once
                    if (vm.getActive() == b && y != null && !y.isBlank()) {
                        vm.setStatus(y);
                    }
                });
            }
        });
        getChildren().setAll(bar.getChildren());
        getStyleClass().setAll(bar.getStyleClass());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setId("statusBar");
    }

    static String shape(NormalFormGame g) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            b.append(p == 0 ? "" : "×").append(g.numStrategies(p));
        }
        return b + " · " + (g.isZeroSum() ? "zero-sum" : "general-sum");
    }

    private String lastVmStatus = "";

    private String described;

    /** The active tab's own status line (a TabDescription), or null for the document's. */
    void describe(String line) {
        if (!java.util.Objects.equals(line, described)) {
            described = line;
            updateStatus();
        }
    }

    void updateStatus() {
        DocumentViewModel d = vm.getActive();
        statusDot.getStyleClass().removeAll("busy", "error");
        String text = vm.statusProperty().get();
        boolean fresh = !text.equals(lastVmStatus);
        lastVmStatus = text;
        if (!fresh && described != null) {
            text = described;
        } else if (!fresh && d != null && (d.solve().runningProperty().get() || d.solve().solvedGameProperty().get() != null
                || d.solve().failedProperty().get())) {
            text = d.solve().statusProperty().get();
            if (d.solve().runningProperty().get()) {
                statusDot.getStyleClass().add("busy");
            } else if (d.solve().failedProperty().get()) {
                statusDot.getStyleClass().add("error");
            }
        } else if (fresh && (text.startsWith("Not ") || text.startsWith("Cannot") || text.startsWith("Nothing")
                || text.contains("failed"))) {
            statusDot.getStyleClass().add("error");
        }
        status.setText(text);
    }

}
