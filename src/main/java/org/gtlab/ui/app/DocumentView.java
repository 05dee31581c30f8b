package org.gtlab.ui.app;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.game.NormalFormGame;
import org.gtlab.ui.diagram.DiagramView;
import org.gtlab.ui.editor.EditorViewModel;
import org.gtlab.ui.editor.PayoffGrid;
import org.gtlab.ui.solve.SolvePanel;

/**
 * One document's views: "Matrix" (mode bar, payoff grid, solve panel) and "Diagrams". Thin: all
 * state lives in the {@link DocumentViewModel}.
 */
public final class DocumentView extends BorderPane {

    private final DocumentViewModel doc;
    private final PayoffGrid grid;
    private final SolvePanel solvePanel;
    private final DiagramView diagrams;
    private final TabPane views = new TabPane();
    private final Tab matrixTab;
    private final Tab diagramTab;
    private final Tab dynamicsTab;
    private final Tab phaseTab;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final HBox sliceBox = new HBox(6);

    public DocumentView(DocumentViewModel doc) {
        this.doc = doc;
        EditorViewModel ed = doc.editor();
        grid = new PayoffGrid(ed, doc::solve);
        doc.solve().versionProperty().addListener((o, a, b) -> grid.redraw());
        solvePanel = new SolvePanel(doc.solve(), ed.decimalsProperty(), ed::getGame);
        diagrams = new DiagramView(ed, doc.solve());
        grid.chartStyleProperty().bind(chartStyle);
        diagrams.chartStyleProperty().bind(chartStyle);

        BorderPane matrix = new BorderPane();
        matrix.setTop(createModeBar(ed));
        SplitPane split = new SplitPane(grid, solvePanel);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        matrix.setCenter(split);

        matrixTab = new Tab("Matrix", matrix);
        matrixTab.setClosable(false);
        diagramTab = new Tab("Diagrams", diagrams);
        diagramTab.setClosable(false);
        dynamicsTab = org.gtlab.ui.run.DynamicsView.tab(ed.gameProperty(), doc.titleProperty(), chartStyle);
        phaseTab = org.gtlab.ui.sweep.PhaseDiagramView.tab(ed.gameProperty(), doc.titleProperty(), chartStyle);
        views.getTabs().addAll(matrixTab, diagramTab, dynamicsTab, phaseTab);
        views.getStyleClass().add("document-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(views);
    }

    private HBox createModeBar(EditorViewModel ed) {
        ToggleButton marks = new ToggleButton("Best replies");
        marks.setId("marksToggle");
        marks.selectedProperty().bindBidirectional(ed.bestResponseMarksProperty());
        marks.setTooltip(new Tooltip("Underline each player's best replies in her colour; a cell with all\n"
                + "payoffs underlined is a pure equilibrium (Ctrl+B)"));
        CheckBox zs = new CheckBox("Zero-sum");
        zs.setId("zeroSumMode");
        zs.selectedProperty().bindBidirectional(ed.zeroSumProperty());
        zs.setTooltip(new Tooltip("Player 2's payoff is always minus player 1's: type player 1's payoffs only"));
        CheckBox sym = new CheckBox("Symmetric");
        sym.setId("symmetricMode");
        sym.selectedProperty().bindBidirectional(ed.symmetricProperty());
        sym.setTooltip(new Tooltip("B = Aᵀ: typing a payoff fills the mirrored payoff of the other player"));
        Label msg = new Label();
        msg.setId("editorMessage");
        msg.getStyleClass().add("editor-message");
        msg.textProperty().bind(ed.messageProperty());
        msg.setMinWidth(0);
        ed.messageProperty().addListener((o, a, b) -> {
            msg.getStyleClass().remove("warning");
            if (b != null && (b.contains("not a number") || b.startsWith("Nothing") || b.contains("allows"))) {
                msg.getStyleClass().add("warning");
            }
        });
        sliceBox.setAlignment(Pos.CENTER_LEFT);
        ed.gameProperty().addListener((o, a, b) -> rebuildSlices(ed));
        rebuildSlices(ed);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, marks, zs, sym, sliceBox, spacer, msg);
        bar.getStyleClass().add("grid-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Players 3+ as slice choosers: "Player 3 plays [L ▾]". */
    private void rebuildSlices(EditorViewModel ed) {
        NormalFormGame g = ed.getGame();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (int p = 2; p < g.numPlayers(); p++) {
            int player = p;
            Label l = new Label(g.playerName(p) + " plays");
            l.getStyleClass().add("player-" + Math.min(4, p + 1));
            ChoiceBox<String> cb = new ChoiceBox<>();
            cb.getItems().setAll(g.strategyLabels(p));
            cb.getSelectionModel().select(Math.min(ed.sliceProperty().get()[p], g.numStrategies(p) - 1));
            cb.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> ed.setSlice(player, b.intValue()));
            cb.setId("slice" + (p + 1));
            cb.setTooltip(new Tooltip("The grid shows the slice where " + g.playerName(p) + " plays this strategy"));
            nodes.add(l);
            nodes.add(cb);
        }
        sliceBox.getChildren().setAll(nodes);
    }

    public DocumentViewModel model() {
        return doc;
    }

    public PayoffGrid grid() {
        return grid;
    }

    public SolvePanel solvePanel() {
        return solvePanel;
    }

    public DiagramView diagrams() {
        return diagrams;
    }

    public TabPane views() {
        return views;
    }

    public boolean showingDiagrams() {
        return views.getSelectionModel().getSelectedItem() == diagramTab;
    }

    public void showMatrix() {
        views.getSelectionModel().select(matrixTab);
    }

    public void showDiagrams() {
        views.getSelectionModel().select(diagramTab);
    }

    /** The Dynamics view (portrait and runs; built on first use). */
    public org.gtlab.ui.run.DynamicsView dynamics() {
        return org.gtlab.ui.run.DynamicsView.of(dynamicsTab);
    }

    /** Shows the Phase diagram view (built on first use). */
    public org.gtlab.ui.sweep.PhaseDiagramView showPhaseDiagram() {
        views.getSelectionModel().select(phaseTab);
        return org.gtlab.ui.sweep.PhaseDiagramView.of(phaseTab);
    }

    public void showDynamics() {
        views.getSelectionModel().select(dynamicsTab);
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }
}
