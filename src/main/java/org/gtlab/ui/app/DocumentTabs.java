package org.gtlab.ui.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.gtlab.chart.model.ChartStyle;

/**
 * The document tabs of the main window: one tab and one {@link DocumentView} per open document,
 * kept in step with {@link MainViewModel#documents()} (team-game tabs of the Lab stay where they
 * are), and the keyboard focus put back in the grid whenever a document or its Matrix view is shown.
 */
final class DocumentTabs {

    private final MainViewModel vm;
    private final TabPane tabs;
    private final org.gtlab.ui.lab.LabShell lab;
    private final Predicate<DocumentViewModel> confirmClose;
    private final Supplier<ChartStyle> style;
    private final BooleanProperty sideBySide;
    private final BooleanProperty lecture;
    private final Map<DocumentViewModel, DocumentView> views = new HashMap<>();

    DocumentTabs(MainViewModel vm, TabPane tabs, org.gtlab.ui.lab.LabShell lab,
            Predicate<DocumentViewModel> confirmClose, Supplier<ChartStyle> style, BooleanProperty sideBySide, BooleanProperty lecture) {
        this.vm = vm;
        this.tabs = tabs;
        this.lab = lab;
        this.confirmClose = confirmClose;
        this.style = style;
        this.sideBySide = sideBySide;
        this.lecture = lecture;
    }

    Iterable<DocumentView> views() {
        return views.values();
    }

    private DocumentView view() {
        return views.get(vm.getActive());
    }

    void sync() {
        List<Tab> keep = new ArrayList<>();
        for (DocumentViewModel d : vm.documents()) {
            Tab t = tabs.getTabs().stream().filter(x -> x.getUserData() == d).findFirst().orElse(null);
            if (t == null) {
                DocumentView v = new DocumentView(d, vm.services());
                v.chartStyleProperty().set(style.get());
                v.sideBySideProperty().set(sideBySide.get());
                v.lectureProperty().set(lecture.get());
                v.views().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                    if (vm.getActive() == d && v.views().getSelectionModel().getSelectedIndex() == 0) {
                        focusGrid();
                    }
                });
                v.solvePanel().noticeProperty().addListener((o, a, b) -> vm.setStatus(b));
                views.put(d, v);
                t = new Tab();
                t.textProperty().bind(d.titleProperty());
                t.setContent(v);
                t.setUserData(d);
                t.setOnCloseRequest(e -> {
                    if (!confirmClose.test(d)) {
                        e.consume();
                    }
                });
                t.setOnClosed(e -> vm.close(d));
            }
            keep.add(t);
        }
        tabs.getTabs().stream().filter(lab::keeps).forEach(keep::add);
        tabs.getTabs().setAll(keep);
        views.keySet().retainAll(vm.documents());
        DocumentViewModel a = vm.getActive();
        for (Tab t : tabs.getTabs()) {
            if (t.getUserData() == a) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    /** The view of a document (for tests and the tour). */
    public DocumentView viewOf(DocumentViewModel d) {
        return views.get(d);
    }

    /**
     * Puts the keyboard focus in the active document's grid once it is on screen (after New,
     * Open, Save as and tab switches), so that typing and Ctrl+V go to the game, not to a toolbar.
     */
    public void focusGrid() {
        Platform.runLater(() -> {
            DocumentView v = view();
            if (v == null) {
                return;
            }
            Node grid = v.grid();
            if (grid.getScene() != null) {
                grid.requestFocus();
            } else {
                grid.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene a, Scene b) {
                        if (b != null) {
                            grid.sceneProperty().removeListener(this);
                            Platform.runLater(grid::requestFocus);
                        }
                    }
                });
            }
        });
    }

}
