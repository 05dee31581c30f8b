package org.gtlab.ui.dynamics;

import org.gtlab.ui.workspace.RunRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameKind;
import org.gtlab.eval.Evaluation;
import org.gtlab.learn.InitialProfile;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;

/**
 * The run launcher: a game (this document's or one from the catalog), a method from the
 * method catalog ({@link LiveRunsViewModel#catalog()}), a parameter form generated from the method's {@link
 * org.gtlab.run.Param}s (defaults filled in, each field validated as it is typed), a seed and the
 * number of steps; {@link #start()} validates the whole recipe and starts it in the
 * {@link LiveRunsViewModel}. FX-thread only.
 */
public final class RunLauncherViewModel {

    /** A game the launcher offers. */
    public record GameChoice(String name, GameSpec game) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final LiveRunsViewModel runs;
    private final MethodCatalog catalog;
    private final org.gtlab.ui.workspace.SeedGroupViewModel seedGroup;
    private final StringProperty seedCount = new SimpleStringProperty(this, "seedCount", "10");
    private final ObservableList<GameChoice> games = FXCollections.observableArrayList();
    private final ObjectProperty<GameChoice> game = new SimpleObjectProperty<>(this, "game");
    private final ObservableList<ExperimentFactory> methods = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentFactory> method = new SimpleObjectProperty<>(this, "method");
    private final ObservableList<ParamField> fields = FXCollections.observableArrayList();
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "");
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError");
    private final ReadOnlyStringWrapper stepsError = new ReadOnlyStringWrapper(this, "stepsError");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper fieldsVersion = new ReadOnlyStringWrapper(this, "fieldsVersion", "");
    private final BooleanBinding valid;
    private GameChoice documentChoice;

    public LiveRunsViewModel runs() {
        return runs;
    }

    /** A launcher offering the standard catalog's methods (tests). */
    public RunLauncherViewModel(LiveRunsViewModel runs, NormalFormGame documentGame, String documentName) {
        this(runs, runs.catalog(), documentGame, documentName);
    }

    /**
     * A launcher offering the methods of {@code catalog} that can run on the chosen game
     * ({@link MethodCatalog#methodsFor}): a method the game cannot run is never offered.
     */
    public RunLauncherViewModel(LiveRunsViewModel runs, MethodCatalog catalog, NormalFormGame documentGame,
            String documentName) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.seedGroup = new org.gtlab.ui.workspace.SeedGroupViewModel(runs.executor());
        documentChoice = new GameChoice(label(documentName), GameSpec.of(documentGame));
        games.add(documentChoice);
        for (GameCatalog.Entry e : GameCatalog.entries()) {
            if (e.game().numPlayers() >= 2) {
                games.add(new GameChoice("Catalog: " + e.title(), GameSpec.of(e.name(), e.game())));
            }
        }
        game.set(documentChoice);
        method.addListener((o, a, b) -> methodChanged(b));
        game.addListener((o, a, b) -> {
            offerMethods();
            startAwayFromEquilibrium();
            checkCombination();
        });
        seed.addListener((o, a, b) -> checkSeed());
        steps.addListener((o, a, b) -> checkSteps());
        offerMethods();
        checkSeed();
        valid = Bindings.createBooleanBinding(this::computeValid, seedError, stepsError, problem, fieldsVersion);
    }

    private static String label(String documentName) {
        return "This game" + (documentName == null || documentName.isBlank() ? "" : " (" + documentName + ")");
    }

    /** The document's game changed: the first choice follows it. */
    public void setDocumentGame(NormalFormGame g, String name) {
        boolean selectedDoc = game.get() == documentChoice;
        GameChoice c = new GameChoice(label(name), GameSpec.of(g));
        games.set(0, c);
        documentChoice = c;
        if (selectedDoc) {
            game.set(c);
        }
        checkCombination();
    }

    /**
     * Offers the methods the chosen game can run (team methods only for team games), keeping the
     * chosen one when it is still offered, else fictitious play or the first one.
     */
    private void offerMethods() {
        GameChoice g = game.get();
        List<ExperimentFactory> fs = g == null ? List.of()
                : catalog.methodsFor(g.game()).stream().filter(ExperimentFactory::needsGame).toList();
        if (fs.equals(methods)) {
            return;
        }
        ExperimentFactory keep = method.get();
        methods.setAll(fs);
        if (keep == null || !fs.contains(keep)) {
            String name = keep == null ? "fp" : keep.name();
            method.set(fs.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElse(fs.stream().filter(f -> f.name().equals("fp")).findFirst()
                            .orElse(fs.isEmpty() ? null : fs.get(0))));
        }
    }

    private void methodChanged(ExperimentFactory f) {
        List<ParamField> fs = new ArrayList<>();
        if (f != null) {
            for (var p : f.params()) {
                ParamField pf = new ParamField(f.name(), p);
                pf.errorProperty().addListener((o, a, b) -> fieldsVersion.set(fieldsVersion.get() + "."));
                fs.add(pf);
            }
            steps.set(Long.toString(f.defaultLimits().maxSteps()));
            description.set(f.title() + ": " + f.description());
        }
        fields.setAll(fs);
        startAwayFromEquilibrium();
        fieldsVersion.set(fieldsVersion.get() + "|");
        checkCombination();
    }

    /** Tolerance below which the default start counts as an equilibrium. */
    static final double AT_EQUILIBRIUM = 1e-9;

    /**
     * A default run must show learning: where the method's default start ("uniform") is already a
     * Nash equilibrium of the chosen game (NashConv ≤ {@value #AT_EQUILIBRIUM}: RPS, matching
     * pennies), the {@code init} field starts at {@link #tilted} instead, documented in its tooltip.
     */
    private void startAwayFromEquilibrium() {
        GameChoice g = game.get();
        ParamField init = fields.stream().filter(f -> f.name().equals(INIT)).findFirst().orElse(null);
        ExperimentFactory f = method.get();
        if (init == null || g == null || g.game().isTeam() || f == null || f.gameKind() != GameKind.NORMAL_FORM) {
            return;
        }
        String def = ParamField.defaultText(init.param());
        String start = def;
        try {
            NormalFormGame ng = g.game().game();
            if (def.equals("uniform") && Evaluation.nashConv(ng, InitialProfile.uniform().create(ng, null))
                    <= AT_EQUILIBRIUM) {
                String t = tilted(ng);
                if (Evaluation.nashConv(ng, InitialProfile.parse(t).create(ng, null)) > AT_EQUILIBRIUM) {
                    start = t;
                }
            }
        } catch (IllegalArgumentException e) {
            start = def;
        }
        boolean edited = !init.textProperty().get().equals(init.startText());
        if (!edited && !start.equals(init.startText())) {
            init.setStartText(start);
        }
    }

    private static final String INIT = "init";

    /**
     * The launcher's start where uniform is an equilibrium: each player's strategy i (1-based) with
     * probability proportional to i, e.g. "1/6, 2/6, 3/6" for three strategies (written as decimals).
     */
    static String tilted(NormalFormGame g) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            int n = g.numStrategies(p);
            double total = n * (n + 1) / 2.0;
            sb.append(p == 0 ? "" : ";");
            for (int i = 1; i <= n; i++) {
                sb.append(i == 1 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.4f", i / total));
            }
        }
        return sb.toString();
    }

    private void checkCombination() {
        ExperimentFactory f = method.get();
        GameChoice g = game.get();
        String why = null;
        if (f == null) {
            why = "Choose a method";
        } else if (g == null) {
            why = "Choose a game";
        } else {
            String c = f.accepts(g.game()) ? null : f.checkGame(g.game());
            if (c != null) {
                why = f.name() + " cannot run on this game: " + c;
            }
        }
        problem.set(why);
    }

    private void checkSeed() {
        try {
            Long.parseLong(seed.get().strip());
            seedError.set(null);
        } catch (NumberFormatException | NullPointerException e) {
            seedError.set("The seed is a whole number (the same seed gives the same run)");
        }
    }

    private void checkSteps() {
        try {
            long n = Long.parseLong(steps.get().strip().replace("_", "").replace(",", ""));
            stepsError.set(n < 1 || n > 1_000_000_000_000L ? "Steps must be between 1 and 10¹²" : null);
        } catch (NumberFormatException | NullPointerException e) {
            stepsError.set("Steps is a whole number, e.g. 10000");
        }
    }

    private boolean computeValid() {
        return seedError.get() == null && stepsError.get() == null && problem.get() == null
                && fields.stream().allMatch(ParamField::isValid);
    }

    /** Limits for the chosen steps: the method's own reporting for its default horizon, else about 1,000 reports. */
    Limits limits() {
        ExperimentFactory f = method.get();
        long n = Long.parseLong(steps.get().strip().replace("_", "").replace(",", ""));
        Limits d = f.defaultLimits();
        return n == d.maxSteps() ? d : new Limits(n, Math.max(1, n / 1000), 0);
    }

    /**
     * The recipe of the form.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public RunSpec spec() {
        if (problem.get() != null) {
            throw new IllegalArgumentException(problem.get());
        }
        for (ParamField pf : fields) {
            if (!pf.isValid()) {
                throw new IllegalArgumentException(pf.errorProperty().get());
            }
        }
        if (seedError.get() != null) {
            throw new IllegalArgumentException(seedError.get());
        }
        if (stepsError.get() != null) {
            throw new IllegalArgumentException(stepsError.get());
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        for (ParamField pf : fields) {
            raw.put(pf.name(), pf.raw());
        }
        return catalog.spec(method.get().name(), raw, game.get().game(), Long.parseLong(seed.get().strip()), limits());
    }

    /**
     * Starts the recipe of the form; on a problem, says so in {@link #messageProperty()} and
     * returns null.
     */
    public RunRow start(RunListener... extra) {
        try {
            RunRow r = runs.start(spec(), extra);
            message.set("Started " + r.name());
            return r;
        } catch (IllegalArgumentException e) {
            message.set("Not started: " + e.getMessage());
            return null;
        }
    }

    /**
     * The "N seeds" action: the form's recipe with seeds s … s + N − 1 as one run group (aggregate
     * progress, one cancel, a seed summary: {@link #seedGroup()}); on a problem, says so in
     * {@link #messageProperty()} and returns false.
     */
    public boolean startSeeds() {
        try {
            int n;
            try {
                n = Integer.parseInt(seedCount.get().strip());
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("the number of seeds is a whole number, e.g. 10");
            }
            if (n < 1 || n > 10_000) {
                throw new IllegalArgumentException("the number of seeds must be between 1 and 10,000, got " + n);
            }
            RunSpec spec = spec();
            message.set("Started " + n + " seeds of " + spec.method());
            seedGroup.start(spec, n);
            return true;
        } catch (IllegalArgumentException e) {
            message.set("Not started: " + e.getMessage());
            return false;
        }
    }

    /** The seed group of the "N seeds" action. */
    public org.gtlab.ui.workspace.SeedGroupViewModel seedGroup() {
        return seedGroup;
    }

    /** How many seeds the "N seeds" action starts. */
    public StringProperty seedCountProperty() {
        return seedCount;
    }

    /** Puts every parameter back to its default. */
    public void resetParameters() {
        fields.forEach(ParamField::reset);
    }

    /** The field of a parameter. */
    public ParamField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }

    /**
     * Selects a method by name.
     *
     * @throws IllegalArgumentException if the chosen game cannot run it (it is not offered)
     */
    public void selectMethod(String name) {
        ExperimentFactory f = methods.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
        if (f == null) {
            catalog.byName(name); // an unknown name: the catalog's message
            throw new IllegalArgumentException(name + " cannot run on " + (game.get() == null ? "no game"
                    : game.get().name()) + "; offered: " + methods.stream().map(ExperimentFactory::name).toList());
        }
        method.set(f);
    }

    public ObservableList<GameChoice> games() {
        return games;
    }

    public ObjectProperty<GameChoice> gameProperty() {
        return game;
    }

    public ObservableList<ExperimentFactory> methods() {
        return methods;
    }

    public ObjectProperty<ExperimentFactory> methodProperty() {
        return method;
    }

    /** The generated form, in the method's parameter order. */
    public ObservableList<ParamField> fields() {
        return fields;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepsErrorProperty() {
        return stepsError.getReadOnlyProperty();
    }

    /** Why the method cannot run on the game, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The method's title and one-paragraph description. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** What happened last ("Started …", "Not started: …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when every field is valid and the method can run on the game. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
