package org.gtlab.ui.app;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
    private final javafx.beans.property.BooleanProperty sideBySide =
            new javafx.beans.property.SimpleBooleanProperty(this, "sideBySide");
    private final BorderPane matrixPane;
    private final javafx.beans.property.BooleanProperty lecture =
            new javafx.beans.property.SimpleBooleanProperty(this, "lecture");
    private SplitPane gridSplit;
    private final org.gtlab.ui.editor.ParameterPanel parameterPanel;
    private BorderPane gridPane;

    public DocumentView(DocumentViewModel doc, AppServices services) {
        this.doc = doc;
        EditorViewModel ed = doc.editor();
        grid = new PayoffGrid(ed, doc::solve);
        doc.solve().versionProperty().addListener((o, a, b) -> grid.redraw());
        solvePanel = new SolvePanel(doc.solve(), ed.decimalsProperty(), ed::getGame);
        diagrams = new DiagramView(ed, doc.solve());
        grid.chartStyleProperty().bind(chartStyle);
        diagrams.chartStyleProperty().bind(chartStyle);

        doc.solve().setSliceSource(() -> ed.sliceProperty().get());
        BorderPane matrix = new BorderPane();
        matrix.setTop(createModeBar(ed));
        BorderPane gridPane = new BorderPane(grid);
        parameterPanel = new org.gtlab.ui.editor.ParameterPanel(ed); // issue 15: sliders of the game's parameters
        // slider ticks coalesced to the latest value, applied at most 30 times a second
        org.gtlab.ui.common.FrameTimer.attach(parameterPanel, 1_000_000_000L / 30, parameterPanel.sampler()::drain);
        gridPane.setRight(parameterPanel);
        // in lecture mode the panel shows only when the game has parameters (the matrix gets the room)
        parameterPanel.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !lecture.get() || !ed.getParameters().isEmpty(), lecture, ed.parametersProperty()));
        parameterPanel.managedProperty().bind(parameterPanel.visibleProperty());
        gridPane.setBottom(legend());
        SplitPane split = new SplitPane(gridPane, solvePanel);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        gridSplit = split;
        this.gridPane = gridPane;
        matrix.setCenter(split);
        grid.fitToViewProperty().bind(lecture);
        lecture.addListener((o, a, b) -> {
            // lecture mode: the matrix gets most of the height (it grows to fill it), the
            // equilibria keep a few rows
            split.setDividerPositions(b ? 0.68 : 0.58);
            if (sideBySide.get()) {
                sideBySide.set(false);
                sideBySide.set(true);
            }
        });
        this.matrixPane = matrix;

        matrixTab = new Tab("Matrix", matrix);
        matrixTab.setClosable(false);
        diagramTab = new Tab("Diagrams", diagrams);
        diagramTab.setClosable(false);
        sideBySide.addListener((o, a, b) -> layoutSideBySide());
        dynamicsTab = org.gtlab.ui.dynamics.DynamicsView.tab(ed.gameProperty(), doc.titleProperty(), chartStyle, lecture,
                org.gtlab.ui.dynamics.DynamicsViewModel.factory(services.runs(), services.background(), services.methods()));
        phaseTab = org.gtlab.ui.sweep.PhaseDiagramView.tab(ed.gameProperty(), doc.titleProperty(), chartStyle,
                withParameters(ed, org.gtlab.ui.sweep.PhaseDiagramViewModel.factory(services.methods(), services.runs(), spec -> {
                    dynamics().model().runs().start(spec); // a clicked cell opens as a live run in the Dynamics run list
                    showDynamics();
                })));
        views.getTabs().addAll(matrixTab, diagramTab, dynamicsTab, phaseTab);
        views.getStyleClass().add("document-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(views);
    }

    /** Phase diagram models that follow the editor's parameters (issue 15: game parameters are sweep axes). */
    private static org.gtlab.ui.sweep.PhaseDiagramViewModel.Factory withParameters(EditorViewModel ed,
            org.gtlab.ui.sweep.PhaseDiagramViewModel.Factory models) {
        return (g, t) -> {
            org.gtlab.ui.sweep.PhaseDiagramViewModel m = models.create(g, t);
            m.parametricProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                    () -> ed.getParameters().isEmpty() ? null : ed.parametricGame(), ed.parametersProperty(),
                    ed.gameProperty()));
            return m;
        };
    }

    private javafx.scene.layout.FlowPane createModeBar(EditorViewModel ed) {
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
        // a flow: beside the diagrams (side by side, 1280×800 with both side panels) the toggles
        // wrap onto a second line instead of being shortened to "Best rep…", "Zero-s…"
        for (Region r : List.of(marks, zs, sym)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // an empty message or slice box takes no line of its own
        msg.managedProperty().bind(msg.textProperty().isNotEmpty());
        sliceBox.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(sliceBox.getChildren()));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 4, marks, zs, sym, sliceBox, msg);
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

    /**
     * The legend of every mark and shading the grid uses, always on screen below it (the same
     * words as the exported caption).
     */
    private javafx.scene.layout.FlowPane legend() {
        Label tint = new Label("shaded: selected equilibrium's support");
        tint.getStyleClass().addAll("legend-item", "legend-support");
        Label pure = new Label("◥ pure equilibrium");
        pure.getStyleClass().addAll("legend-item", "legend-pure");
        Label br = new Label("underlined: best reply");
        br.getStyleClass().addAll("legend-item", "legend-best-reply");
        Label grey = new Label("grey: eliminated by dominance");
        grey.getStyleClass().addAll("legend-item", "legend-greyed");
        Label red = new Label("red: not a number");
        red.getStyleClass().addAll("legend-item", "legend-invalid");
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(14, 2, pure, tint, br, grey, red);
        box.setId("gridLegend");
        box.getStyleClass().add("grid-legend");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPrefWrapLength(400);
        Tooltip.install(box, new Tooltip("◥ corner: a pure Nash equilibrium found by the last solve\n"
                + "Shaded rows, columns and cells: the support of the selected equilibrium\n"
                + "Underlined payoff: a best reply of that player to the others' strategies in the cell\n"
                + "Grey strategies: eliminated by the dominance stepper\nRed entries: typed text that is not a number"));
        return box;
    }

    /**
     * Side by side: the grid (with its mode bar) and the diagrams share the upper part, the solve
     * panel spans the full width below them, so that none of its labels is squeezed.
     */
    private void layoutSideBySide() {
        if (sideBySide.get()) {
            Node bar = matrixPane.getTop();
            gridSplit.getItems().remove(solvePanel);
            if (gridSplit.getItems().isEmpty()) {
                gridSplit.getItems().add(gridPane);
            }
            BorderPane left = new BorderPane(gridSplit.getItems().get(0));
            gridSplit.getItems().clear();
            matrixPane.setTop(null);
            left.setTop(bar);
            SplitPane upper = new SplitPane(left, diagrams);
            upper.setDividerPositions(lecture.get() ? 0.4 : 0.42);
            SplitPane both = new SplitPane(upper, solvePanel);
            both.setOrientation(Orientation.VERTICAL);
            both.setDividerPositions(lecture.get() ? 0.72 : 0.66);
            both.setId("sideBySide");
            matrixTab.setContent(both);
            Label moved = new Label("The diagrams are shown beside the matrix (Ctrl+4 to undock them).");
            moved.getStyleClass().add("empty-state");
            diagramTab.setContent(moved);
        } else {
            if (matrixPane.getTop() == null && matrixTab.getContent() instanceof SplitPane both
                    && both.getItems().get(0) instanceof SplitPane upper && upper.getItems().get(0) instanceof BorderPane left) {
                Node bar = left.getTop();
                left.setTop(null);
                left.setCenter(null);
                upper.getItems().clear();
                both.getItems().clear();
                matrixPane.setTop(bar);
                gridSplit.getItems().setAll(gridPane, solvePanel);
                gridSplit.setDividerPositions(lecture.get() ? 0.68 : 0.58);
            }
            diagramTab.setContent(null);
            matrixTab.setContent(matrixPane);
            diagramTab.setContent(diagrams);
        }
    }

    /**
     * Lecture mode (F11): the matrix grows to fill its view ({@link PayoffGrid#fitToViewProperty()});
     * the diagrams fill theirs and choose an arrangement that keeps every label whole.
     */
    public javafx.beans.property.BooleanProperty lectureProperty() {
        return lecture;
    }

    /** Matrix and diagrams side by side in the Matrix tab. */
    public javafx.beans.property.BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    /** True if the diagrams are on screen (their own tab, or beside the matrix). */
    public boolean diagramsVisible() {
        return showingDiagrams() || (sideBySide.get() && views.getSelectionModel().getSelectedItem() == matrixTab);
    }

    public DocumentViewModel model() {
        return doc;
    }

    public PayoffGrid grid() {
        return grid;
    }

    /** The Parameters section under the grid. */
    public org.gtlab.ui.editor.ParameterPanel parameterPanel() {
        return parameterPanel;
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
    public org.gtlab.ui.dynamics.DynamicsView dynamics() {
        return org.gtlab.ui.dynamics.DynamicsView.of(dynamicsTab);
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
