package org.gtlab.ui.reservoir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.controlsfx.control.PropertySheet;
import org.gtlab.ui.common.BackgroundExecutor;

/**
 * The BRG lab's live match (spec brg.md §7): a parameter sheet (ControlsFX {@link PropertySheet}; spec defaults,
 * ranges in each description), a schedule builder (Coop / Defect / Noisy(ε) blocks; an empty schedule is
 * refused), "Rebuild agent" (readout training + H habituation epochs off the UI thread, with progress), and the
 * match drawn live: α(t) with the α0 and α_min lines; a(t), a*(t), a_cog(t) and the opponent's action; D(t) with
 * its weighted components and the threshold θ; the cumulative payoffs of the agent and of a TfT shadow on the
 * same schedule. Step plays one round; Run plays {@code speed} rounds per frame, or, with "full speed", streams
 * rounds on the background executor while the canvas redraws every frame (frames drawn per second shown).
 * The view model is {@link LiveMatchModel} over {@code reservoir.LiveSession} (the round loop of {@code reservoir.Match}; the same streams as
 * {@code brg-exp6}, so a match played to the end equals that run).
 */
public final class LiveMatch extends BorderPane implements AutoCloseable {

    /** Block kinds of the schedule builder. */
    public enum Kind { COOP, DEFECT, NOISY }

    /** One block of the schedule. */
    record Block(Kind kind, int rounds, double epsilon) {
        String text() {
            return switch (kind) {
                case COOP -> "coop:" + rounds;
                case DEFECT -> "defect:" + rounds;
                case NOISY -> "noisy:" + rounds + ":" + epsilon;
            };
        }

        @Override
        public String toString() {
            return switch (kind) {
                case COOP -> "Coop × " + rounds;
                case DEFECT -> "Defect × " + rounds;
                case NOISY -> "Noisy(ε = " + epsilon + ") × " + rounds;
            };
        }
    }

    private final BackgroundExecutor background;
    private final List<SheetItem> items = new ArrayList<>();
    private final SheetItem d = SheetItem.integer("Agent", "d", "reservoir size d (1–2000; spec default 30)", 30, 1, 2000);
    private final SheetItem epochs = SheetItem.integer("Agent", "H (epochs)",
            "habituation epochs of 500 steps, batch Oja + clamp [0.05, 0.99] (0–100000; default 200)", 200, 0, 100_000);
    private final SheetItem seedIndex = SheetItem.integer("Agent", "seed index i",
            "seed 500 + 1000i, as Exp 6 (≥ 0; default 0)", 0, 0, 1_000_000);
    private final SheetItem sentinel = SheetItem.bool("Governor", "sentinel",
            "dynamic sentinel (on) or static α (off); default on", true);
    private final SheetItem alpha = SheetItem.real("Governor", "static α", "static receptivity α ∈ [0, 1] (default 0.85)",
            0.85, 0, 1);
    private final SheetItem alpha0 = SheetItem.real("Sentinel", "α0", "resting receptivity ∈ [0, 1] (default 0.85)", 0.85,
            0, 1);
    private final SheetItem etaUp = SheetItem.real("Sentinel", "η↑", "recovery rate ∈ [0, 1] (default 0.05)", 0.05, 0, 1);
    private final SheetItem etaDown = SheetItem.real("Sentinel", "η↓", "suppression rate ∈ [0, 100] (default 0.5)", 0.5, 0,
            100);
    private final SheetItem theta = SheetItem.real("Sentinel", "θ", "discomfort threshold ∈ [0, 10] (default 0.1)", 0.1, 0,
            10);
    private final SheetItem alphaMin = SheetItem.real("Sentinel", "α_min", "receptivity floor ∈ [0, α0] (default 0.05)",
            0.05, 0, 1);
    private final SheetItem wx = SheetItem.real("Sentinel", "w_x", "weight of D_state = ‖x − x̄‖/√d (default 0.3)", 0.3, 0,
            1);
    private final SheetItem wa = SheetItem.real("Sentinel", "w_a", "weight of D_output = |a* − ā| (default 0.3)", 0.3, 0, 1);
    private final SheetItem we = SheetItem.real("Sentinel", "w_e", "weight of D_disagree = |a* − a_cog| (default 0.4)", 0.4,
            0, 1);
    private final SheetItem gammaEma = SheetItem.real("Sentinel", "γ_ema", "baseline EMA rate ∈ [0, 1] (default 0.02)",
            0.02, 0, 1);

    private final ObservableList<Block> blocks = FXCollections.observableArrayList();
    private final ListView<Block> blockList = new ListView<>(blocks);
    private final ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
    private final Spinner<Integer> blockRounds = new Spinner<>(1, 10_000_000, 500);
    private final TextField epsilon = new TextField("0.3");
    private final Button rebuild = new Button("Rebuild agent");
    private final Button newMatch = new Button("New match");
    private final ProgressBar buildProgress = new ProgressBar(0);
    private final Button step = new Button("Step");
    private final Button run = new Button("Run");
    private final Button pause = new Button("Pause");
    private final Slider speed = new Slider(1, 200, 10);
    private final CheckBox fullSpeed = new CheckBox("full speed");
    private final Label status = new Label("Press \"Rebuild agent\" to train and habituate the body.");
    private final Label fps = new Label("");
    private final Canvas canvas = new Canvas(800, 560);
    /** Rounds shown at once; longer schedules scroll. */
    static final int WINDOW = 2000;
    private final AnimationTimer timer;

    private volatile LiveMatchModel session;
    private volatile int built;
    private volatile boolean building;
    private volatile boolean cancelled;
    private volatile boolean running;
    private volatile boolean streaming;
    private BackgroundExecutor.Job job;
    private long frames;
    private long streamedFrames;
    private long fpsWindowStart;
    private long fpsWindowFrames;
    private double lastFps = Double.NaN;
    private int drawnRounds = -1;

    /** @param background where the agent is built and full-speed matches stream */
    public LiveMatch(BackgroundExecutor background) {
        this.background = background;
        setId("brg-live");
        items.addAll(List.of(d, epochs, seedIndex, sentinel, alpha, alpha0, etaUp, etaDown, theta, alphaMin, wx, wa, we,
                gammaEma));
        PropertySheet sheet = new PropertySheet(FXCollections.observableArrayList(items));
        sheet.setId("brg-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setSearchBoxVisible(false);
        sheet.setModeSwitcherVisible(false);
        sheet.setPrefHeight(330);

        exp6Schedule();
        blockList.setId("brg-blocks");
        blockList.setPrefHeight(130);
        kind.setValue(Kind.COOP);
        kind.setId("brg-block-kind");
        blockRounds.setEditable(true);
        blockRounds.setPrefWidth(95);
        epsilon.setPrefColumnCount(4);
        Button add = new Button("Add");
        add.setId("brg-block-add");
        add.setOnAction(e -> addBlock());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            Block b = blockList.getSelectionModel().getSelectedItem();
            if (b != null) {
                blocks.remove(b);
            }
        });
        Button clear = new Button("Clear");
        clear.setId("brg-block-clear");
        clear.setOnAction(e -> blocks.clear());
        Button exp6 = new Button("Exp 6");
        exp6.setOnAction(e -> exp6Schedule());
        HBox blockBar = new HBox(4, kind, blockRounds, new Label("ε"), epsilon, add);
        blockBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox blockBar2 = new HBox(4, remove, clear, exp6);

        rebuild.setId("brg-rebuild");
        rebuild.setOnAction(e -> rebuild());
        newMatch.setId("brg-new-match");
        newMatch.setOnAction(e -> newMatch());
        buildProgress.setPrefWidth(120);
        HBox buildBar = new HBox(6, rebuild, buildProgress, newMatch);

        Label schedTitle = new Label("Opponent schedule");
        schedTitle.setStyle("-fx-font-weight: bold");
        VBox left = new VBox(6, sheet, schedTitle, blockList, blockBar, blockBar2, buildBar);
        left.setPadding(new Insets(6));
        left.setPrefWidth(370);
        left.setMinWidth(370);
        setLeft(left);

        step.setId("brg-step");
        run.setId("brg-play");
        pause.setId("brg-pause");
        fullSpeed.setId("brg-full-speed");
        step.setOnAction(e -> step());
        run.setOnAction(e -> play());
        pause.setOnAction(e -> pause());
        speed.setPrefWidth(160);
        speed.setId("brg-speed");
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(speed.valueProperty().map(v -> Math.round(v.doubleValue()) + " rounds/frame"));
        HBox controls = new HBox(8, step, run, pause, new Label("Speed"), speed, speedLabel, fullSpeed, fps);
        controls.setPadding(new Insets(6));
        status.setId("brg-live-status");
        status.setPadding(new Insets(0, 6, 4, 6));
        setTop(new VBox(controls, status));

        Pane holder = new Pane(canvas);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        holder.setMinSize(300, 300);
        canvas.widthProperty().addListener((o, a, b) -> drawnRounds = -1);
        canvas.heightProperty().addListener((o, a, b) -> drawnRounds = -1);
        HBox.setHgrow(holder, Priority.ALWAYS);
        canvas.setId("brg-live-canvas");
        setCenter(holder);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        timer.start();
        draw();
    }

    private void exp6Schedule() {
        blocks.setAll(new Block(Kind.COOP, 500, 0), new Block(Kind.DEFECT, 50, 0), new Block(Kind.COOP, 500, 0),
                new Block(Kind.NOISY, 200, 0.3), new Block(Kind.COOP, 500, 0));
    }

    private void addBlock() {
        Kind k = kind.getValue();
        int n = blockRounds.getValue();
        double eps = 0;
        if (k == Kind.NOISY) {
            try {
                eps = Double.parseDouble(epsilon.getText().strip());
            } catch (NumberFormatException ex) {
                status.setText("Noisy block: ε must be a number in [0, 1], got \"" + epsilon.getText() + "\"");
                return;
            }
            if (!(eps >= 0 && eps <= 1)) {
                status.setText("Noisy block: ε must be in [0, 1], got " + eps);
                return;
            }
        }
        addBlock(k, n, eps);
    }

    /** Appends a block to the schedule (tests and scripted tours). */
    public void addBlock(Kind k, int rounds, double eps) {
        if (rounds < 1) {
            status.setText("A block needs at least 1 round, got " + rounds);
            return;
        }
        blocks.add(new Block(k, rounds, eps));
    }

    /** Removes every block. */
    public void clearSchedule() {
        blocks.clear();
    }

    /** The schedule text of the builder ("coop:500,defect:50,…"), empty if there are no blocks. */
    public String scheduleText() {
        return String.join(",", blocks.stream().map(Block::text).toList());
    }

    /** Sets a parameter of the sheet by its name (tests, scripted tours). */
    public void set(String name, Object value) {
        for (SheetItem i : items) {
            if (i.getName().equals(name)) {
                i.setValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no parameter named " + name);
    }

    /** The parameter sheet's items. */
    List<SheetItem> items() {
        return List.copyOf(items);
    }

    private LiveMatchModel.Request settings() {
        for (SheetItem i : items) {
            i.check();
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("opponent schedule is empty: add at least one Coop, Defect or Noisy block");
        }
        return LiveMatchModel.request(d.integer(), epochs.integer(), seedIndex.integer(), scheduleText(),
                Boolean.TRUE.equals(sentinel.getValue()) ? Double.NaN : alpha.real(), alpha0.real(), etaUp.real(),
                etaDown.real(), theta.real(), alphaMin.real(), wx.real(), wa.real(), we.real(), gammaEma.real());
    }

    /**
     * Builds a new agent from the sheet (training + habituation on the background executor; progress shown),
     * then starts a match on the schedule. Bad settings are refused in the status line before anything runs.
     */
    public void rebuild() {
        if (building) {
            return;
        }
        LiveMatchModel.Request s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            status.setText("Cannot build: " + e.getMessage());
            return;
        }
        pause();
        building = true;
        cancelled = false;
        built = 0;
        buildProgress.setProgress(s.epochs() == 0 ? -1 : 0);
        status.setText("Building the agent: readout training, then " + s.epochs() + " habituation epochs …");
        int total = s.epochs();
        job = background.submit(() -> LiveMatchModel.build(s, e -> built = e, () -> cancelled), r -> {
            building = false;
            buildProgress.setProgress(1);
            if (r != null) {
                session = r;
                drawnRounds = -1;
                status.setText(String.format(Locale.ROOT, "Agent built (d = %d, H = %d, seed index %d): %d rounds to play",
                        s.d(), total, s.seedIndex(), r.length()));
            }
        }, ex -> {
            building = false;
            status.setText("Build failed: " + ex.getMessage());
        });
    }

    /** A new match of the current agent with the sheet's governor and the builder's schedule. */
    public void newMatch() {
        LiveMatchModel cur = session;
        if (cur == null) {
            rebuild();
            return;
        }
        try {
            LiveMatchModel.Request s = settings();
            if (s.d() != cur.d() || s.epochs() != cur.epochs() || s.seedIndex() != cur.seedIndex()) {
                status.setText("d, H or the seed changed: press \"Rebuild agent\"");
                return;
            }
            pause();
            session = cur.replay(s);
            drawnRounds = -1;
            status.setText("New match: " + s.length() + " rounds");
        } catch (IllegalArgumentException e) {
            status.setText("Cannot start the match: " + e.getMessage());
        }
    }

    /** Plays one round. */
    public void step() {
        LiveMatchModel s = session;
        if (s == null || streaming) {
            return;
        }
        s.step(1);
    }

    /** Runs the match: {@code speed} rounds per frame, or streamed at full speed on the background executor. */
    public void play() {
        LiveMatchModel s = session;
        if (s == null || s.finished() || running) {
            return;
        }
        running = true;
        if (fullSpeed.isSelected()) {
            streaming = true;
            fpsWindowStart = 0;
            background.submit(() -> {
                while (running && !s.finished()) {
                    s.step(16);
                }
                return s.rounds();
            }, r -> {
                running = false;
                streaming = false;
            }, ex -> {
                running = false;
                streaming = false;
                status.setText("Match failed: " + ex.getMessage());
            });
        }
    }

    /** Pauses a running match (a streaming one stops after its current rounds). */
    public void pause() {
        running = false;
    }

    private void frame(long now) {
        if (building) {
            int total = Math.max(1, epochs.integer());
            buildProgress.setProgress(built / (double) total);
        }
        LiveMatchModel s = session;
        if (s != null && running && !streaming) {
            s.step((int) Math.round(speed.getValue()));
            if (s.finished()) {
                running = false;
            }
        }
        int r = s == null ? 0 : s.rounds();
        if (r != drawnRounds) {
            draw();
            drawnRounds = r;
            if (streaming) {
                streamedFrames++;
                if (fpsWindowStart == 0) {
                    fpsWindowStart = now;
                    fpsWindowFrames = 0;
                } else {
                    fpsWindowFrames++;
                    double sec = (now - fpsWindowStart) / 1e9;
                    if (sec >= 1) {
                        lastFps = fpsWindowFrames / sec;
                        fps.setText(String.format(Locale.ROOT, "%.0f fps while streaming", lastFps));
                        fpsWindowStart = now;
                        fpsWindowFrames = 0;
                    }
                }
            }
        }
    }

    /** Frames drawn since the view opened. */
    public long framesDrawn() {
        return frames;
    }

    /** Frames drawn while a full-speed match was streaming. */
    public long framesWhileStreaming() {
        return streamedFrames;
    }

    /** The last measured frames per second during a full-speed stream (NaN before one second of streaming). */
    public double measuredFps() {
        return lastFps;
    }

    /** The current match (null before the first build). */
    LiveMatchModel session() {
        return session;
    }

    public Label statusLabel() {
        return status;
    }

    /** Selects or clears full-speed streaming for the next Run. */
    public void setFullSpeed(boolean on) {
        fullSpeed.setSelected(on);
    }

    /** Redraws the four panels from the session's rounds so far. */
    void draw() {
        frames++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        LiveMatchModel s = session;
        if (s == null || w < 50 || h < 50) {
            g.setFill(Color.GRAY);
            // three short lines: whole on the narrow panel of 1280×800 with both side panels (issue 16 §8)
            g.fillText("No match yet.", 20, 30);
            g.fillText("Set the parameters and the schedule,", 20, 50);
            g.fillText("then press Rebuild agent.", 20, 70);
            return;
        }
        int n = s.length();
        int r = s.rounds();
        // a schedule longer than WINDOW scrolls: the last WINDOW rounds, so a frame costs O(WINDOW), not O(rounds)
        int from = n <= WINDOW ? 0 : Math.max(0, r - WINDOW);
        int span = Math.min(n, WINDOW);
        double ph = h / 4;
        boolean sen = s.usesSentinel();
        Panel a = new Panel(g, 0, w, ph, 0, 1.05, from, span, r);
        a.title("α(t)" + (sen ? "   — α0 and α_min dashed" : "   static α"));
        if (sen) {
            a.hline(s.alpha0(), Color.GRAY, "α0");
            a.hline(s.alphaMin(), Color.GRAY, "α_min");
        }
        a.series(s.alpha, Color.web("#7b3294"), 1.6);
        Panel b = new Panel(g, ph, w, ph, -0.05, 1.05, from, span, r);
        b.title("a(t) blue · a*(t) green · a_cog(t) orange · opponent grey");
        b.series(s.opponent, Color.web("#bbbbbb"), 1);
        b.series(s.cognitive, Color.web("#e66101"), 1);
        b.series(s.body, Color.web("#1a9641"), 1.2);
        b.series(s.action, Color.web("#2166ac"), 1.4);
        double dmax = 0.6;
        for (int t = from; t < r; t++) {
            dmax = Math.max(dmax, s.discomfort[t]);
        }
        Panel c = new Panel(g, 2 * ph, w, ph, 0, dmax * 1.05, from, span, r);
        if (sen) {
            c.title("D(t) red = w_x·D_state (teal) + w_a·D_output (olive) + w_e·D_disagree (pink); θ dashed");
            c.hline(s.theta(), Color.GRAY, "θ");
            c.series(s.dState, Color.web("#35978f"), 1);
            c.series(s.dOutput, Color.web("#8c8c2e"), 1);
            c.series(s.dDisagree, Color.web("#de77ae"), 1);
            c.series(s.discomfort, Color.web("#d7191c"), 1.4);
        } else {
            c.title("D(t): no sentinel (static α)");
        }
        double cmax = 1;
        double cmin = 0;
        if (r > 0) {
            cmax = Math.max(s.cumulative[r - 1], s.tftCumulative[r - 1]);
            cmin = from == 0 ? 0 : Math.min(s.cumulative[from], s.tftCumulative[from]);
        }
        Panel e = new Panel(g, 3 * ph, w, ph, cmin, Math.max(cmin + 1, cmax * 1.02), from, span, r);
        String diff = r == 0 ? "" : String.format(Locale.ROOT, "   agent %.1f · TfT %.1f · difference %+.1f",
                s.cumulative[r - 1], s.tftCumulative[r - 1], s.cumulative[r - 1] - s.tftCumulative[r - 1]);
        e.title("cumulative payoff: agent blue · TfT shadow black" + diff);
        e.series(s.tftCumulative, Color.BLACK, 1.2);
        e.series(s.cumulative, Color.web("#2166ac"), 1.4);
        g.setFill(Color.DIMGRAY);
        g.fillText("round " + r + " / " + n + (from > 0 ? " (last " + WINDOW + " rounds)" : ""), w - 250, h - 6);
    }

    /** One strip of the canvas: x = round 0…n, y = [lo, hi]; a series is drawn min–max per pixel column. */
    private static final class Panel {
        private final GraphicsContext g;
        private final double y0;
        private final double w;
        private final double h;
        private final double lo;
        private final double hi;
        private final int from;
        private final int span;
        private final int r;
        private static final double LEFT = 44;
        private static final double RIGHT = 10;

        Panel(GraphicsContext g, double y0, double w, double h, double lo, double hi, int from, int span, int r) {
            this.g = g;
            this.y0 = y0;
            this.w = w;
            this.h = h;
            this.lo = lo;
            this.hi = hi;
            this.from = from;
            this.span = span;
            this.r = r;
            g.setStroke(Color.LIGHTGRAY);
            g.setLineWidth(1);
            g.setLineDashes();
            g.strokeRect(LEFT, y0 + 16, w - LEFT - RIGHT, h - 24);
            g.setFill(Color.DIMGRAY);
            g.fillText(fmt(hi), 4, y(hi) + 4);
            g.fillText(fmt(lo), 4, y(lo));
        }

        private static String fmt(double v) {
            return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        }

        double x(double t) {
            return LEFT + (w - LEFT - RIGHT) * (t - from) / Math.max(1, span);
        }

        double y(double v) {
            double top = y0 + 16;
            double bottom = y0 + h - 8;
            return bottom - (bottom - top) * (v - lo) / (hi - lo);
        }

        void title(String t) {
            g.setFill(Color.BLACK);
            g.fillText(t, LEFT, y0 + 12);
        }

        void hline(double v, Color c, String label) {
            g.setStroke(c);
            g.setLineWidth(1);
            g.setLineDashes(5, 4);
            g.strokeLine(LEFT, y(v), w - RIGHT, y(v));
            g.setLineDashes();
            g.setFill(c);
            g.fillText(label, w - RIGHT - 40, y(v) - 2);
        }

        void series(double[] v, Color c, double width) {
            if (r <= from) {
                return;
            }
            g.setStroke(c);
            g.setLineWidth(width);
            g.setLineDashes();
            int m = r - from;
            int cols = (int) Math.max(1, Math.ceil(x(r) - LEFT));
            double perCol = m / (double) cols;
            if (perCol <= 1) {
                g.beginPath();
                g.moveTo(x(from), y(v[from]));
                for (int t = from + 1; t < r; t++) {
                    g.lineTo(x(t), y(v[t]));
                }
                g.stroke();
                return;
            }
            g.beginPath();
            int t = from;
            for (int col = 0; col < cols && t < r; col++) {
                int end = (int) Math.min(r, from + Math.round((col + 1) * perCol));
                double mn = v[t];
                double mx = v[t];
                for (int u = t; u < end; u++) {
                    mn = Math.min(mn, v[u]);
                    mx = Math.max(mx, v[u]);
                }
                double px = LEFT + col + 0.5;
                if (col == 0) {
                    g.moveTo(px, y(v[t]));
                }
                g.lineTo(px, y(mx));
                g.lineTo(px, y(mn));
                t = Math.max(end, t + 1);
            }
            g.stroke();
        }
    }

    @Override
    public void close() {
        running = false;
        cancelled = true;
        timer.stop();
        if (job != null) {
            job.cancel();
        }
    }

    /** An item of the parameter sheet: a typed value with its default and range (checked before a build). */
    static final class SheetItem implements PropertySheet.Item {
        private final String category;
        private final String name;
        private final String description;
        private final Class<?> type;
        private final double min;
        private final double max;
        private final javafx.beans.property.ObjectProperty<Object> value = new javafx.beans.property.SimpleObjectProperty<>();

        private SheetItem(String category, String name, String description, Class<?> type, Object value, double min,
                double max) {
            this.category = category;
            this.name = name;
            this.description = description;
            this.type = type;
            this.value.set(value);
            this.min = min;
            this.max = max;
        }

        static SheetItem integer(String cat, String name, String desc, int def, int min, int max) {
            return new SheetItem(cat, name, desc, Integer.class, def, min, max);
        }

        static SheetItem real(String cat, String name, String desc, double def, double min, double max) {
            return new SheetItem(cat, name, desc, Double.class, def, min, max);
        }

        static SheetItem bool(String cat, String name, String desc, boolean def) {
            return new SheetItem(cat, name, desc, Boolean.class, def, 0, 1);
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Object getValue() {
            return value.get();
        }

        @Override
        public void setValue(Object v) {
            if (type == Integer.class && v instanceof Number num) {
                value.set(num.intValue());
            } else if (type == Double.class && v instanceof Number num) {
                value.set(num.doubleValue());
            } else {
                value.set(v);
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }

        /** @throws IllegalArgumentException naming the parameter if the value is NaN or out of its range */
        void check() {
            if (type == Boolean.class) {
                return;
            }
            double v = value.get() instanceof Number num ? num.doubleValue() : Double.NaN;
            if (Double.isNaN(v) || v < min || v > max) {
                throw new IllegalArgumentException(name + " must be in [" + fmt(min) + ", " + fmt(max) + "], got "
                        + value.get());
            }
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }

        int integer() {
            return value.get() instanceof Number num ? num.intValue() : 0;
        }

        double real() {
            return value.get() instanceof Number num ? num.doubleValue() : Double.NaN;
        }
    }
}
