package org.gtlab.ui.repeated;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;

import org.gtlab.ui.repeated.StrategyEditorModel.StateRow;

/**
 * The lab's strategy editor: memory-one sliders (p after CC, CD, DC, DD and the first move) with the
 * live classification, and a finite-state machine as a diagram (states on a circle, coloured by their
 * action, arrows labelled with the opponent's move; double-click a state to flip its action) with its
 * state table (name, action, next state after C and after D). Each strategy can be added to the lab's
 * library (roster picker, match, play, tournaments) and saved or opened as a JSON strategy file.
 */
final class StrategyEditorView extends SplitPane {

    private final RepeatedLabViewModel vm;
    private final StrategyEditorModel m;
    private final Consumer<Runnable> guard;
    private final Canvas diagram = new Canvas(420, 320);

    StrategyEditorView(RepeatedLabViewModel vm, Consumer<Runnable> guard) {
        this.vm = vm;
        this.m = vm.strategyEditor();
        this.guard = guard;
        setId("strategyEditor");
        getItems().addAll(memoryOne(), machine());
        setDividerPositions(0.42);
    }

    private Slider slider(String id, DoubleProperty p) {
        Slider s = new Slider(0, 1, p.get());
        s.setId(id);
        s.setBlockIncrement(0.05);
        s.setShowTickMarks(true);
        s.setMajorTickUnit(0.25);
        s.valueProperty().bindBidirectional(p);
        HBox.setHgrow(s, Priority.ALWAYS);
        return s;
    }

    private VBox memoryOne() {
        TextField name = new TextField();
        name.setId("m1Name");
        name.textProperty().bindBidirectional(m.memoryOneNameProperty());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        String[] labels = {"p(C) after CC", "p(C) after CD", "p(C) after DC", "p(C) after DD", "p(C) first move"};
        String[] tips = {"both cooperated", "I cooperated, the opponent defected", "I defected, the opponent cooperated",
                "both defected", "probability of cooperating in round 1"};
        DoubleProperty[] props = {m.pCCProperty(), m.pCDProperty(), m.pDCProperty(), m.pDDProperty(),
                m.firstProperty()};
        String[] ids = {"pCC", "pCD", "pDC", "pDD", "pFirst"};
        for (int i = 0; i < 5; i++) {
            Slider s = slider(ids[i], props[i]);
            s.setPrefWidth(220);
            Label v = new Label();
            v.textProperty().bind(props[i].asString(Locale.ROOT, "%.2f"));
            v.setMinWidth(40);
            Label l = new Label(labels[i]);
            l.setTooltip(new Tooltip("Probability of cooperating after " + tips[i]));
            s.setTooltip(new Tooltip(tips[i]));
            g.addRow(i, l, s, v);
        }
        Label cls = new Label();
        cls.setId("m1Class");
        cls.textProperty().bind(m.classificationProperty());
        cls.setWrapText(true);
        cls.setStyle("-fx-font-weight: bold;");
        Button add = new Button("Add to library");
        add.setId("addMemoryOne");
        add.setTooltip(new Tooltip("The roster picker, match and play offer it; tournaments carry it in their recipe"));
        add.setOnAction(e -> guard.accept(() -> vm.addEditedStrategy(false)));
        Button save = new Button("Save strategy…");
        save.setOnAction(e -> saveFile(false));
        Button open = new Button("Open strategy…");
        open.setOnAction(e -> openFile());
        Label note = new Label("Classification on the current stage game: named rules (TFT, WSLS, GTFT, …), "
                + "zero-determinant vectors (Press & Dyson 2012: extortionate, generous, equaliser) and traits.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox box = new VBox(8, new HBox(8, new Label("Name"), name), g, new Label("Classification:"), cls,
                new HBox(8, add, save, open), note);
        box.setPadding(new Insets(8));
        TitledPane t = new TitledPane("Memory-one strategy", box);
        t.setCollapsible(false);
        VBox outer = new VBox(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        return outer;
    }

    private VBox machine() {
        TextField name = new TextField();
        name.setId("fsmName");
        name.textProperty().bindBidirectional(m.machineNameProperty());
        TextField initial = new TextField();
        initial.setId("fsmInitial");
        initial.setPrefColumnCount(8);
        initial.textProperty().bindBidirectional(m.initialProperty());
        TableView<StateRow> table = new TableView<>(m.states());
        table.setId("fsmStates");
        table.setEditable(true);
        table.getColumns().add(textColumn("State", StateRow::nameProperty, 110));
        TableColumn<StateRow, String> act = new TableColumn<>("Plays");
        act.setCellValueFactory(d -> d.getValue().actionProperty());
        act.setCellFactory(ComboBoxTableCell.forTableColumn("C", "D"));
        act.setPrefWidth(70);
        table.getColumns().add(act);
        table.getColumns().add(textColumn("After their C", StateRow::onCProperty, 110));
        table.getColumns().add(textColumn("After their D", StateRow::onDProperty, 110));
        table.setPrefHeight(170);
        Button addState = new Button("Add state");
        addState.setId("fsmAddState");
        addState.setOnAction(e -> m.addState());
        Button remove = new Button("Remove state");
        remove.setOnAction(e -> {
            StateRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                m.states().remove(r);
            }
        });
        Label status = new Label();
        status.setId("fsmStatus");
        status.textProperty().bind(m.machineStatusProperty());
        status.setWrapText(true);
        Button add = new Button("Add to library");
        add.setId("addMachine");
        add.setOnAction(e -> guard.accept(() -> vm.addEditedStrategy(true)));
        Button save = new Button("Save strategy…");
        save.setOnAction(e -> saveFile(true));
        Pane holder = new Pane(diagram);
        holder.setMinHeight(220);
        holder.setPrefHeight(320);
        diagram.widthProperty().bind(holder.widthProperty());
        diagram.heightProperty().bind(holder.heightProperty());
        diagram.widthProperty().addListener((o, a, b) -> draw());
        diagram.heightProperty().addListener((o, a, b) -> draw());
        diagram.setId("fsmDiagram");
        diagram.setOnMouseClicked(e -> {
            int k = stateAt(e.getX(), e.getY());
            if (k >= 0) {
                table.getSelectionModel().select(k);
                if (e.getClickCount() == 2) {
                    m.toggleAction(k);
                }
            }
        });
        m.machineVersionProperty().addListener((o, a, b) -> draw());
        VBox.setVgrow(holder, Priority.ALWAYS);
        Label note = new Label("A state plays its action; after each round the machine follows the arrow of the "
                + "opponent's move. Double-click a state to flip C/D; edit names and arrows in the table.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox box = new VBox(8, new HBox(8, new Label("Name"), name, new Label("Starts in"), initial), holder, table,
                new HBox(8, addState, remove, add, save), status, note);
        box.setPadding(new Insets(8));
        TitledPane t = new TitledPane("Finite-state machine", box);
        t.setCollapsible(false);
        VBox outer = new VBox(t);
        VBox.setVgrow(t, Priority.ALWAYS);
        draw();
        return outer;
    }

    private static TableColumn<StateRow, String> textColumn(String title,
            java.util.function.Function<StateRow, javafx.beans.property.StringProperty> p, double w) {
        TableColumn<StateRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> p.apply(d.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(w);
        return c;
    }

    // ------------------------------------------------------------------ the diagram

    private double[][] positions() {
        int n = m.states().size();
        double w = diagram.getWidth();
        double h = diagram.getHeight();
        double r = Math.max(10, Math.min(w, h) / 2 - 48);
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            p[i][0] = w / 2 + (n == 1 ? 0 : r * Math.cos(a));
            p[i][1] = h / 2 + (n == 1 ? 0 : r * Math.sin(a));
        }
        return p;
    }

    private static final double R = 24;

    private int stateAt(double x, double y) {
        double[][] p = positions();
        for (int i = 0; i < p.length; i++) {
            if (Math.hypot(x - p[i][0], y - p[i][1]) <= R) {
                return i;
            }
        }
        return -1;
    }

    /** Draws the machine: states as circles (green C, red D; the initial state with a double ring). */
    private void draw() {
        GraphicsContext g = diagram.getGraphicsContext2D();
        double w = diagram.getWidth();
        double h = diagram.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        List<StateRow> states = m.states();
        double[][] p = positions();
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            id.putIfAbsent(states.get(i).nameProperty().get(), i);
        }
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < states.size(); i++) {
            StateRow s = states.get(i);
            // every arrow bends to its own left, so arrows A→B and B→A stay apart; C and D by different amounts
            arrow(g, p, i, id.get(s.onCProperty().get()), "C", -0.22, Color.web("#009E73"));
            arrow(g, p, i, id.get(s.onDProperty().get()), "D", -0.45, Color.web("#D55E00"));
        }
        for (int i = 0; i < states.size(); i++) {
            StateRow s = states.get(i);
            boolean c = "C".equals(s.actionProperty().get());
            g.setFill(c ? Color.web("#CFEFE6") : Color.web("#F6D3BF"));
            g.fillOval(p[i][0] - R, p[i][1] - R, 2 * R, 2 * R);
            g.setStroke(Color.web("#333333"));
            g.setLineWidth(1.4);
            g.strokeOval(p[i][0] - R, p[i][1] - R, 2 * R, 2 * R);
            if (s.nameProperty().get().equals(m.initialProperty().get())) {
                g.strokeOval(p[i][0] - R - 4, p[i][1] - R - 4, 2 * R + 8, 2 * R + 8);
            }
            g.setFill(Color.BLACK);
            g.fillText(s.nameProperty().get(), p[i][0], p[i][1] - 6);
            g.fillText("plays " + s.actionProperty().get(), p[i][0], p[i][1] + 8);
        }
        if (states.isEmpty()) {
            g.setFill(Color.GRAY);
            g.fillText("No states: press Add state", w / 2, h / 2);
        }
    }

    /** An arrow from state i to state j (null: a missing state, drawn as a dangling dashed stub). */
    private static void arrow(GraphicsContext g, double[][] p, int i, Integer j, String label, double bend, Color col) {
        g.setStroke(col);
        g.setFill(col);
        g.setLineWidth(1.5);
        double x0 = p[i][0];
        double y0 = p[i][1];
        if (j == null) {
            g.setLineDashes(4, 3);
            double dx = "C".equals(label) ? -1 : 1;
            g.strokeLine(x0 + dx * R, y0 + R * 0.6, x0 + dx * (R + 26), y0 + R + 20);
            g.setLineDashes();
            g.fillText(label + "→?", x0 + dx * (R + 34), y0 + R + 26);
            return;
        }
        if (j == i) {
            // a loop above (C) or below (D) the state
            double sy = "C".equals(label) ? -1 : 1;
            double cy = y0 + sy * (R + 12);
            g.strokeOval(x0 - 11, cy - 11, 22, 22);
            g.fillText(label, x0 + 20, cy + sy * 6);
            return;
        }
        double x1 = p[j][0];
        double y1 = p[j][1];
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        // control point off the straight line, so C and D arrows between the same states stay apart
        double mx = (x0 + x1) / 2 - uy * bend * len * 0.5;
        double my = (y0 + y1) / 2 + ux * bend * len * 0.5;
        double sx = x0 + ux * R;
        double sy = y0 + uy * R;
        double ex = x1 - ux * R;
        double ey = y1 - uy * R;
        g.beginPath();
        g.moveTo(sx, sy);
        g.quadraticCurveTo(mx, my, ex, ey);
        g.stroke();
        double tx = ex - mx;
        double ty = ey - my;
        double tl = Math.hypot(tx, ty);
        tx /= tl;
        ty /= tl;
        g.fillPolygon(new double[] {ex, ex - 9 * tx - 4 * ty, ex - 9 * tx + 4 * ty},
                new double[] {ey, ey - 9 * ty + 4 * tx, ey - 9 * ty - 4 * tx}, 3);
        g.fillText(label, 0.25 * sx + 0.5 * mx + 0.25 * ex, 0.25 * sy + 0.5 * my + 0.25 * ey - 8);
    }

    // ------------------------------------------------------------------ files

    private void saveFile(boolean machine) {
        guard.accept(() -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName(vm.editedStrategyName(machine) + ".strategy.json");
            File f = fc.showSaveDialog(getScene().getWindow());
            if (f != null) {
                try {
                    vm.saveEditedStrategy(machine, f.toPath());
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
        });
    }

    private void openFile() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Strategies", "*.json"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f != null) {
            guard.accept(() -> {
                try {
                    vm.openStrategy(f.toPath());
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            });
        }
    }
}
