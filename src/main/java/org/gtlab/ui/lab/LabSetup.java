package org.gtlab.ui.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.figure.JointMatrix;
import org.gtlab.figure.LabVerdict;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamGames;
import org.gtlab.run.GameSpec;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunSpec;

/**
 * What the Lab of a team game will run (split from {@link LabViewModel}, issue 9): the team game
 * (a catalog family with its typed parameters, or a fixed game from a document or a recipe), its
 * joint-action matrix, the offered algorithms with their settings and selection, the seed, the
 * paper-faithful switch, the classifier's tolerance and the preset these settings come from.
 *
 * <p>Failure modes: a bad parameter leaves no game ({@link #gameProperty()} null) and the parse
 * error in {@link #gameErrorProperty()}; an algorithm whose settings cannot run on the game shows
 * why in its {@link AlgorithmChoice#problemProperty()}. FX thread only.
 */
public final class LabSetup {

    private final MethodCatalog catalog;
    private final StringProperty family = new SimpleStringProperty(this, "family", "fxp-example");
    private final ObservableList<String> families = FXCollections.observableArrayList(TeamGames.names());
    private final ObservableList<GameParameter> parameters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GameSpec> game = new ReadOnlyObjectWrapper<>(this, "game");
    private final ReadOnlyStringWrapper gameError = new ReadOnlyStringWrapper(this, "gameError", "");
    private final ReadOnlyObjectWrapper<JointMatrix> jointMatrix = new ReadOnlyObjectWrapper<>(this, "jointMatrix");
    private final ReadOnlyStringWrapper jointMatrixMessage = new ReadOnlyStringWrapper(this, "jointMatrixMessage", "");
    private final Map<String, GameSpec> fixedGames = new LinkedHashMap<>();

    private final ObservableList<AlgorithmChoice> algorithms = FXCollections.observableArrayList();
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 0);
    private final BooleanProperty paperFaithful = new SimpleBooleanProperty(this, "paperFaithful");
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", LabVerdict.DEFAULT_TOLERANCE);
    private final ReadOnlyObjectWrapper<LabPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset");

    private boolean settingGame;

    /** The setup offering the team methods of this catalog; SP, PSRO (exact oracle) and FXP selected. */
    LabSetup(MethodCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        for (LabAlgorithm a : LabAlgorithm.catalog(catalog)) {
            AlgorithmChoice c = new AlgorithmChoice(a);
            c.settingsProperty().addListener((o, x, y) -> validate(c));
            c.selectedProperty().addListener((o, x, y) -> preset.set(null));
            algorithms.add(c);
        }
        for (String l : List.of("SP", "PSRO (exact oracle)", "FXP")) {
            choice(l).selectedProperty().set(true);
        }
        family.addListener((o, a, b) -> {
            if (!settingGame) {
                resetParameters();
            }
        });
        resetParameters();
        paperFaithful.addListener((o, a, b) -> algorithms.forEach(this::validate));
    }

    // ------------------------------------------------------------------ the game

    private void resetParameters() {
        String f = family.get();
        List<GameParameter> ps = new ArrayList<>();
        if (!fixedGames.containsKey(f)) {
            try {
                for (Map.Entry<String, Double> e : TeamGames.create(f).parameters().entrySet()) {
                    ps.add(new GameParameter(e.getKey(), number(e.getValue())));
                }
            } catch (IllegalArgumentException e) {
                gameError.set(e.getMessage());
            }
        }
        setParameters(ps);
    }

    private void setParameters(List<GameParameter> ps) {
        for (GameParameter p : ps) {
            p.textProperty().addListener((o, a, b) -> rebuildGame());
        }
        parameters.setAll(ps);
        rebuildGame();
    }

    private void selectFamily(String f) {
        settingGame = true;
        try {
            family.set(f);
        } finally {
            settingGame = false;
        }
    }

    /** "4" for 4.0, else the shortest text of the double. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Builds the game from the family and the typed parameters; a bad value leaves no game and a message. */
    private void rebuildGame() {
        String f = family.get();
        GameSpec g = fixedGames.get(f);
        String err = "";
        if (g == null) {
            Map<String, String> p = new LinkedHashMap<>();
            for (GameParameter gp : parameters) {
                p.put(gp.name(), gp.text() == null ? "" : gp.text().strip());
            }
            try {
                g = GameSpec.resolve(f, p, null);
            } catch (IllegalArgumentException e) {
                err = e.getMessage();
            }
        }
        game.set(g);
        gameError.set(err);
        if (g == null) {
            jointMatrix.set(null);
            jointMatrixMessage.set(err);
        } else {
            TeamGame tg = g.teamGame();
            String big = JointMatrix.tooLarge(tg);
            jointMatrix.set(big == null ? JointMatrix.of(tg) : null);
            jointMatrixMessage.set(big == null ? "" : big);
        }
        preset.set(null);
        algorithms.forEach(this::validate);
    }

    /**
     * Uses a game that is not a catalog family with parameters (a symmetric zero-sum matrix game as
     * one-agent teams, a dense team game, a recipe's game): it is added to {@link #families()}
     * under its source or title and selected.
     */
    public void setGame(GameSpec spec) {
        Objects.requireNonNull(spec, "game");
        GameSpec team = spec.asTeam();
        String key = team.source().isEmpty() ? team.title() : team.source();
        if (TeamGames.names().contains(key) && !team.teamGame().parameters().isEmpty()) {
            // a catalog family: select it and type its parameters
            selectFamily(key);
            fixedGames.remove(key);
            List<GameParameter> ps = new ArrayList<>();
            for (Map.Entry<String, Double> e : team.teamGame().parameters().entrySet()) {
                ps.add(new GameParameter(e.getKey(), number(e.getValue())));
            }
            setParameters(ps);
            return;
        }
        fixedGames.put(key, team);
        if (!families.contains(key)) {
            families.add(key);
        }
        selectFamily(key);
        parameters.clear();
        rebuildGame();
    }

    /** Sets a parameter of the current family by name ("N", "C", "eps", …). */
    public void setParameter(String name, String value) {
        for (GameParameter p : parameters) {
            if (p.name().equalsIgnoreCase(name)) {
                p.textProperty().set(value);
                return;
            }
        }
        throw new IllegalArgumentException("team game " + family.get() + " has no parameter " + name + "; it has "
                + parameters.stream().map(GameParameter::name).toList());
    }

    // ------------------------------------------------------------------ algorithms and presets

    /** The offered algorithm with this label. */
    public AlgorithmChoice choice(String label) {
        for (AlgorithmChoice c : algorithms) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no algorithm \"" + label + "\"");
    }

    /** Selects exactly these algorithms (by label). */
    public void select(List<String> labels) {
        for (AlgorithmChoice c : algorithms) {
            c.selectedProperty().set(labels.contains(c.label()));
        }
    }

    private void validate(AlgorithmChoice c) {
        try {
            spec(c.algorithm(), game.get());
            c.problem.set("");
        } catch (IllegalArgumentException e) {
            c.problem.set(e.getMessage());
        }
    }

    /** The recipe of an algorithm on a game (paper-faithful mode adds {@code mode=paper} unless set). */
    RunSpec spec(LabAlgorithm a, GameSpec g) {
        if (g == null) {
            throw new IllegalArgumentException(gameError.get().isEmpty() ? "no game" : gameError.get());
        }
        Map<String, Object> p = new LinkedHashMap<>(a.settings());
        if (paperFaithful.get() && !p.containsKey("mode")) {
            p.put("mode", "paper");
        }
        return catalog.spec(a.method(), p, g, seed.get(), null);
    }

    /** Sets the game, its parameters and the algorithms of one of the paper's figures. */
    void applyPreset(LabPreset p) {
        selectFamily(p.family());
        List<GameParameter> ps = new ArrayList<>();
        Map<String, Double> defaults = TeamGames.create(p.family()).parameters();
        for (String name : defaults.keySet()) {
            ps.add(new GameParameter(name, p.parameters().getOrDefault(name, number(defaults.get(name)))));
        }
        setParameters(ps);
        for (AlgorithmChoice c : algorithms) {
            c.settingsProperty().set(c.base().settingsText());
        }
        select(p.algorithms());
        preset.set(p);
    }

    void setPreset(LabPreset p) {
        preset.set(p);
    }

    // ------------------------------------------------------------------ accessors

    /** The team game's catalog name (or the key of a fixed game, see {@link #setGame}). */
    public StringProperty familyProperty() {
        return family;
    }

    /** Catalog names and fixed games. */
    public ObservableList<String> families() {
        return families;
    }

    /** The current family's parameters as typed. */
    public ObservableList<GameParameter> parameters() {
        return parameters;
    }

    /** The game built from the family and parameters, or null if a parameter is bad. */
    public ReadOnlyObjectProperty<GameSpec> gameProperty() {
        return game.getReadOnlyProperty();
    }

    /** Why there is no game ("" if there is one). */
    public ReadOnlyStringProperty gameErrorProperty() {
        return gameError.getReadOnlyProperty();
    }

    /** The game's joint-action matrix, or null if it is too large (see {@link #jointMatrixMessageProperty()}). */
    public ReadOnlyObjectProperty<JointMatrix> jointMatrixProperty() {
        return jointMatrix.getReadOnlyProperty();
    }

    /** Why the joint-action matrix is not shown ("" when it is). */
    public ReadOnlyStringProperty jointMatrixMessageProperty() {
        return jointMatrixMessage.getReadOnlyProperty();
    }

    public ObservableList<AlgorithmChoice> algorithms() {
        return algorithms;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The authors' settings (FP-999 meta-solver, np.repeat profile, restricted metric on the chart). */
    public BooleanProperty paperFaithfulProperty() {
        return paperFaithful;
    }

    /** Tolerance of the classifier for runs started from now on. */
    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    /** The preset the settings come from, or null once they were changed. */
    public ReadOnlyObjectProperty<LabPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }
}
