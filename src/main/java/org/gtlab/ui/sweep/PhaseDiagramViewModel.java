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
    private final StringProperty x = new SimpleStringProperty(this, "x", "payoff[1][2][1]:0:6:33");
    private final StringProperty y = new SimpleStringProperty(this, "y", "payoff[2][1][2]:0:6:33");
    private final StringProperty metric = new SimpleStringProperty(this, "metric", "equilibria");
    private final StringProperty method = new SimpleStringProperty(this, "method", "replicator");
    private final StringProperty backend = new SimpleStringProperty(this, "backend", "java");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private volatile RunHandle handle;
    private volatile SweepExperiment experiment;
    private RunSpec spec;

    public PhaseDiagramViewModel(MethodCatalog catalog, RunExecutor runs, NormalFormGame game, String title) {
        this.catalog = catalog;
        this.runs = runs;
        this.game.set(game);
        this.title.set(title == null ? "" : title);
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
        return GameSpec.of(title.get().isBlank() ? "game" : title.get(), game.get());
    }

    /** The sweepable parameters of the game and the chosen method. */
    public List<String> parameters() {
        return SweepDefinition.parameters(gameSpec(), innerMethod());
    }

    /** The metrics that fit the game and the chosen method. */
    public List<String> metrics() {
        return SweepDefinition.metrics(gameSpec(), innerMethod());
    }

    /** Methods that can run on the game (the sweep itself excluded). */
    public List<String> methods() {
        return catalog.methodsFor(gameSpec()).stream().map(ExperimentFactory::name).filter(n -> !n.equals("sweep"))
                .distinct().toList();
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
        cancel();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("x", x.get());
        p.put("y", y.get());
        p.put("metric", metric.get());
        p.put("method", method.get());
        p.put("backend", backend.get());
        p.put("chunk", "32");
        try {
            spec = catalog.spec("sweep", p, gameSpec(), 0, new Limits(100_000_000, 1, 0));
            experiment = (SweepExperiment) spec.experiment();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        String fallback = experiment.definition().backendMessage();
        status.set(fallback == null ? "running…" : fallback);
        latest.set(null);
        running.set(true);
        handle = runs.start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                latest.set(s);
            }
        });
        return true;
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
        SweepExperiment e = experiment;
        return s == null || e == null ? null : e.diagram(s);
    }

    /** The sweep's recipe, or null before the first start. */
    public RunSpec spec() {
        return spec;
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
            String line = String.format("%.0f%% · %d of %d cells computed · level %d", 100 * s.metric("progress"),
                    (long) s.metric("cells_computed"), (long) s.metric("cells"), (long) s.metric("level"));
            status.set(st == RunStatus.FAILED ? "failed: " + h.failure().getMessage()
                    : st == RunStatus.CANCELLED ? line + " · cancelled" : line);
        }
        running.set(st == RunStatus.RUNNING || st == RunStatus.PAUSED || st == RunStatus.QUEUED);
    }
}
