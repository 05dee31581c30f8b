package org.gtlab.ui.lab;

import org.gtlab.figure.JointMatrix;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gtlab.chart.model.ChartStyle;

/**
 * A team-game document: the game bar (game and parameters) above two views of the same game —
 * "Joint matrix", the read-only joint-action payoff table (refused with a message for games too
 * large to show), and "Lab", the side-by-side runs of {@link LabView}. As the content of its
 * top-level tab it describes itself to the shell ({@link org.gtlab.ui.workspace.TabDescription},
 * delegated to the {@link LabViewModel}).
 */
public final class TeamDocumentView extends BorderPane implements org.gtlab.ui.workspace.TabDescription.Delegate {

    private final LabViewModel vm;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final JointMatrixView matrix = new JointMatrixView();
    private final LabView lab;
    private final TabPane views = new TabPane();
    private final Tab matrixTab;
    private final Tab labTab;

    public TeamDocumentView(LabViewModel vm) {
        this.vm = vm;
        setId("teamDocument");
        this.lab = new LabView(vm);
        lab.chartStyleProperty().bind(chartStyle);
        matrix.chartStyleProperty().bind(chartStyle);
        matrix.matrixProperty().bind(vm.jointMatrixProperty());
        var css = LabView.class.getResource("/org/gtlab/ui/workspace/workspace.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }

        Label note = new Label();
        note.getStyleClass().addAll("muted", "joint-matrix-note");
        note.setWrapText(true);
        Runnable n = () -> {
            JointMatrix m = vm.jointMatrixProperty().get();
            note.setText(m == null ? "" : m.rows() + " joint actions per team (" + m.rows() + " × " + m.columns()
                    + " entries). " + m.caption() + " Hover a cell for its joint actions.");
        };
        vm.jointMatrixProperty().addListener((o, a, b) -> n.run());
        n.run();
        Label refused = new Label();
        refused.setId("jointMatrixMessage");
        refused.getStyleClass().add("empty-state");
        refused.setWrapText(true);
        refused.setMaxWidth(560);
        refused.textProperty().bind(vm.jointMatrixMessageProperty());
        refused.visibleProperty().bind(vm.jointMatrixProperty().isNull());
        StackPane stack = new StackPane(matrix, refused);
        StackPane.setAlignment(refused, Pos.CENTER);
        VBox.setVgrow(stack, javafx.scene.layout.Priority.ALWAYS);
        VBox matrixPane = new VBox(note, stack);
        matrixPane.getStyleClass().add("joint-matrix-pane");

        matrixTab = new Tab("Joint matrix", matrixPane);
        matrixTab.setId("jointMatrixTab");
        matrixTab.setClosable(false);
        labTab = new Tab("Lab", lab);
        labTab.setId("labTab");
        labTab.setClosable(false);
        views.getTabs().addAll(matrixTab, labTab);
        views.getStyleClass().add("document-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(LabView.gameBar(vm));
        setCenter(views);
    }

    /** What the shell shows while this is the active tab: the view model's description. */
    @Override
    public org.gtlab.ui.workspace.TabDescription description() {
        return vm;
    }

    public LabViewModel model() {
        return vm;
    }

    public LabView lab() {
        return lab;
    }

    public JointMatrixView matrix() {
        return matrix;
    }

    public void showLab() {
        views.getSelectionModel().select(labTab);
    }

    public void showMatrix() {
        views.getSelectionModel().select(matrixTab);
    }

    public boolean showingLab() {
        return views.getSelectionModel().getSelectedItem() == labTab;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }
}
