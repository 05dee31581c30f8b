package org.gtlab.ui.selfplay;

import org.gtlab.ui.workspace.OpenGameEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.gtlab.chart.fx.ChartCanvas;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.io.recipe.ExportFormat;
import org.gtlab.io.recipe.ExportSize;
import org.gtlab.io.recipe.Exporter;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.selfplay.Preference;
import org.gtlab.selfplay.SelfPlayPresets;
import org.gtlab.ui.common.FrameTimer;
import org.gtlab.ui.workspace.LabContext;
import org.gtlab.ui.workspace.RunListView;
import org.gtlab.ui.workspace.RunRow;
import org.gtlab.ui.workspace.TabDescription;

/**
 * The self-play lab's view: a "Preference game" and a "Kuhn poker" tab of controls on the left,
 * the live figures (simplex or iterate lines of the selected preference run; NashConv of the Kuhn
 * runs) and the shared run list on the right. Thin: everything comes from {@link SelfPlayLabModel}.
 * Closing its tab cancels its runs.
 */
public final class SelfPlayView extends BorderPane implements AutoCloseable, TabDescription {

    private final SelfPlayLabModel model;
    private final TextArea matrix = new TextArea();
    private final TextArea raters = new TextArea();
    private final Label message = new Label();
    private final TextArea rankings = new TextArea();
    private final ComboBox<SelfPlayLabModel.PreferenceLearner> prefLearner = new ComboBox<>();
    private final TextField eta = new TextField("auto");
    private final TextField prefSteps = new TextField("3000");
    private final ToggleButton asLines = new ToggleButton("Lines");
    private final ComboBox<SelfPlayLabModel.KuhnLearner> kuhnLearner = new ComboBox<>();
    private final ComboBox<SelfPlayLabModel.Estimator> estimator = new ComboBox<>();
    private final TextField kuhnSteps = new TextField("2000");
    private final ChartCanvas prefChart = new ChartCanvas();
    private final ChartCanvas kuhnChart = new ChartCanvas();
    private final RunListView<RunRow> runList;
    private List<String> labels = List.of("a", "b", "c");
    private long version;
    private final AnimationTimer timer;

    public SelfPlayView(LabContext ctx) {
        this.model = new SelfPlayLabModel(ctx.runs().get(), ctx.methods());
        setId("selfPlayLab");
        getStyleClass().add("self-play-lab");
        prefChart.setId("selfPlayPreferenceChart");
        kuhnChart.setId("selfPlayKuhnChart");
        prefChart.chartStyleProperty().bind(ctx.chartStyle());
        kuhnChart.chartStyleProperty().bind(ctx.chartStyle());

        TabPane modes = new TabPane(new Tab("Preference game", preferencePane()), new Tab("Kuhn poker", kuhnPane()));
        modes.setId("selfPlayModes");
        modes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        modes.setPrefWidth(430);
        modes.setMinWidth(360);

        runList = new RunListView<>(model.runs(), RunListView.RowActions.none(), true,
                "No runs yet: run a preference learner or a Kuhn poker learner.");
        runList.setId("selfPlayRuns");
        runList.chartStyleProperty().bind(ctx.chartStyle());
        var css = SelfPlayView.class.getResource(RunListView.STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        // one figure at a time: the mode tab picks the preference figure or the Kuhn NashConv chart
        javafx.scene.layout.StackPane charts = new javafx.scene.layout.StackPane(prefChart, kuhnChart);
        kuhnChart.visibleProperty().bind(modes.getSelectionModel().selectedIndexProperty().isEqualTo(1));
        prefChart.visibleProperty().bind(kuhnChart.visibleProperty().not());
        SplitPane right = new SplitPane(charts, runList);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.72);
        setLeft(modes);
        setCenter(right);
        model.runs().onChange(l -> redraw());
        timer = FrameTimer.attach(this, 1_000_000_000L / 30, model.runs()::tick);
        showPreference(Preference.threeRaters(), "three raters", List.of("a", "b", "c"));
        raters.setText("0.40: a > b > c\n0.35: b > c > a\n0.25: c > a > b\n");
    }

    /** The view model (tests drive it). */
    public SelfPlayLabModel model() {
        return model;
    }

    private VBox preferencePane() {
        matrix.setId("preferenceMatrix");
        matrix.setPrefRowCount(4);
        matrix.setStyle("-fx-font-family: monospace");
        raters.setId("raterRankings");
        raters.setPrefRowCount(3);
        raters.setStyle("-fx-font-family: monospace");
        rankings.setId("preferenceRankings");
        rankings.setEditable(false);
        rankings.setWrapText(true);
        rankings.setPrefRowCount(7);
        rankings.setStyle("-fx-font-family: monospace; -fx-font-size: 11px");
        message.setId("preferenceMessage");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        ComboBox<String> preset = new ComboBox<>();
        preset.setId("preferencePreset");
        preset.getItems().addAll(SelfPlayPresets.PREFERENCE);
        preset.setPromptText("Preset…");
        preset.setOnAction(e -> {
            String p = preset.getValue();
            if (p != null) {
                Preference pr = SelfPlayPresets.preference(p);
                showPreference(pr, p, org.gtlab.figure.SelfPlayFigures.optionLabels(pr.size()));
            }
        });
        Button useMatrix = new Button("Use matrix");
        useMatrix.setId("useMatrix");
        useMatrix.setOnAction(e -> applyMatrix());
        Button useRaters = new Button("Aggregate rankings");
        useRaters.setId("useRankings");
        useRaters.setOnAction(e -> applyRankings());
        prefLearner.setId("preferenceLearner");
        prefLearner.getItems().addAll(SelfPlayLabModel.PreferenceLearner.values());
        prefLearner.setValue(SelfPlayLabModel.PreferenceLearner.SPPO_EXACT);
        eta.setId("preferenceEta");
        eta.setPrefColumnCount(5);
        prefSteps.setId("preferenceSteps");
        prefSteps.setPrefColumnCount(6);
        Button run = new Button("Run");
        run.setId("runPreference");
        run.setDefaultButton(true);
        run.setOnAction(e -> startPreference());
        asLines.setId("preferenceLines");
        asLines.setOnAction(e -> redraw());
        Button export = new Button("Export figure…");
        export.setId("exportPreference");
        export.setOnAction(e -> exportPreference());
        VBox box = new VBox(6,
                new HBox(6, new Label("Preference matrix P (rows beat columns)"), preset),
                matrix, new HBox(6, useMatrix),
                wrapped("…or raters' rankings (weight: best > … > worst)"), raters, useRaters, message,
                wrapped("Maximal lottery / von Neumann winner (SPO: Minimax Winner) and rankings"), rankings,
                new HBox(6, prefLearner, new Label("η"), eta),
                new HBox(6, new Label("steps"), prefSteps, run, asLines, export));
        box.setPadding(new Insets(8));
        VBox.setVgrow(rankings, Priority.SOMETIMES);
        return box;
    }

    /** A caption that wraps instead of being shortened with "…" in the narrow mode pane. */
    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private VBox kuhnPane() {
        kuhnLearner.setId("kuhnLearner");
        kuhnLearner.getItems().addAll(SelfPlayLabModel.KuhnLearner.values());
        kuhnLearner.setValue(SelfPlayLabModel.KuhnLearner.REINFORCE);
        estimator.setId("advantageEstimator");
        estimator.getItems().addAll(SelfPlayLabModel.Estimator.values());
        estimator.setValue(SelfPlayLabModel.Estimator.RAE);
        estimator.disableProperty().bind(kuhnLearner.valueProperty().isNotEqualTo(SelfPlayLabModel.KuhnLearner.REINFORCE));
        kuhnSteps.setId("kuhnSteps");
        kuhnSteps.setPrefColumnCount(6);
        Button run = new Button("Run");
        run.setId("runKuhn");
        run.setOnAction(e -> startKuhn());
        Button open = new Button("Open the 27 × 64 normal form in the editor");
        open.setId("openKuhnNormalForm");
        open.setOnAction(e -> fireEvent(new OpenGameEvent(SelfPlayLabModel.kuhnNormalForm(),
                "Kuhn poker (27 × 64)")));
        Label note = new Label("Kuhn poker: 3 cards, ante 1, bet 1; value −1/18 for player 1. REINFORCE's "
                + "advantage: terminal reward at every turn, the turn-level return, SPIRAL's role-conditioned "
                + "EMA baseline (RAE) or MARS's per-role normalisation. Any action-independent baseline leaves the "
                + "gradient unbiased: RAE lowers variance. NFSP mixes ε-greedy Q best responses (η = 0.1) with "
                + "its reservoir-fed average; XFP is full-width extensive-form fictitious play.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        Label papers = new Label(SelfPlayLabModel.seedPapersText());
        papers.setWrapText(true);
        papers.setId("seedPapersText");
        javafx.scene.control.TitledPane seeds = new javafx.scene.control.TitledPane(
                "Seed papers with no game mechanism (spec §9)", papers);
        seeds.setId("seedPapers");
        seeds.setExpanded(false);
        VBox box = new VBox(8, new HBox(6, new Label("Learner"), kuhnLearner),
                new HBox(6, new Label("Advantage estimator"), estimator),
                new HBox(6, new Label("steps"), kuhnSteps, run), open, note, seeds);
        box.setPadding(new Insets(8));
        return box;
    }

    private void showPreference(Preference p, String name, List<String> names) {
        model.setPreference(p, name);
        labels = names;
        matrix.setText(SelfPlayLabModel.format(p));
        rankings.setText(model.rankings(names));
        message.setText("K = " + p.size() + " options · " + name);
    }

    private void applyMatrix() {
        try {
            Preference p = SelfPlayLabModel.parseMatrix(matrix.getText());
            showPreference(p, "typed matrix", org.gtlab.figure.SelfPlayFigures.optionLabels(p.size()));
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
    }

    private void applyRankings() {
        try {
            Map.Entry<Preference, List<String>> r = SelfPlayLabModel.parseRankings(raters.getText());
            showPreference(r.getKey(), "raters " + String.join("/", r.getValue()), r.getValue());
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
    }

    private void startPreference() {
        try {
            String e = eta.getText().strip().toLowerCase(Locale.ROOT);
            double h = e.isEmpty() || e.equals("auto") ? Double.NaN : parse(e, "η");
            model.startPreference(prefLearner.getValue(), h, (long) parse(prefSteps.getText(), "steps"), 1);
        } catch (IllegalArgumentException ex) {
            message.setText(ex.getMessage());
        }
    }

    private void startKuhn() {
        try {
            model.startKuhn(kuhnLearner.getValue(), estimator.getValue(), (long) parse(kuhnSteps.getText(), "steps"),
                    1);
        } catch (IllegalArgumentException ex) {
            message.setText(ex.getMessage());
        }
    }

    private static double parse(String s, String field) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + s + "\" is not a number");
        }
    }

    private void redraw() {
        version++;
        prefChart.chartProperty().set(model.preferenceFigure(asLines.isSelected()));
        kuhnChart.chartProperty().set(model.kuhnChart());
        runList.update();
    }

    private void exportPreference() {
        Recipe r = model.preferenceRecipe(asLines.isSelected());
        if (r == null) {
            message.setText("select a preference run to export its figure");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("self-play.png");
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            Path p = Exporter.write(new Exporter.Request(model.preferenceFigure(asLines.isSelected()),
                    f.getName().endsWith(".pdf") ? ExportFormat.PDF : f.getName().endsWith(".svg") ? ExportFormat.SVG
                            : ExportFormat.PNG, ExportSize.PAPER_WIDE, 150, true, ChartStyle.paper()), f.toPath(), r);
            message.setText("exported with its recipe " + p.getFileName());
        } catch (java.io.IOException | RuntimeException e) {
            message.setText("export failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.stop();
        model.close();
    }

    @Override
    public String tabTitle() {
        return "Self-play — " + model.preferenceName();
    }

    @Override
    public String statusLine() {
        return model.runs().rows().size() + " runs · " + model.runs().activeCount() + " active";
    }

    @Override
    public String inspectorText() {
        return "Preference game: " + model.preferenceName() + " (K = " + model.preference().size() + ")\n"
                + rankings.getText();
    }

    @Override
    public long descriptionVersion() {
        return version;
    }
}
