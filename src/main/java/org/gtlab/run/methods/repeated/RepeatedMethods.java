package org.gtlab.run.methods.repeated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.repeated.MoranProcess;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.ResultSet;
import org.gtlab.repeated.Seeds;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;
import org.gtlab.repeated.StrategySpec;
import org.gtlab.repeated.akata.AkataPresets;
import org.gtlab.repeated.Tournament;
import org.gtlab.repeated.TournamentRun;
import org.gtlab.run.Config;
import org.gtlab.run.ConfigSchema;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.Payload;
import org.gtlab.run.Snapshot;

/**
 * The repeated-games lab in the method catalog: {@code tournament} (a round robin of library strategies
 * on the game as stage game, one ordered pair per step) and {@code moran-tournament} (the Moran
 * process of {@link MoranProcess} on the payoff matrix of such a tournament, one birth/death event per
 * step). Registered by {@link org.gtlab.run.methods.StandardMethods} with one line.
 */
public final class RepeatedMethods {

    private RepeatedMethods() {
    }

    /** Both methods. */
    public static List<ExperimentFactory> all() {
        return List.of(new TournamentMethod(), new MoranTournamentMethod(), new FingerprintMethod());
    }

    /** Player family metric: mean score per turn so far. */
    public static final MetricSpec SCORE = MetricSpec.linear("score_", "Score per turn", "payoff", MetricSpec.Goal.NONE,
            "strategy A's mean points per turn over the pairs played so far");
    /** Player family metric: cooperation rate so far. */
    public static final MetricSpec COOPERATION = MetricSpec.linear("cooperation_", "Cooperation rate", "probability",
            MetricSpec.Goal.NONE, "share of strategy A's moves that chose option 1 (cooperate)");
    /** Pairs played. */
    public static final MetricSpec PAIRS = MetricSpec.linear("pairs", "Pairs played", "pairs", MetricSpec.Goal.NONE,
            "ordered pairs played (each with all repetitions)");
    /** Payload: the payoff matrix P[i][j] (points per turn). */
    public static final String PAYOFF_MATRIX = "payoff_matrix";
    /** Payload: per-repetition scores [player][repetition]. */
    public static final String REPETITION_SCORES = "repetition_scores";
    /** Payload: matches won per player. */
    public static final String WINS = "wins";
    /** Payload: population shares (moran-tournament). */
    public static final String POPULATION = "population";

    static final String DEFAULT_PLAYERS = "cooperator,defector,tit-for-tat,grudger,win-stay-lose-shift,random";

    static final Param PLAYERS = Param.text("players", DEFAULT_PLAYERS, RepeatedMethods::checkPlayers,
            "comma-separated strategy names (gtlab tournament --list), or all");
    static final Param TURNS = Param.integer("turns", 200, 1, 1_000_000, "rounds per match (the cap with prob_end)");
    static final Param PROB_END = Param.real("prob_end", 0.0, 0, true, 1, true,
            "per-round ending probability (0 = fixed turns)");
    static final Param NOISE = Param.real("noise", 0.0, 0, true, 1, true,
            "execution noise: probability that a move is flipped");
    static final Param REPETITIONS = Param.integer("repetitions", 10, 1, 100_000, "repetitions of every pair");
    static final Param STRATEGIES = Param.text("strategies", "", RepeatedMethods::checkStrategies,
            "user strategies the roster may name: NAME=memory-one pCC pCD pDC pDD [first]; "
                    + "NAME=fsm STATE:C|D:AFTER-C:AFTER-D … (initial state first); empty = none");

    /** The roster of the Akata et al. cross-table (spec repeated-games §10.3), as a players value. */
    static final String AKATA_PLAYERS = AkataPresets.crossTableRoster().stream().map(Strategy::name)
            .collect(java.util.stream.Collectors.joining(","));

    /**
     * The entries of Axelrod's first tournament (Axelrod 1980, "Effective choice in the prisoner's
     * dilemma", J. Conflict Resolution 24) that the library holds: Tit For Tat (Rapoport), Grofman,
     * Friedman (grudger), Davis, Joss and Random; the other nine entries are not in the library.
     */
    static final String AXELROD_1980_PLAYERS = "tit-for-tat,grofman,grudger,davis,joss,random";

    /**
     * {@code tournament}'s typed config.
     *
     * @param players     comma-separated library names or "all"
     * @param turns       rounds per match (the cap when {@code prob_end} &gt; 0)
     * @param prob_end    per-round ending probability in [0, 1] (0 = fixed length)
     * @param noise       execution noise in [0, 1]
     * @param repetitions repetitions of every ordered pair
     */
    public record TournamentConfig(String players, int turns, double prob_end, double noise, int repetitions,
            String strategies) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<TournamentConfig> SCHEMA = ConfigSchema.of(TournamentConfig.class, PLAYERS,
                TURNS, PROB_END, NOISE, REPETITIONS, STRATEGIES);

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public TournamentConfig {
            SCHEMA.check(players, turns, prob_end, noise, repetitions, strategies);
            checkRoster(players, strategies);
        }

        /** A roster of library strategies only. */
        public TournamentConfig(String players, int turns, double prob_end, double noise, int repetitions) {
            this(players, turns, prob_end, noise, repetitions, "");
        }

        /** The strategies of the roster (user strategies first, then the library). */
        public List<Strategy> roster() {
            return Strategies.roster(players, StrategySpec.parseAll(strategies));
        }

        /** The repeated game on {@code stage}. */
        public RepeatedGame repeatedGame(StageGame stage) {
            RepeatedGame rg = prob_end > 0 ? new RepeatedGame(stage, turns, prob_end, 0, 1, 0)
                    : RepeatedGame.fixed(stage, turns);
            return rg.withNoise(noise);
        }
    }

    /**
     * {@code moran-tournament}'s typed config: the tournament's fields, then the Moran process's.
     *
     * @param population N, at least the number of strategies (split evenly at the start)
     * @param mode       "bd" (birth–death) or "db" (death–birth)
     * @param mutation   μ in [0, 1]
     * @param selection  w in [0, 1]: fitness 1 − w + w·payoff
     */
    public record MoranTournamentConfig(String players, int turns, double prob_end, double noise, int repetitions,
            int population, String mode, double mutation, double selection, String strategies) {
        /** The declaration: names, defaults, ranges and docs. */
        public static final ConfigSchema<MoranTournamentConfig> SCHEMA = ConfigSchema.of(MoranTournamentConfig.class,
                PLAYERS, TURNS, PROB_END, NOISE, REPETITIONS,
                Param.integer("population", 30, 2, 1_000_000, "N: population size (split evenly at the start)"),
                Param.choice("mode", "bd", List.of("bd", "db"), "bd: birth–death; db: death–birth"),
                Param.real("mutation", 0.0, 0, true, 1, true, "μ: probability that an offspring mutates"),
                Param.real("selection", 1.0, 0, true, 1, true, "w: fitness 1 − w + w·payoff"), STRATEGIES);

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public MoranTournamentConfig {
            SCHEMA.check(players, turns, prob_end, noise, repetitions, population, mode, mutation, selection,
                    strategies);
            checkRoster(players, strategies);
        }

        /** The strategies of the roster (user strategies first, then the library). */
        public List<Strategy> roster() {
            return Strategies.roster(players, StrategySpec.parseAll(strategies));
        }

        /** The tournament part. */
        public TournamentConfig tournament() {
            return new TournamentConfig(players, turns, prob_end, noise, repetitions, strategies);
        }
    }

    /**
     * A roster's names: library names, or kebab-case names of user strategies (those are checked
     * against the {@code strategies} setting when the config is built, {@link #checkRoster}).
     */
    static String checkPlayers(String s) {
        if (s == null || s.isBlank() || s.replace(",", "").isBlank()) {
            return "players: the roster is empty";
        }
        if (s.strip().equals("all")) {
            return null;
        }
        for (String part : s.split(",")) {
            String n = part.strip();
            if (!n.isEmpty() && Strategies.find(n).isEmpty() && !n.matches("[a-z0-9]+(-[a-z0-9.]+)*")) {
                return "unknown strategy '" + n + "' (gtlab tournament --list shows the library)";
            }
        }
        return null;
    }

    /** Library names only. */
    static String checkLibraryPlayers(String s) {
        try {
            Strategies.roster(s);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String checkStrategies(String s) {
        try {
            StrategySpec.parseAll(s);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The roster against the library and the user strategies. */
    static void checkRoster(String players, String strategies) {
        Strategies.roster(players, StrategySpec.parseAll(strategies));
    }

    static String checkTwoPlayer(NormalFormGame g) {
        return g.numPlayers() == 2 ? null : "a repeated game needs a two-player stage game";
    }

    static Tournament tournament(TournamentConfig c, NormalFormGame game, long seed) {
        return new Tournament(c.repeatedGame(StageGame.from(game)), c.roster(), c.repetitions(), seed);
    }

    static List<MetricSpec> playerMetrics(TournamentConfig c, MetricSpec lead) {
        int n = c.roster().size();
        List<MetricSpec> l = new ArrayList<>(List.of(lead));
        for (int a = 1; a <= n; a++) {
            l.add(SCORE.at(a));
        }
        for (int a = 1; a <= n; a++) {
            l.add(COOPERATION.at(a));
        }
        return List.copyOf(l);
    }

    /** A preset whose settings hold commas (a roster), in the order players, turns, … */
    static MethodPreset rosterPreset(String name, String label, Map<String, String> settings, String description) {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String key : List.of("players", "turns", "prob_end", "noise", "repetitions", "population")) {
            if (settings.containsKey(key)) {
                ordered.put(key, settings.get(key));
            }
        }
        return new MethodPreset(name, label, ordered, description);
    }

    static List<MethodPreset> tournamentPresets() {
        return List.of(
                MethodPreset.of("axelrod-classic", "Axelrod classic (200 turns, 10 repetitions)",
                        "turns=200, repetitions=10", "the Axelrod library's defaults"),
                rosterPreset("axelrod-1980", "Axelrod 1980 roster (200 turns, 5 repetitions)",
                        Map.of("players", AXELROD_1980_PLAYERS, "turns", "200", "repetitions", "5"),
                        "Axelrod (1980), J. Conflict Resolution 24: the first tournament's entries held by the library"),
                rosterPreset("akata-10", "Akata protocol (12 strategies, 10 rounds, 1 repetition)",
                        Map.of("players", AKATA_PLAYERS, "turns", "10", "repetitions", "1"),
                        "spec repeated-games §3 and the §10.3 cross-table roster"),
                rosterPreset("akata-20", "Akata protocol (12 strategies, 20 rounds, 1 repetition)",
                        Map.of("players", AKATA_PLAYERS, "turns", "20", "repetitions", "1"), "spec repeated-games §3"),
                MethodPreset.of("noisy", "Noisy (noise 0.05)", "noise=0.05", "execution noise 5%"));
    }

    /** {@code tournament}: one ordered pair (all repetitions) per step. */
    public static final class TournamentMethod implements ExperimentFactory {

        @Override
        public String name() {
            return "tournament";
        }

        @Override
        public String title() {
            return "Repeated-game tournament";
        }

        @Override
        public String description() {
            return "Round robin of repeated-game strategies (Axelrod 1980) on the game as stage game: every ordered "
                    + "pair, self-play included, with repetitions, noise and a fixed or geometric length.";
        }

        @Override
        public boolean needsGame() {
            return true;
        }

        @Override
        public List<Param> params() {
            return TournamentConfig.SCHEMA.params();
        }

        @Override
        public ConfigSchema<TournamentConfig> schema() {
            return TournamentConfig.SCHEMA;
        }

        @Override
        public List<MethodPreset> presets() {
            return tournamentPresets();
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(1_000_000, 1, 0);
        }

        @Override
        public String checkGame(NormalFormGame game) {
            return checkTwoPlayer(game);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return playerMetrics(TournamentConfig.SCHEMA.from(config), PAIRS);
        }

        @Override
        public double progress(Config config, Limits limits, Snapshot latest) {
            if (latest == null) {
                return 0;
            }
            int n = TournamentConfig.SCHEMA.from(config).roster().size();
            double planned = Math.min((double) n * n, limits.maxSteps());
            return planned == 0 ? 1 : Math.min(1, latest.step() / planned);
        }

        /**
         * Counts matches: a step is one ordered pair with all its repetitions, so {@code done} =
         * pairs × repetitions of min(n², step limit) pairs × repetitions (the step limit is only a cap).
         */
        @Override
        public org.gtlab.run.ProgressCount count(Config config, Limits limits, long step) {
            TournamentConfig c = TournamentConfig.SCHEMA.from(config);
            long pairs = Math.min((long) c.roster().size() * c.roster().size(), limits.maxSteps());
            return new org.gtlab.run.ProgressCount("matches", Math.min(step, pairs) * c.repetitions(),
                    pairs * c.repetitions());
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            TournamentConfig c = TournamentConfig.SCHEMA.from(config);
            String problem = checkTwoPlayer(game);
            if (problem != null) {
                throw new IllegalArgumentException("tournament: " + problem);
            }
            tournament(c, game, 0); // validates now, with one clear line
            List<String> names = playerMetrics(c, PAIRS).stream().map(MetricSpec::name).toList();
            return new Experiment<TournamentRun>() {
                @Override
                public TournamentRun start(long seed) {
                    return new TournamentRun(tournament(c, game, seed));
                }

                @Override
                public TournamentRun step(TournamentRun s) {
                    s.step();
                    return s;
                }

                @Override
                public boolean isFinished(TournamentRun s) {
                    return s.finished();
                }

                @Override
                public Snapshot observe(TournamentRun s, long step) {
                    ResultSet rs = s.results();
                    int n = rs.players().size();
                    double[] v = new double[1 + 2 * n];
                    v[0] = s.pairsDone();
                    double[] score = rs.meanScores();
                    double[] coop = rs.cooperationRates();
                    for (int a = 0; a < n; a++) {
                        v[1 + a] = score[a];
                        v[1 + n + a] = coop[a];
                    }
                    double[] wins = java.util.Arrays.stream(rs.wins()).asDoubleStream().toArray();
                    return Snapshot.of(step, names, v, Map.of(PAYOFF_MATRIX, Payload.rows(rs.payoffMatrix()),
                            REPETITION_SCORES, Payload.rows(rs.repetitionScores()), WINS, Payload.vector(wins)));
                }
            };
        }
    }

    /** {@code moran-tournament}: the Moran process on a tournament's payoff matrix. */
    public static final class MoranTournamentMethod implements ExperimentFactory {

        @Override
        public String name() {
            return "moran-tournament";
        }

        @Override
        public String title() {
            return "Moran process on tournament payoffs";
        }

        @Override
        public String description() {
            return "A round robin gives the payoff matrix (points per turn); a Moran process (birth–death or "
                    + "death–birth, with mutation) then runs on a population of the strategies.";
        }

        @Override
        public boolean needsGame() {
            return true;
        }

        @Override
        public List<Param> params() {
            return MoranTournamentConfig.SCHEMA.params();
        }

        @Override
        public ConfigSchema<MoranTournamentConfig> schema() {
            return MoranTournamentConfig.SCHEMA;
        }

        @Override
        public List<MethodPreset> presets() {
            return List.of(
                    rosterPreset("axelrod-1980", "Axelrod 1980 roster, birth–death",
                            Map.of("players", AXELROD_1980_PLAYERS, "turns", "200", "repetitions", "5",
                                    "population", "60"),
                            "the entries of Axelrod's first tournament held by the library"),
                    MethodPreset.of("death-birth", "Death–birth with mutation (μ = 0.01)", "mode=db, mutation=0.01",
                            "Ohtsuki et al. 2006 update rule; mutation keeps every strategy reachable"));
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(100_000, 10, 0);
        }

        @Override
        public String checkGame(NormalFormGame game) {
            return checkTwoPlayer(game);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            int n = MoranTournamentConfig.SCHEMA.from(config).roster().size();
            List<MetricSpec> l = new ArrayList<>();
            for (int a = 1; a <= n; a++) {
                l.add(MetricSpec.linear("x_", "Share", "probability", MetricSpec.Goal.NONE,
                        "individuals of strategy A / N").at(a));
            }
            return List.copyOf(l);
        }

        /** State: the payoff matrix's process, counts and the generator. */
        static final class State {
            final MoranProcess process;
            final int[] counts;
            final java.util.SplittableRandom rng;

            State(MoranProcess process, int[] counts, java.util.SplittableRandom rng) {
                this.process = process;
                this.counts = counts;
                this.rng = rng;
            }
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            MoranTournamentConfig m = MoranTournamentConfig.SCHEMA.from(config);
            TournamentConfig c = m.tournament();
            String problem = checkTwoPlayer(game);
            if (problem != null) {
                throw new IllegalArgumentException("moran-tournament: " + problem);
            }
            tournament(c, game, 0);
            int size = m.population();
            int k = c.roster().size();
            if (size < k) {
                throw new IllegalArgumentException("moran-tournament: population " + size + " is smaller than the "
                        + k + " strategies");
            }
            List<String> names = metrics(config, null).stream().map(MetricSpec::name).toList();
            MoranProcess.Mode mode = m.mode().equals("db") ? MoranProcess.Mode.DEATH_BIRTH
                    : MoranProcess.Mode.BIRTH_DEATH;
            boolean absorbing = m.mutation() == 0;
            return new Experiment<State>() {
                @Override
                public State start(long seed) {
                    double[][] p = tournament(c, game, seed).play().payoffMatrix();
                    double min = Double.POSITIVE_INFINITY;
                    for (double[] row : p) {
                        for (double v : row) {
                            min = Math.min(min, v);
                        }
                    }
                    if (min <= 0) { // fitness must be positive: shift the payoffs (ranks are unchanged)
                        for (double[] row : p) {
                            for (int j = 0; j < row.length; j++) {
                                row[j] += 1 - min;
                            }
                        }
                    }
                    MoranProcess mp = new MoranProcess(p, mode, m.mutation(), m.selection(), size);
                    int[] counts = new int[k];
                    for (int i = 0; i < size; i++) {
                        counts[i % k]++;
                    }
                    return new State(mp, counts, new java.util.SplittableRandom(Seeds.derive(seed, 7)));
                }

                @Override
                public State step(State s) {
                    s.process.step(s.counts, s.rng);
                    return s;
                }

                @Override
                public boolean isFinished(State s) {
                    return absorbing && MoranProcess.fixated(s.counts);
                }

                @Override
                public Snapshot observe(State s, long step) {
                    double[] x = new double[k];
                    for (int a = 0; a < k; a++) {
                        x[a] = (double) s.counts[a] / size;
                    }
                    return Snapshot.of(step, names, x, Map.of(POPULATION, Payload.vector(x)));
                }
            };
        }
    }

    /** Fingerprint metric: the strategy's mean score per turn against the probe so far. */
    public static final MetricSpec FINGERPRINT = MetricSpec.linear("fingerprint", "Fingerprint", "payoff",
            MetricSpec.Goal.NONE, "mean over matches of the strategy's points per turn against the dual-probe "
                    + "JA(x, y) (Ashlock & Kim 2008)");
    /** Matches played. */
    public static final MetricSpec MATCHES = MetricSpec.linear("matches", "Matches", "matches", MetricSpec.Goal.NONE,
            "matches played against the probe");

    /**
     * {@code fingerprint}'s typed config: the strategy, the probe, the point (x, y) and the match
     * length. The number of matches is the run's length (one match per step), so a sweep's
     * {@code steps} sets the repetitions of every cell.
     */
    public record FingerprintConfig(String strategy, String probe, double x, double y, int turns) {
        /** The declaration. */
        public static final ConfigSchema<FingerprintConfig> SCHEMA = ConfigSchema.of(FingerprintConfig.class,
                Param.text("strategy", "tit-for-tat", RepeatedMethods::checkLibraryPlayers,
                        "the fingerprinted strategy (gtlab tournament --list)"),
                Param.text("probe", "tit-for-tat", RepeatedMethods::checkLibraryPlayers,
                        "the probe S of JA(S, x, y) and JA(dual(S), 1 − y, 1 − x)"),
                Param.real("x", 0.25, 0, true, 1, true, "x: the probe's cooperation probability (x + y ≤ 1)"),
                Param.real("y", 0.25, 0, true, 1, true, "y: the probe's defection probability (x + y ≤ 1)"),
                Param.integer("turns", 200, 1, 1_000_000, "rounds per match"));

        /** @throws IllegalArgumentException naming the field and its allowed range */
        public FingerprintConfig {
            SCHEMA.check(strategy, probe, x, y, turns);
        }
    }

    /** The fingerprint's running sums. */
    static final class FingerprintState {
        long seed;
        int matches;
        double sum;
    }

    /**
     * {@code fingerprint}: one match per step of the strategy against the probe at (x, y) on the game
     * as stage game (see {@link org.gtlab.repeated.Fingerprint}); metric {@code fingerprint} is the
     * running mean. As a sweep's inner method over axes x and y it draws the Ashlock fingerprint:
     * {@code gtlab sweep --method fingerprint --x x:0:1:21 --y y:0:1:21 --metric fingerprint}.
     */
    public static final class FingerprintMethod implements ExperimentFactory {

        @Override
        public String name() {
            return "fingerprint";
        }

        @Override
        public String title() {
            return "Ashlock fingerprint (one point)";
        }

        @Override
        public String description() {
            return "A strategy's mean score per turn against the dual-probe Joss–Ann family JA(x, y) (Ashlock & Kim "
                    + "2008), one match per step; swept over (x, y) it is the strategy's fingerprint.";
        }

        @Override
        public boolean needsGame() {
            return true;
        }

        @Override
        public List<Param> params() {
            return FingerprintConfig.SCHEMA.params();
        }

        @Override
        public ConfigSchema<FingerprintConfig> schema() {
            return FingerprintConfig.SCHEMA;
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(100, 10, 0);
        }

        @Override
        public String checkGame(NormalFormGame game) {
            return checkTwoPlayer(game);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return List.of(FINGERPRINT, MATCHES);
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            FingerprintConfig c = FingerprintConfig.SCHEMA.from(config);
            String problem = checkTwoPlayer(game);
            if (problem != null) {
                throw new IllegalArgumentException("fingerprint: " + problem);
            }
            Strategy a = Strategies.get(c.strategy());
            Strategy probe = Strategies.get(c.probe());
            org.gtlab.repeated.Fingerprint.probe(probe, c.x(), c.y());
            RepeatedGame rg = RepeatedGame.fixed(StageGame.from(game), c.turns());
            List<String> names = List.of(FINGERPRINT.name(), MATCHES.name());
            return new Experiment<FingerprintState>() {
                @Override
                public FingerprintState start(long seed) {
                    FingerprintState s = new FingerprintState();
                    s.seed = seed;
                    return s;
                }

                @Override
                public FingerprintState step(FingerprintState s) {
                    s.sum += org.gtlab.repeated.Fingerprint.match(rg, a, probe, c.x(), c.y(),
                            Seeds.derive(s.seed, s.matches));
                    s.matches++;
                    return s;
                }

                @Override
                public Snapshot observe(FingerprintState s, long step) {
                    return Snapshot.of(step, names, new double[] {s.matches == 0 ? Double.NaN : s.sum / s.matches,
                        s.matches}, Map.of());
                }
            };
        }
    }
}
