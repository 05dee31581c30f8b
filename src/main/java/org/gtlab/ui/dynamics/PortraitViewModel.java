package org.gtlab.ui.dynamics;

import org.gtlab.figure.PortraitBuilder;
import org.gtlab.figure.PortraitSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Param;
import org.gtlab.run.RunSpec;
import org.gtlab.ui.common.BackgroundExecutor;

/**
 * The phase portrait of the document's game: the dynamic and its parameters (a form generated from
 * the method's {@link Param}s), a payoff slider that changes one payoff and redraws the portrait
 * live, trajectories started by clicking, and basins on a toggle.
 *
 * <p>Computation runs on the {@link BackgroundExecutor}, never on the FX thread, with "latest
 * wins": at most one portrait is being computed; changes that arrive meanwhile are folded into one
 * new computation when it finishes. The fast part (field, rest points, equilibria, trajectories)
 * comes first; basins, the slow part, follow as a second job that is dropped as soon as anything
 * changes. FX-thread only.
 */
public final class PortraitViewModel {

    /** One payoff the slider can move. */
    public record PayoffEntry(int player, int[] profile, String label) {
        @Override
        public String toString() {
            return label;
        }

        String key() {
            return player + ":" + java.util.Arrays.toString(profile);
        }
    }

    /** At most this many clicked trajectories are kept (the oldest goes first). */
    public static final int MAX_STARTS = 12;
    /** Slider values are multiples of this. */
    public static final double SLIDER_STEP = 0.05;

    private final BackgroundExecutor executor;
    private final ObjectProperty<NormalFormGame> baseGame = new SimpleObjectProperty<>(this, "baseGame");
    private final ObservableList<ExperimentFactory> dynamics = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentFactory> dynamic = new SimpleObjectProperty<>(this, "dynamic");
    private final ObservableList<ParamField> fields = FXCollections.observableArrayList();
    private final ObservableList<PayoffEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<PayoffEntry> entry = new SimpleObjectProperty<>(this, "entry");
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min", -5);
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max", 5);
    private final BooleanProperty basins = new SimpleBooleanProperty(this, "basins", true);
    private final ObservableList<double[]> starts = FXCollections.observableArrayList();
    private final ObjectProperty<List<PortraitChart.Curve>> overlay = new SimpleObjectProperty<>(this, "overlay",
            List.of());
    private final ReadOnlyObjectWrapper<PortraitBuilder.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<PortraitChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<NormalFormGame> game = new ReadOnlyObjectWrapper<>(this, "game");
    private final Map<String, Rational> overrides = new LinkedHashMap<>();
    private boolean inFlight;
    private boolean pending;
    private boolean quiet;
    private BackgroundExecutor.Job basinJob;
    private long computed;
    private double lastMillis;

    /** A portrait offering the population dynamics of the standard catalog (tests). */
    public PortraitViewModel(BackgroundExecutor executor, NormalFormGame initial) {
        this(executor, initial, org.gtlab.run.methods.StandardMethods.catalog());
    }

    /** A portrait offering the population dynamics of this catalog. */
    public PortraitViewModel(BackgroundExecutor executor, NormalFormGame initial, org.gtlab.run.MethodCatalog catalog) {
        this.executor = Objects.requireNonNull(executor, "executor");
        for (ExperimentFactory f : catalog.all()) {
            if (isPopulationDynamic(f)) {
                dynamics.add(f);
            }
        }
        baseGame.set(Objects.requireNonNull(initial, "initial"));
        dynamic.addListener((o, a, b) -> dynamicChanged(b));
        quiet = true;
        dynamic.set(dynamics.isEmpty() ? null : dynamics.get(0));
        quiet = false;
        baseGame.addListener((o, a, b) -> {
            boolean reshaped = a == null || !java.util.Arrays.equals(a.shape(), b.shape());
            overrides.clear();
            if (reshaped) {
                starts.clear();
            }
            rebuildEntries();
            request();
        });
        entry.addListener((o, a, b) -> syncSlider());
        value.addListener((o, a, b) -> sliderMoved(b.doubleValue()));
        basins.addListener((o, a, b) -> request());
        overlay.addListener((o, a, b) -> compose());
        rebuildEntries();
        request();
    }

    /** True for the registry's population dynamics (they have "populations" and "integrator" parameters). */
    static boolean isPopulationDynamic(ExperimentFactory f) {
        boolean pop = false;
        boolean integ = false;
        for (Param p : f.params()) {
            pop |= p.name().equals("populations");
            integ |= p.name().equals("integrator");
        }
        return f.needsGame() && pop && integ;
    }

    private void dynamicChanged(ExperimentFactory f) {
        List<ParamField> fs = new ArrayList<>();
        if (f != null) {
            for (Param p : f.params()) {
                if (PortraitBuilder.NUMERIC_PARAMS.contains(p.name())) {
                    continue;
                }
                ParamField pf = new ParamField(f.name(), p);
                pf.textProperty().addListener((o, a, b) -> {
                    if (p.name().equals("populations")) {
                        overrides.clear();
                        starts.clear();
                        rebuildEntries();
                    }
                    request();
                });
                fs.add(pf);
            }
        }
        fields.setAll(fs);
        if (!quiet) {
            rebuildEntries();
            request();
        }
    }

    /** Whether the slider also moves the mirrored payoff (one population of a symmetric game). */
    boolean mirrored() {
        NormalFormGame g = baseGame.get();
        String pop = populations();
        return g.numPlayers() == 2 && g.isSymmetric() && !pop.equals("per_player");
    }

    private String populations() {
        for (ParamField f : fields) {
            if (f.name().equals("populations")) {
                Object r = f.raw();
                return r == null ? "auto" : r.toString();
            }
        }
        return "auto";
    }

    private void rebuildEntries() {
        NormalFormGame g = baseGame.get();
        List<PayoffEntry> es = new ArrayList<>();
        if (g.numPlayers() == 2) {
            int players = mirrored() ? 1 : 2;
            for (int p = 0; p < players; p++) {
                for (int i = 0; i < g.numStrategies(0); i++) {
                    for (int j = 0; j < g.numStrategies(1); j++) {
                        // one population: a(i, j) is the payoff of i against j (B = Aᵀ moves with it)
                        String who = mirrored() ? "a" : p == 0 ? "u₁" : "u₂";
                        String lab = who + "(" + g.strategyLabels(0).get(i) + ", " + g.strategyLabels(1).get(j) + ")";
                        es.add(new PayoffEntry(p, new int[] {i, j}, lab));
                    }
                }
            }
        }
        PayoffEntry old = entry.get();
        entries.setAll(es);
        PayoffEntry keep = old == null ? null
                : es.stream().filter(e -> e.key().equals(old.key())).findFirst().orElse(null);
        // default: an off-diagonal payoff of player 1 (the interesting one in RPS and coordination games)
        PayoffEntry def = es.stream().filter(e -> e.player() == 0 && e.profile()[0] != e.profile()[1]).findFirst()
                .orElse(es.isEmpty() ? null : es.get(0));
        entry.set(keep != null ? keep : def);
        syncSlider();
    }

    private void syncSlider() {
        NormalFormGame g = baseGame.get();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < g.numPlayers(); p++) {
            for (double v : g.payoffsDouble(p)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            lo = -1;
            hi = 1;
        }
        min.set(Math.floor(lo) - 2);
        max.set(Math.ceil(hi) + 2);
        PayoffEntry e = entry.get();
        if (e != null) {
            boolean was = quiet;
            quiet = true;
            value.set(effectiveGame().payoffDouble(e.player(), e.profile()));
            quiet = was;
        }
    }

    private void sliderMoved(double v) {
        if (quiet) {
            return;
        }
        PayoffEntry e = entry.get();
        if (e == null) {
            return;
        }
        double snapped = Math.round(v / SLIDER_STEP) * SLIDER_STEP;
        Rational r = Rational.valueOf(Math.round(snapped * 1e6) / 1e6);
        Rational base = baseGame.get().payoff(e.player(), e.profile());
        if (r.equals(base)) {
            overrides.remove(e.key());
        } else {
            overrides.put(e.key(), r);
        }
        request();
    }

    /** The base game with the slider's payoff changes (and their mirrors in one-population mode). */
    public NormalFormGame effectiveGame() {
        NormalFormGame g = baseGame.get();
        if (overrides.isEmpty()) {
            return g;
        }
        boolean mirror = mirrored();
        for (PayoffEntry e : entries) {
            Rational r = overrides.get(e.key());
            if (r == null) {
                continue;
            }
            g = g.withPayoff(e.player(), e.profile(), r);
            if (mirror) {
                g = g.withPayoff(1, new int[] {e.profile()[1], e.profile()[0]}, r);
            }
        }
        return g;
    }

    /** Whether any payoff differs from the document's game. */
    public boolean isModified() {
        return !overrides.isEmpty();
    }

    /** Back to the document's payoffs. */
    public void resetPayoffs() {
        overrides.clear();
        syncSlider();
        request();
    }

    /**
     * The recipe of the current picture, or null (with the reason in {@link #messageProperty()}) if
     * this game has no portrait or a parameter is invalid.
     */
    public PortraitSpec spec() {
        NormalFormGame g = effectiveGame();
        ExperimentFactory f = dynamic.get();
        if (f == null) {
            message.set("No population dynamic is registered.");
            return null;
        }
        String why = PortraitBuilder.unsupported(g, populations());
        if (why != null) {
            message.set(why);
            return null;
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        for (ParamField pf : fields) {
            if (!pf.isValid()) {
                message.set(pf.errorProperty().get());
                return null;
            }
            raw.put(pf.name(), pf.raw());
        }
        try {
            RunSpec d = RunSpec.of(f, raw, GameSpec.of(g), 0, null);
            return new PortraitSpec(d, 14, basins.get(), 36, 30, starts);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        }
    }

    /** Asks for a new picture (latest wins). */
    public void request() {
        if (basinJob != null) {
            basinJob.cancel();
            basinJob = null;
        }
        if (inFlight) {
            pending = true;
            return;
        }
        launch();
    }

    private void launch() {
        pending = false;
        PortraitSpec s = spec();
        game.set(effectiveGame());
        if (s == null) {
            result.set(null);
            compose();
            return;
        }
        inFlight = true;
        computing.set(true);
        long t0 = System.nanoTime();
        executor.submit(() -> PortraitBuilder.buildFast(s), r -> {
            inFlight = false;
            lastMillis = (System.nanoTime() - t0) / 1e6;
            computed++;
            message.set("");
            result.set(r);
            compose();
            if (pending) {
                launch();
            } else if (s.basins()) {
                launchBasins(r);
            } else {
                computing.set(false);
            }
        }, e -> {
            inFlight = false;
            message.set("No portrait: " + e.getMessage());
            if (pending) {
                launch();
            } else {
                computing.set(false);
            }
        });
    }

    private void launchBasins(PortraitBuilder.Result r) {
        basinJob = executor.submit(() -> PortraitBuilder.addBasins(r), rb -> {
            if (result.get() == r) {
                result.set(rb);
                compose();
            }
            computing.set(inFlight);
        }, e -> computing.set(inFlight));
    }

    private void compose() {
        PortraitBuilder.Result r = result.get();
        if (r == null) {
            chart.set(null);
            return;
        }
        List<PortraitChart.Curve> ov = overlay.get();
        if (ov == null || ov.isEmpty()) {
            chart.set(r.chart());
        } else {
            List<PortraitChart.Curve> all = new ArrayList<>(ov);
            all.addAll(r.chart().curves());
            chart.set(r.chart().withCurves(all));
        }
    }

    /** Starts a trajectory at a state (natural coordinates of the current picture). */
    public void click(double[] natural) {
        if (starts.size() >= MAX_STARTS) {
            starts.remove(0);
        }
        starts.add(natural.clone());
        request();
    }

    /** Removes the clicked trajectories. */
    public void clearTrajectories() {
        starts.clear();
        request();
    }

    /** The kind of the current picture, or null. */
    public PortraitChart.Kind kind() {
        PortraitBuilder.Result r = result.get();
        return r == null ? null : r.chart().kind();
    }

    /** Number of fast pictures computed so far (frames for the payoff-slider measurement). */
    public long computedCount() {
        return computed;
    }

    /** Milliseconds the last fast picture took from request to result. */
    public double lastMillis() {
        return lastMillis;
    }

    public ObjectProperty<NormalFormGame> baseGameProperty() {
        return baseGame;
    }

    /** The game the picture shows (the base game with the slider's changes). */
    public ReadOnlyObjectProperty<NormalFormGame> gameProperty() {
        return game.getReadOnlyProperty();
    }

    public ObservableList<ExperimentFactory> dynamics() {
        return dynamics;
    }

    public ObjectProperty<ExperimentFactory> dynamicProperty() {
        return dynamic;
    }

    /** The dynamic's parameters that shape the field (the integration settings are left out). */
    public ObservableList<ParamField> fields() {
        return fields;
    }

    public ObservableList<PayoffEntry> entries() {
        return entries;
    }

    public ObjectProperty<PayoffEntry> entryProperty() {
        return entry;
    }

    /** The slider's payoff value. */
    public DoubleProperty valueProperty() {
        return value;
    }

    public ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    public BooleanProperty basinsProperty() {
        return basins;
    }

    public ObservableList<double[]> starts() {
        return starts;
    }

    /** Curves drawn on top (runs of this game), set by the dynamics view. */
    public ObjectProperty<List<PortraitChart.Curve>> overlayProperty() {
        return overlay;
    }

    public ReadOnlyObjectProperty<PortraitBuilder.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The picture to draw (null when there is none: see {@link #messageProperty()}). */
    public ReadOnlyObjectProperty<PortraitChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Why there is no picture, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
