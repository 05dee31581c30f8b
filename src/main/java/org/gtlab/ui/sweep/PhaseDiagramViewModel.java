package org.gtlab.ui.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.sweep.SweepDefinition;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.sweep.PhaseDiagram;

/**
 * The Phase diagram view's state, testable without a screen: the axes, metric, method and backend
 * chosen from lists built from the declared parameters ({@link SweepDefinition#parameters},
 * {@link SweepDefinition#metrics}), the running sweep (a {@code sweep} run of the catalog on the
 * shared run executor) and its latest map. Snapshots arrive on a worker thread and are kept in an
 * {@link AtomicReference}; the view polls {@link #latest()} at its frame rate. Everything else is
 * called on the FX thread.
 */
public final class PhaseDiagramViewModel {

    private final MethodCatalog catalog;
    private final RunExecutor runs;
    private final ObjectProperty<NormalFormGame> game = new SimpleObjectProperty<>(this, "game");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    /** The document's game with its parameters (null when it has none): its parameters are axes too. */
    private final ObjectProperty<org.gtlab.game.ParametricGame> parametric = new SimpleObjectProperty<>(this, "parametric");
    private final StringProperty x = new SimpleStringProperty(this, "x", "payoff[1][2][1]:0:6:33");
    private final StringProperty y = new SimpleStringProperty(this, "y", "payoff[2][1][2]:0:6:33");
    private final StringProperty metric = new SimpleStringProperty(this, "metric", "equilibria");
    private final StringProperty method = new SimpleStringProperty(this, "method", "replicator");
    private final StringProperty backend = new SimpleStringProperty(this, "backend", "java");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private volatile RunHandle handle;
    private volatile long startedAt;
    private volatile long firstPictureNanos = -1;
    private volatile long firstDrawnNanos = -1;
    private volatile Snapshot firstPicture;
    private java.util.function.Consumer<RunSpec> openRun;
    private Snapshot framed;
    private Frame frame;
    private volatile SweepExperiment experiment;
    private volatile org.gtlab.run.methods.sweep.MapExperiment shownMap;
    private volatile RunSpec spec;
    private List<String> mapMethods;

    /** Makes the view model of a document's Phase diagram tab (views get their model, never the executor). */
    @FunctionalInterface
    public interface Factory {
        PhaseDiagramViewModel create(NormalFormGame game, String title);
    }

    /**
     * The factory of the composition root: the app's catalog and run executor; a clicked cell's run
     * goes to {@code openRun} (null: cells open no runs).
     */
    public static Factory factory(MethodCatalog catalog, java.util.function.Supplier<RunExecutor> runs,
            java.util.function.Consumer<RunSpec> openRun) {
        return (game, title) -> {
            PhaseDiagramViewModel m = new PhaseDiagramViewModel(catalog, runs.get(), game, title);
            m.setOpenRun(openRun);
            return m;
        };
    }

    public PhaseDiagramViewModel(MethodCatalog catalog, RunExecutor runs, NormalFormGame game, String title) {
        this.catalog = catalog;
        this.runs = runs;
        this.game.set(game);
        this.title.set(title == null ? "" : title);
        method.addListener((o, a, b) -> {
            if (isMapMethod(b)) {
                List<String> m = metrics();
                if (!m.isEmpty() && !m.contains(metric.get())) {
                    metric.set(m.get(0));
                }
                declaredAxes();
            }
        });
        metric.addListener((o, a, b) -> {
            if (isMapMethod(method.get())) {
                declaredAxes();
            }
        });
        if (game == null && !mapMethods().isEmpty()) {
            method.set(mapMethods().get(0));
        }
    }

    // ------------------------------------------------------------------ game-less map methods

    /**
     * The catalog's game-less map methods (e.g. {@code coop-map}: the coopetition maps of spec §8;
     * {@code brg-phase}): methods that need no game, declare a {@code cells_computed} metric and whose
     * experiment is a {@link org.gtlab.run.methods.sweep.MapExperiment}. Their axes and metric are
     * declared by the method, not chosen from a game's parameters.
     */
    public List<String> mapMethods() {
        if (mapMethods == null) {
            List<String> l = new java.util.ArrayList<>();
            for (ExperimentFactory f : catalog.all()) {
                if (f.needsGame()) {
                    continue;
                }
                try {
                    org.gtlab.run.Config c = f.configure(Map.of());
                    if (f.metrics(c, null).stream().noneMatch(m -> m.name().equals("cells_computed"))) {
                        continue;
                    }
                    if (f.create(c, (GameSpec) null, f.defaultLimits())
                            instanceof org.gtlab.run.methods.sweep.MapExperiment) {
                        l.add(f.name());
                    }
                } catch (RuntimeException e) {
                    // a method that cannot be built with its defaults is not offered
                }
            }
            mapMethods = List.copyOf(l);
        }
        return mapMethods;
    }

    /** True if {@code name} is one of {@link #mapMethods()}. */
    public boolean isMapMethod(String name) {
        return name != null && mapMethods().contains(name);
    }

    /**
     * The map method's config for the chosen metric (map id) and the cell counts of the X/Y texts where
     * they name the map's own axes (a text left from a game sweep or another map keeps the defaults).
     */
    private Map<String, String> mapParams() {
        Map<String, String> p = mapParams(false);
        try {
            ExperimentFactory f = catalog.byName(method.get());
            org.gtlab.run.methods.sweep.MapExperiment d = (org.gtlab.run.methods.sweep.MapExperiment) f.create(
                    f.configure(p), (GameSpec) null, f.defaultLimits());
            Map<String, String> c = mapParams(true);
            if (!sameName(x.get(), d.xAxis().name())) {
                c.remove("nx");
            }
            if (!sameName(y.get(), d.yAxis().name())) {
                c.remove("ny");
            }
            return c;
        } catch (RuntimeException e) {
            return p;
        }
    }

    private static boolean sameName(String axisText, String name) {
        return axisText != null && axisText.startsWith(name + ":");
    }

    private Map<String, String> mapParams(boolean counts) {
        ExperimentFactory f = catalog.byName(method.get());
        Map<String, String> p = new LinkedHashMap<>();
        for (org.gtlab.run.Param q : f.schema().params()) {
            switch (q.name()) {
                case "map" -> p.put("map", metric.get());
                case "nx" -> count(counts ? x.get() : null).ifPresent(n -> p.put("nx", Integer.toString(n)));
                case "ny" -> count(counts ? y.get() : null).ifPresent(n -> p.put("ny", Integer.toString(n)));
                default -> {
                }
            }
        }
        return p;
    }

    private static java.util.Optional<Integer> count(String axisText) {
        if (axisText == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(org.gtlab.sweep.Axis.parse(axisText).n());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The declared map of the chosen map method and metric, built with its config (nothing runs). */
    private org.gtlab.run.methods.sweep.MapExperiment declared() {
        ExperimentFactory f = catalog.byName(method.get());
        org.gtlab.run.Config c = f.configure(mapParams());
        return (org.gtlab.run.methods.sweep.MapExperiment) f.create(c, (GameSpec) null, f.defaultLimits());
    }

    /** Sets X and Y to the chosen map's declared axes. */
    private void declaredAxes() {
        try {
            org.gtlab.run.methods.sweep.MapExperiment m = declared();
            x.set(m.xAxis().text());
            y.set(m.yAxis().text());
            status.set(m.mapMetric().label());
        } catch (RuntimeException e) {
            status.set(e.getMessage());
        }
    }

    /** The overlays the running map declares (contours, bands, points), or none. */
    public List<org.gtlab.sweep.MapOverlay> overlays() {
        org.gtlab.run.methods.sweep.MapExperiment m = shownMap;
        return m == null ? List.of() : m.overlays();
    }

    public ObjectProperty<NormalFormGame> gameProperty() {
        return game;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty yProperty() {
        return y;
    }

    public StringProperty metricProperty() {
        return metric;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty backendProperty() {
        return backend;
    }

    /** One line: progress, the error that refused the sweep, or the backend fallback. */
    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    private GameSpec gameSpec() {
        String name = title.get().isBlank() ? "game" : title.get();
        org.gtlab.game.ParametricGame pg = parametric.get();
        return pg != null && pg.game().equals(game.get()) ? GameSpec.of(name, pg) : GameSpec.of(name, game.get());
    }

    /** The document's parametric game (null: none); its parameters join the axis lists. */
    public ObjectProperty<org.gtlab.game.ParametricGame> parametricProperty() {
        return parametric;
    }

    private static String axisNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The axis text offered for a parameter: a game parameter over its range ({@code a:0:4:33}),
     * anything else over {@code 0…1}.
     */
    public String axisItem(String name) {
        org.gtlab.game.ParametricGame pg = parametric.get();
        if (pg != null && pg.values().containsKey(name)) {
            org.gtlab.game.ParametricGame.Range r = pg.range(name);
            return name + ":" + axisNumber(r.min().doubleValue()) + ":" + axisNumber(r.max().doubleValue()) + ":33";
        }
        return name + ":0:1:33";
    }

    /** The sweepable parameters of the game and the chosen method (a map method: its declared axes). */
    public List<String> parameters() {
        if (isMapMethod(method.get())) {
            try {
                org.gtlab.run.methods.sweep.MapExperiment m = declared();
                return List.of(m.xAxis().text(), m.yAxis().text());
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        if (game.get() == null) {
            return List.of();
        }
        return SweepDefinition.parameters(gameSpec(), innerMethod());
    }

    /** The metrics that fit the game and the chosen method. */
    public List<String> metrics() {
        if (isMapMethod(method.get())) {
            ExperimentFactory f = catalog.byName(method.get());
            for (org.gtlab.run.Param q : f.schema().params()) {
                if (q.name().equals("map") && !q.choices().isEmpty()) {
                    return q.choices();
                }
            }
            try {
                return List.of(declared().mapMetric().name());
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        if (game.get() == null) {
            return List.of();
        }
        return SweepDefinition.metrics(gameSpec(), innerMethod());
    }

    /**
     * Methods that can run on the game (the sweep itself excluded), then the game-less map methods
     * ({@link #mapMethods()}); without a game only the latter.
     */
    public List<String> methods() {
        List<String> l = new java.util.ArrayList<>();
        if (game.get() != null) {
            catalog.methodsFor(gameSpec()).stream().map(ExperimentFactory::name).filter(n -> !n.equals("sweep"))
                    .distinct().forEach(l::add);
        }
        for (String m : mapMethods()) {
            if (!l.contains(m)) {
                l.add(m);
            }
        }
        return l;
    }

    private ExperimentFactory innerMethod() {
        try {
            return catalog.forGame(method.get(), gameSpec());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Starts the sweep. Bad input (unknown parameter, metric that does not fit, grid too large) is
     * refused before anything runs: the message goes to {@link #statusProperty()} and false is returned.
     */
    public boolean start() {
        long t0 = System.nanoTime(); // from the Start button: building the sweep counts too
        cancel();
        if (isMapMethod(method.get())) {
            return startMap(t0);
        }
        if (game.get() == null) {
            status.set("no game: open a game document, or choose a map method (" + String.join(", ", mapMethods())
                    + ")");
            return false;
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("x", x.get());
        p.put("y", y.get());
        p.put("metric", metric.get());
        p.put("method", method.get());
        p.put("backend", backend.get());
        try {
            spec = catalog.spec("sweep", p, gameSpec(), 0, new Limits(100_000_000, 1, 0));
            experiment = (SweepExperiment) spec.experiment();
            shownMap = experiment;
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        String fallback = experiment.definition().backendMessage();
        status.set(fallback == null ? "running…" : fallback);
        launch(t0);
        return true;
    }

    /**
     * Starts a game-less map method with the chosen map (metric) and the cell counts of the X/Y texts;
     * the axes are the method's own.
     */
    private boolean startMap(long t0) {
        try {
            spec = catalog.spec(method.get(), mapParams(), null, 0, new Limits(100_000_000, 1, 0));
            shownMap = (org.gtlab.run.methods.sweep.MapExperiment) spec.experiment();
            experiment = null;
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        x.set(shownMap.xAxis().text());
        y.set(shownMap.yAxis().text());
        status.set("running…");
        launch(t0);
        return true;
    }

    private void launch(long t0) {
        latest.set(null);
        synchronized (this) {
            frame = null;
            framed = null;
        }
        running.set(true);
        firstPictureNanos = -1;
        firstDrawnNanos = -1;
        firstPicture = null;
        startedAt = t0;
        int preview = experiment == null ? 0 : experiment.engine().previewCells();
        RunSpec mine = spec;
        handle = runs.start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                if (spec != mine) {
                    return; // a cancelled earlier sweep's last snapshot
                }
                handle = run; // known before start returns (the synchronous executor returns at the end)
                latest.set(s);
                if (firstPictureNanos < 0 && (s.hasMetric("level") && s.metric("level") >= 1
                        || s.hasMetric("progress") && s.metric("progress") >= 1
                        || preview > 0 && s.hasMetric("cells_computed") && s.metric("cells_computed") >= preview)) {
                    firstPicture = s;
                    firstPictureNanos = System.nanoTime() - startedAt;
                }
            }
        });
    }

    /** Cancels a running sweep (its computed cells stay in the map). */
    public void cancel() {
        RunHandle h = handle;
        if (h != null) {
            h.cancel();
        }
    }

    /** The latest map, or null (any thread). */
    public PhaseDiagram latest() {
        Snapshot s = latest.get();
        org.gtlab.run.methods.sweep.MapExperiment e = shownMap;
        return s == null || e == null ? null : e.diagram(s);
    }

    /** The sweep's recipe, or null before the first start. */
    public RunSpec spec() {
        return spec;
    }

    /** The backend names of the backend list. */
    public List<String> backends() {
        return org.gtlab.compute.Backends.NAMES;
    }

    /**
     * Time from {@link #start()} to the snapshot that holds the first whole picture (the preview
     * sub-lattice of {@link org.gtlab.sweep.SweepEngine#previewCells()}, or the coarse level), in
     * milliseconds, or −1 before it arrived.
     */
    public double firstPictureMillis() {
        long t = firstPictureNanos;
        return t < 0 ? -1 : t / 1e6;
    }

    /**
     * Time from {@link #start()} to the first whole picture drawn by the view ({@link #drawn}), in
     * milliseconds, or −1 before it was drawn.
     */
    public double firstDrawnMillis() {
        long t = firstDrawnNanos;
        return t < 0 ? -1 : t / 1e6;
    }

    /**
     * Called by the view after it drew {@code f}: the first time the drawn frame holds the first
     * whole picture (or a later one), the time from {@link #start()} is recorded.
     */
    public void drawn(Frame f) {
        if (firstDrawnNanos < 0 && firstPicture != null && f != null && f == frame && framed != null
                && framed.metric("cells_computed") >= firstPicture.metric("cells_computed")) {
            firstDrawnNanos = System.nanoTime() - startedAt;
        }
    }

    /**
     * Where a clicked cell's run goes: the document's Dynamics run list (set by the document; null
     * leaves clicks without effect).
     */
    public void setOpenRun(java.util.function.Consumer<RunSpec> open) {
        this.openRun = open;
    }

    /**
     * What the view draws: the map as plain numbers (row-major, y rows × x columns, NaN where
     * unknown), whether it is categorical with which names, the value range, and where the open
     * game's own values of two payoff axes lie (fractions of the axes, or null). Immutable.
     *
     * @param marker {fx, fy} in [0, 1]², or null
     * @param log    true for a logarithmic colour scale (lo, hi then the smallest and largest positive value;
     *               cells ≤ 0 greyed)
     * @param xTicks the label of each column (the x axis value at the cell centre), or empty
     * @param yTicks the label of each row, bottom up (the y axis value), or empty
     * @param xName  the x axis name ("" if unknown)
     * @param yName  the y axis name
     */
    public record Frame(int nx, int ny, double[] values, boolean[] computed, boolean categorical,
            List<String> categories, String label, double lo, double hi, double[] marker,
            List<org.gtlab.chart.model.HeatMapChart.Overlay> overlays, boolean log, List<String> xTicks,
            List<String> yTicks, String xName, String yName) {

        public Frame {
            xTicks = List.copyOf(xTicks);
            yTicks = List.copyOf(yTicks);
        }

        /** A frame on a linear colour scale without axis labels. */
        public Frame(int nx, int ny, double[] values, boolean[] computed, boolean categorical, List<String> categories,
                String label, double lo, double hi, double[] marker,
                List<org.gtlab.chart.model.HeatMapChart.Overlay> overlays) {
            this(nx, ny, values, computed, categorical, categories, label, lo, hi, marker, overlays, false, List.of(),
                    List.of(), "", "");
        }

        /**
         * The colour scale of a continuous frame as a 1 × 1 chart whose {@code colour(v)} is the cell colour
         * (sequential or logarithmic on [lo, hi]), or null for a categorical frame or before any value.
         */
        public org.gtlab.chart.model.HeatMapChart colourScale() {
            if (categorical || !(lo <= hi)) {
                return null;
            }
            double top = hi > lo ? hi : log ? lo * 10 : lo + 1;
            double bottom = hi > lo || !log ? lo : lo / 10;
            return new org.gtlab.chart.model.HeatMapChart("", "", "", "", List.of(""), List.of(""),
                    new double[][] {{0}}, log ? org.gtlab.chart.model.HeatMapChart.Scale.LOG
                            : org.gtlab.chart.model.HeatMapChart.Scale.SEQUENTIAL, bottom, top, label, false);
        }

        /** True if some known value is ≤ 0 on a logarithmic frame (drawn greyed, noted in the legend). */
        public boolean hasNonPositive() {
            if (!log) {
                return false;
            }
            for (double v : values) {
                if (Double.isFinite(v) && v <= 0) {
                    return true;
                }
            }
            return false;
        }

        /** A frame without overlays. */
        public Frame(int nx, int ny, double[] values, boolean[] computed, boolean categorical, List<String> categories,
                String label, double lo, double hi, double[] marker) {
            this(nx, ny, values, computed, categorical, categories, label, lo, hi, marker, List.of());
        }

        /** The value of cell (i, j), i along x, j along y. */
        public double value(int i, int j) {
            return values[j * nx + i];
        }

        /** The category indices present, ascending (empty for a continuous map). */
        public List<Integer> present() {
            java.util.TreeSet<Integer> t = new java.util.TreeSet<>();
            if (categorical) {
                for (double v : values) {
                    if (Double.isFinite(v) && v >= 0 && v < categories.size()) {
                        t.add((int) v);
                    }
                }
            }
            return List.copyOf(t);
        }
    }

    /** The latest map as a {@link Frame}, or null (the same instance until a new snapshot arrives). */
    public synchronized Frame frame() {
        Snapshot s = latest.get();
        if (s == null || shownMap == null) {
            return null;
        }
        if (s == framed && frame != null) {
            return frame;
        }
        PhaseDiagram d = latest();
        int nx = d.x().n();
        int ny = d.y().n();
        double[] v = new double[nx * ny];
        boolean[] c = new boolean[nx * ny];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = d.value(i, j);
                c[j * nx + i] = d.isComputed(i, j);
                if (Double.isFinite(v[j * nx + i])) {
                    lo = Math.min(lo, v[j * nx + i]);
                    hi = Math.max(hi, v[j * nx + i]);
                }
            }
        }
        List<org.gtlab.chart.model.HeatMapChart.Overlay> layers = List.of();
        if (!overlays().isEmpty()) {
            layers = org.gtlab.figure.PhaseDiagramFigure.overlays(d.x(), d.y(), d.rows(), overlays());
        }
        boolean log = false;
        if (d.metric().logColour() && !d.metric().categorical()) {
            double[] r = org.gtlab.figure.PhaseDiagramFigure.positiveRange(d.rows());
            if (r != null) {
                log = true;
                lo = r[0];
                hi = r[1];
            }
        }
        List<String> xt = new java.util.ArrayList<>();
        for (int i = 0; i < nx; i++) {
            xt.add(org.gtlab.chart.model.HeatMapChart.format(d.x().value(i)));
        }
        List<String> yt = new java.util.ArrayList<>();
        for (int j = 0; j < ny; j++) {
            yt.add(org.gtlab.chart.model.HeatMapChart.format(d.y().value(j)));
        }
        frame = new Frame(nx, ny, v, c, d.metric().categorical(), d.metric().categories(), d.metric().label(), lo, hi,
                marker(d), layers, log, xt, yt, d.x().name(), d.y().name());
        framed = s;
        return frame;
    }

    /** Where the open game's values of two payoff axes lie, as fractions of the axes, or null. */
    private double[] marker(PhaseDiagram d) {
        NormalFormGame g = game.get();
        Double gx = current(g, d.x().name());
        Double gy = current(g, d.y().name());
        if (gx == null || gy == null || d.x().n() < 2 || d.y().n() < 2) {
            return null;
        }
        double fx = (gx - d.x().lo()) / (d.x().hi() - d.x().lo());
        double fy = (gy - d.y().lo()) / (d.y().hi() - d.y().lo());
        return fx < 0 || fx > 1 || fy < 0 || fy > 1 ? null : new double[] {fx, fy};
    }

    private static Double current(NormalFormGame game, String name) {
        if (game == null) {
            return null;
        }
        try {
            org.gtlab.sweep.PayoffEntry e = org.gtlab.sweep.PayoffEntry.parse(name, game);
            return game.payoffDouble(Math.max(0, e.player()), e.profile());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** "x = …, y = …: value" of cell (i, j) of the latest map, or "". */
    public String describe(int i, int j) {
        PhaseDiagram d = latest();
        if (d == null || i < 0 || j < 0 || i >= d.x().n() || j >= d.y().n()) {
            return "";
        }
        return d.x().name() + " = " + org.gtlab.chart.model.HeatMapChart.format(d.x().value(i)) + ", " + d.y().name()
                + " = " + org.gtlab.chart.model.HeatMapChart.format(d.y().value(j)) + ": " + d.metric().format(d.value(i, j))
                + (d.isComputed(i, j) ? "" : " (filled from agreeing neighbours)");
    }

    /**
     * The single run behind cell (i, j): the inner method with the cell's parameters and the sweep's
     * first seed (what the cell's value stands for), or null before a sweep started.
     */
    public RunSpec cellSpec(int i, int j) {
        SweepExperiment e = experiment;
        RunSpec sp = spec;
        if (e == null || sp == null) {
            return null;
        }
        org.gtlab.sweep.Axis ax = e.engine().x();
        org.gtlab.sweep.Axis ay = e.engine().y();
        if (i < 0 || j < 0 || i >= ax.n() || j >= ay.n()) {
            return null;
        }
        return e.definition().innerSpec(ax.value(i), ay.value(j), sp.seed());
    }

    /**
     * Opens the run behind cell (i, j) where {@link #setOpenRun} says (the document's Dynamics run
     * list). Returns the spec opened, or null (no sweep yet, outside the map, nowhere to open it).
     */
    public RunSpec openCell(int i, int j) {
        RunSpec r = cellSpec(i, j);
        if (r == null || openRun == null) {
            return null;
        }
        openRun.accept(r);
        status.set("opened " + r.displayName() + " in the Dynamics runs");
        return r;
    }

    /** The chart of the latest map for export, or null. */
    public org.gtlab.chart.model.HeatMapChart exportChart(String title) {
        PhaseDiagram d = latest();
        return d == null ? null : org.gtlab.figure.PhaseDiagramFigure.chart(d, title, overlays());
    }

    /** The latest map as CSV ({@code x,y,value,seeds}), or null. */
    public String csv() {
        PhaseDiagram d = latest();
        return d == null ? null : d.toCsv();
    }

    /** The metric's label of the latest map ("" before one). */
    public String metricLabel() {
        PhaseDiagram d = latest();
        return d == null ? "" : d.metric().label();
    }

    /** Called by the view at its frame rate: updates the status line and the running flag. */
    public void poll() {
        RunHandle h = handle;
        Snapshot s = latest.get();
        if (h == null) {
            return;
        }
        RunStatus st = h.status();
        if (s != null) {
            String line;
            if (s.hasMetric("progress") && s.hasMetric("cells") && s.hasMetric("level")) {
                line = String.format("%.0f%% · %d of %d cells computed · level %d", 100 * s.metric("progress"),
                        (long) s.metric("cells_computed"), (long) s.metric("cells"), (long) s.metric("level"));
            } else {
                PhaseDiagram d = latest();
                int cells = d == null ? 0 : d.x().n() * d.y().n();
                line = String.format("%d of %d cells computed", d == null ? 0 : d.computedCount(), cells);
            }
            double first = firstDrawnMillis() >= 0 ? firstDrawnMillis() : firstPictureMillis();
            if (first >= 0) {
                line += String.format(java.util.Locale.ROOT, " · first picture %.0f ms", first);
            }
            status.set(st == RunStatus.FAILED ? "failed: " + h.failure().getMessage()
                    : st == RunStatus.CANCELLED ? line + " · cancelled" : line);
        }
        running.set(st == RunStatus.RUNNING || st == RunStatus.PAUSED || st == RunStatus.QUEUED);
    }
}
