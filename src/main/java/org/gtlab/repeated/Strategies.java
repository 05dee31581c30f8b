package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The strategy library: 50 named strategies with a reference and a classifier (memory depth,
 * stochastic), in kebab-case ({@code tit-for-tat}). Binary rules read option 0 as "cooperate" (C, J)
 * and play the last option as "defect" (D, F), so they run on any n×m stage game; the learners use
 * every option. It includes the Akata et al. roster of spec §5.2 (cooperator = always J, defector =
 * always F, defect-once, alternator = alternate J,F, alternator-defect-first = alternate F,J,
 * tit-for-tat, tit-for-two-tats, suspicious-tit-for-tat, reverse-tit-for-tat, hard-tit-for-tat,
 * hard-tit-for-tat-defect-first, grudger, naive-prober, naive-prober-0.2) with the exact rules given
 * there.
 *
 * <p>{@link #get} also accepts transformed names: {@code noisy-E-NAME}, {@code dual-NAME},
 * {@code initial-MOVES-NAME} (MOVES a word of c and d), see {@link Transformers}.
 */
public final class Strategies {

    /** A stateless rule: the option for this round from the history and the context. */
    @FunctionalInterface
    interface Rule {
        int choose(History h, MatchContext c);
    }

    private static final String AXELROD_1980 = "Axelrod (1980), Effective choice in the prisoner's dilemma, J. Conflict Resolut. 24";
    private static final String AXELROD_1984 = "Axelrod (1984), The Evolution of Cooperation";
    private static final String AXELROD_LIB = "Knight et al. (2016), An open reproducible framework for the iterated "
            + "prisoner's dilemma, JORS 4 (the Axelrod library)";
    private static final String AKATA = "Akata et al. (2025), Playing repeated games with large language models, "
            + "Nat. Hum. Behav.; spec repeated-games §5.2";
    private static final String PRESS_DYSON = "Press & Dyson (2012), Iterated prisoner's dilemma contains strategies "
            + "that dominate any evolutionary opponent, PNAS 109";
    private static final String STEWART_PLOTKIN = "Stewart & Plotkin (2012), Extortion and cooperation in the "
            + "prisoner's dilemma, PNAS 109";

    private static final Map<String, Strategy> LIBRARY = build();

    private Strategies() {
    }

    /** Every library strategy in listing order. */
    public static List<Strategy> all() {
        return List.copyOf(LIBRARY.values());
    }

    /** Library names in listing order. */
    public static List<String> names() {
        return List.copyOf(LIBRARY.keySet());
    }

    /**
     * The strategy of that name (library or transformed).
     *
     * @throws IllegalArgumentException "unknown strategy 'x'" with the nearest names
     */
    public static Strategy get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + name
                + "' (gtlab tournament --list shows the library)"));
    }

    /** The strategy of that name, if any. */
    public static Optional<Strategy> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        Strategy s = LIBRARY.get(n);
        if (s != null) {
            return Optional.of(s);
        }
        if (n.startsWith("dual-")) {
            return find(n.substring(5)).map(Transformers::dual);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("noisy-([0-9.]+)-(.+)").matcher(n);
        if (m.matches()) {
            double e = Double.parseDouble(m.group(1));
            return find(m.group(2)).map(x -> Transformers.noisy(x, e));
        }
        m = java.util.regex.Pattern.compile("initial-([cd]+)-(.+)").matcher(n);
        if (m.matches()) {
            String o = m.group(1);
            return find(m.group(2)).map(x -> Transformers.initialMoves(x, o));
        }
        return Optional.empty();
    }

    /**
     * Parses a roster: "all" or comma-separated names.
     *
     * @throws IllegalArgumentException naming an unknown strategy
     */
    public static List<Strategy> roster(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("players: the roster is empty");
        }
        if (spec.strip().equals("all")) {
            return all();
        }
        List<Strategy> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            if (!part.isBlank()) {
                out.add(get(part.strip()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("players: the roster is empty");
        }
        return out;
    }

    /**
     * Parses a roster whose names may also be the user's strategies ({@link StrategySpec}), looked up
     * before the library.
     *
     * @throws IllegalArgumentException naming an unknown strategy
     */
    public static List<Strategy> roster(String spec, List<StrategySpec> user) {
        if (user.isEmpty()) {
            return roster(spec);
        }
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("players: the roster is empty");
        }
        if (spec.strip().equals("all")) {
            List<Strategy> out = new ArrayList<>(all());
            user.forEach(u -> out.add(u.toStrategy()));
            return out;
        }
        List<Strategy> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String n = part.strip();
            if (n.isEmpty()) {
                continue;
            }
            StrategySpec mine = user.stream().filter(u -> u.name().equals(n)).findFirst().orElse(null);
            out.add(mine != null ? mine.toStrategy() : get(n));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("players: the roster is empty");
        }
        return out;
    }

    /** A classic roster of 10 deterministic strategies (the speed benchmark and the Axelrod cross-check). */
    public static List<Strategy> classicTen() {
        List<Strategy> l = new ArrayList<>();
        for (String n : List.of("cooperator", "defector", "tit-for-tat", "grudger", "alternator",
                "suspicious-tit-for-tat", "win-stay-lose-shift", "tit-for-two-tats", "two-tits-for-tat",
                "go-by-majority")) {
            l.add(get(n));
        }
        return Collections.unmodifiableList(l);
    }

    // ------------------------------------------------------------------ building

    private static Supplier<Player> stateless(Rule r) {
        return () -> new Player() {
            private MatchContext ctx;

            @Override
            public void reset(MatchContext c) {
                ctx = c;
            }

            @Override
            public int choose(History h) {
                return r.choose(h, ctx);
            }
        };
    }

    private static int coop(boolean c, MatchContext ctx) {
        return c ? 0 : ctx.defect();
    }

    /** Binary view of the opponent: true if it cooperated (option 0) in round t. */
    private static boolean oc(History h, int t) {
        return h.opp(t) == 0;
    }

    private static void add(Map<String, Strategy> m, String name, String title, String description, String ref,
                            int depth, boolean stochastic, Supplier<Player> f) {
        m.put(name, new Strategy(name, title, description, ref, depth, stochastic, f));
    }

    private static void rule(Map<String, Strategy> m, String name, String title, String description, String ref,
                             int depth, boolean stochastic, Rule r) {
        add(m, name, title, description, ref, depth, stochastic, stateless(r));
    }

    private static void memoryOne(Map<String, Strategy> m, String name, String title, String ref, MemoryOne v) {
        add(m, name, title, String.format(java.util.Locale.ROOT, "memory-one (p_CC, p_CD, p_DC, p_DD) = (%.4g, %.4g, %.4g, %.4g), "
                + "first move C with probability %.4g", v.pCC(), v.pCD(), v.pDC(), v.pDD(), v.first()),
                ref, 1, !v.deterministic(), v::player);
    }

    private static Map<String, Strategy> build() {
        Map<String, Strategy> m = new LinkedHashMap<>();
        // --- the Akata roster (spec §5.2) and the classics
        rule(m, "cooperator", "Cooperator (always J)", "always cooperates", AXELROD_1984 + "; " + AKATA, 0, false,
                (h, c) -> 0);
        rule(m, "defector", "Defector (always F)", "always defects", AXELROD_1984 + "; " + AKATA, 0, false,
                (h, c) -> c.defect());
        rule(m, "defect-once", "Defect once", "defects in round 1, then always cooperates", AKATA, 0, false,
                (h, c) -> coop(h.round() > 1, c));
        add(m, "alternator", "Alternator (J, F, J, …)", "cooperates in odd rounds, defects in even rounds",
                AXELROD_LIB + "; " + AKATA, 1, false, () -> new Alternation(true));
        add(m, "alternator-defect-first", "Alternator (F, J, F, …)", "defects in odd rounds, cooperates in even rounds",
                AKATA, 1, false, () -> new Alternation(false));
        rule(m, "tit-for-tat", "Tit for Tat", "cooperates first, then copies the opponent's last move",
                AXELROD_1980 + " (Rapoport's entry)", 1, false, (h, c) -> coop(h.played() == 0 || oc(h, h.played()), c));
        rule(m, "tit-for-two-tats", "Tit for Two Tats",
                "cooperates unless the opponent defected in both of the last two rounds", AXELROD_1984 + "; " + AKATA,
                2, false, (h, c) -> {
                    if (h.round() == 1) {
                        return 0;
                    }
                    int a = h.oppMemory(1);
                    int b = h.oppMemory(2);
                    return coop(!(a > 0 && b > 0), c);
                });
        rule(m, "two-tits-for-tat", "Two Tits for Tat", "defects if the opponent defected in either of the last two rounds",
                AXELROD_1984, 2, false, (h, c) -> {
                    int p = h.played();
                    boolean d = (p >= 1 && !oc(h, p)) || (p >= 2 && !oc(h, p - 1));
                    return coop(!d, c);
                });
        rule(m, "suspicious-tit-for-tat", "Suspicious Tit for Tat", "defects first, then copies the opponent's last move",
                "Beaufils, Delahaye & Mathieu (1996); " + AKATA, 1, false,
                (h, c) -> coop(h.played() > 0 && oc(h, h.played()), c));
        rule(m, "reverse-tit-for-tat", "Reverse Tit for Tat", "defects first, then plays the opposite of the opponent's last move",
                AKATA + "; Axelrod library's Bully", 1, false, (h, c) -> coop(h.played() > 0 && !oc(h, h.played()), c));
        rule(m, "hard-tit-for-tat", "Hard Tit for Tat (J first)",
                "cooperates first; defects if the opponent defected in any of the last three rounds",
                AKATA + " (HTFT, documented first move)", 3, false, (h, c) -> hardTft(h, c, true));
        rule(m, "hard-tit-for-tat-defect-first", "Hard Tit for Tat (F first)",
                "defects first; then as hard-tit-for-tat", AKATA + " (HTFT as released)", 3, false,
                (h, c) -> hardTft(h, c, false));
        rule(m, "grudger", "Grudger (grim trigger)", "cooperates until the opponent defects once, then always defects",
                "Friedman (1971), A non-cooperative equilibrium for supergames; " + AKATA, Strategy.INFINITE, false,
                (h, c) -> coop(!h.oppEverDefected(), c));
        add(m, "naive-prober", "Naive Prober (p = 0.1)",
                "cooperates first; from round 2 defects with probability 0.1, else copies the opponent's last move",
                "Li, Hingston & Kendall (2011); " + AKATA, 1, true, () -> naiveProber(0.1));
        add(m, "naive-prober-0.2", "Naive Prober (p = 0.2)", "as naive-prober with probability 0.2", AKATA, 1, true,
                () -> naiveProber(0.2));
        rule(m, "random", "Random", "chooses every option with equal probability", AXELROD_1980, 0, true,
                (h, c) -> c.random().nextInt(c.ownOptions()));
        memoryOne(m, "win-stay-lose-shift", "Win-Stay Lose-Shift (Pavlov)",
                "Nowak & Sigmund (1993), A strategy of win-stay, lose-shift that outperforms tit-for-tat, Nature 364",
                MemoryOne.of(1, 0, 0, 1));
        add(m, "generous-tit-for-tat", "Generous Tit for Tat",
                "memory-one (1, g, 1, g), g = min(1 − (T−R)/(R−S), (R−P)/(T−P)) from the stage game (1/3 if it is not a PD)",
                "Nowak & Sigmund (1992), Tit for tat in heterogeneous populations, Nature 355", 1, true, () -> new Player() {
                    private Player inner;

                    @Override
                    public void reset(MatchContext c) {
                        double g = generosity(c.view());
                        inner = MemoryOne.of(1, g, 1, g).player();
                        inner.reset(c);
                    }

                    @Override
                    public int choose(History h) {
                        return inner.choose(h);
                    }
                });
        memoryOne(m, "firm-but-fair", "Firm but Fair", "Frean (1994), The prisoner's dilemma without synchrony, Proc. R. Soc. B",
                MemoryOne.of(1, 0, 1, 2.0 / 3));
        memoryOne(m, "stochastic-wsls", "Stochastic WSLS (ε = 0.05)", AXELROD_LIB, MemoryOne.of(0.95, 0.05, 0.05, 0.95));
        memoryOne(m, "zd-extort-2", "ZD extortion χ = 2", STEWART_PLOTKIN + "; " + PRESS_DYSON,
                MemoryOne.of(8.0 / 9, 0.5, 1.0 / 3, 0));
        memoryOne(m, "zd-extort-4", "ZD extortion χ = 4", PRESS_DYSON + "; " + AXELROD_LIB,
                MemoryOne.of(11.0 / 17, 0, 8.0 / 17, 0));
        memoryOne(m, "zd-gtft-2", "ZD generous (ZDGTFT-2)", STEWART_PLOTKIN, MemoryOne.of(1, 1.0 / 8, 1, 1.0 / 4));
        memoryOne(m, "zd-gen-2", "ZD generous χ = 2", "Stewart & Plotkin (2013), From extortion to generosity, PNAS 110",
                MemoryOne.of(1, 9.0 / 16, 0.5, 1.0 / 8));
        memoryOne(m, "zd-set-2", "ZD equaliser (sets the opponent's score to 2)", PRESS_DYSON,
                MemoryOne.of(0.75, 0.25, 0.5, 0.25));
        memoryOne(m, "grofman", "Grofman", AXELROD_1980 + " (Grofman's entry)", MemoryOne.of(1, 2.0 / 7, 2.0 / 7, 1));
        memoryOne(m, "joss", "Joss", AXELROD_1980 + " (Joss's entry: TFT that defects 10% of the time instead of cooperating)",
                MemoryOne.of(0.9, 0, 0.9, 0, 0.9));
        rule(m, "go-by-majority", "Go by Majority (soft majority)",
                "cooperates while the opponent has cooperated at least as often as it defected", AXELROD_1984,
                Strategy.INFINITE, false, (h, c) -> coop(h.oppCooperations() >= h.oppDefections(), c));
        rule(m, "hard-go-by-majority", "Hard Go by Majority",
                "defects while the opponent has defected at least as often as it cooperated", AXELROD_1984,
                Strategy.INFINITE, false, (h, c) -> coop(h.oppDefections() < h.oppCooperations(), c));
        rule(m, "forgiving-tit-for-tat", "Forgiving Tit for Tat",
                "cooperates unless the opponent defected last round and in more than 10% of all rounds", AXELROD_LIB,
                Strategy.INFINITE, false, (h, c) -> {
                    int p = h.played();
                    boolean d = p > 0 && !oc(h, p) && h.oppDefections() > 0.1 * p;
                    return coop(!d, c);
                });
        add(m, "gradual", "Gradual",
                "after the opponent's n-th defection, defects n times and then cooperates twice",
                "Beaufils, Delahaye & Mathieu (1997), Our meeting with gradual, ALIFE V", Strategy.INFINITE, false,
                Gradual::new);
        rule(m, "prober", "Prober", "plays D, C, C; defects forever if the opponent cooperated in rounds 2 and 3, else tit for tat",
                "Mathieu & Delahaye (2017); " + AXELROD_LIB, Strategy.INFINITE, false, (h, c) -> prober(h, c, "DCC"));
        rule(m, "hard-prober", "Hard Prober", "plays D, D, C, C; defects forever if the opponent cooperated in rounds 2 and 3, "
                + "else tit for tat", AXELROD_LIB, Strategy.INFINITE, false, (h, c) -> prober(h, c, "DDCC"));
        cycler(m, "cycler-ccd", "CCD");
        cycler(m, "cycler-cccd", "CCCD");
        cycler(m, "cycler-ddc", "DDC");
        rule(m, "appeaser", "Appeaser", "cooperates first; switches its own move whenever the opponent defects",
                AXELROD_LIB, 1, false, (h, c) -> {
                    int p = h.played();
                    if (p == 0) {
                        return 0;
                    }
                    boolean ownC = h.own(p) == 0;
                    return coop(oc(h, p) == ownC, c);
                });
        add(m, "soft-grudger", "Soft Grudger", "cooperates; after a defection plays D, D, D, D, C, C, then resumes",
                "Li, Hingston & Kendall (2011), Engineering design of strategies for winning iterated prisoner's dilemma "
                        + "competitions, IEEE TCIAIG 3", Strategy.INFINITE, false, SoftGrudger::new);
        rule(m, "fool-me-once", "Fool Me Once", "forgives one defection; defects forever after the second",
                AXELROD_LIB, Strategy.INFINITE, false, (h, c) -> coop(h.oppDefections() < 2, c));
        rule(m, "davis", "Davis", "cooperates for 10 rounds, then defects forever once the opponent has defected",
                AXELROD_1980 + " (Davis's entry)", Strategy.INFINITE, false,
                (h, c) -> coop(h.round() <= 10 || !h.oppEverDefected(), c));
        rule(m, "average-copier", "Average Copier",
                "first move random; then cooperates with the opponent's cooperation rate", AXELROD_LIB,
                Strategy.INFINITE, true, (h, c) -> {
                    int p = h.played();
                    double rate = p == 0 ? 0.5 : (double) h.oppCooperations() / p;
                    return coop(c.random().nextDouble() < rate, c);
                });
        rule(m, "worse-and-worse", "Worse and Worse", "defects in round t with probability t/1000",
                "Mathieu & Delahaye (2017), New winning strategies for the iterated prisoner's dilemma, JASSS 20",
                0, true, (h, c) -> coop(c.random().nextDouble() >= h.round() / 1000.0, c));
        rule(m, "handshake", "Handshake",
                "plays C, D; cooperates forever if the opponent played C, D too, else defects forever",
                "Robson (1990), Efficiency in evolutionary games, J. Theor. Biol. 144", Strategy.INFINITE, false,
                (h, c) -> {
                    int t = h.round();
                    if (t <= 2) {
                        return coop(t == 1, c);
                    }
                    return coop(oc(h, 1) && !oc(h, 2), c);
                });
        add(m, "once-bitten", "Once Bitten",
                "cooperates; after two opponent defections in a row defects for 10 rounds", AXELROD_LIB, 12, false,
                OnceBitten::new);
        Map<String, String> fortress = new LinkedHashMap<>();
        fortress.put("1,C", "1,D");
        fortress.put("1,D", "2,D");
        fortress.put("2,C", "1,D");
        fortress.put("2,D", "3,C");
        fortress.put("3,C", "3,C");
        fortress.put("3,D", "1,D");
        FiniteStateMachine fortress3 = FiniteStateMachine.of("1", 'D', fortress);
        add(m, "fortress3", "Fortress3 (finite-state machine)",
                "3 states; opens D; transitions 1C→1D 1D→2D 2C→1D 2D→3C 3C→3C 3D→1D (state, opp → state, move)",
                "Ashlock & Kim (2008), Fingerprinting: visualization and automatic analysis of prisoner's dilemma "
                        + "strategies, IEEE TEC 12", Strategy.INFINITE, false, fortress3::player);
        Map<String, String> ripoff = new LinkedHashMap<>();
        ripoff.put("1,C", "2,C");
        ripoff.put("1,D", "3,C");
        ripoff.put("2,C", "1,D");
        ripoff.put("2,D", "3,C");
        ripoff.put("3,C", "3,C");
        ripoff.put("3,D", "3,D");
        FiniteStateMachine rip = FiniteStateMachine.of("1", 'D', ripoff);
        add(m, "ripoff", "Ripoff (finite-state machine)",
                "3 states; opens D; alternates D and C until punished, then tit for tat (1C→2C 1D→3C 2C→1D 2D→3C 3C→3C 3D→3D)",
                "Ashlock, Kim & Leahy (2006); Ashlock & Kim (2008)", Strategy.INFINITE, false, rip::player);
        boolean[] maj3 = new boolean[8];
        for (int k = 0; k < 8; k++) {
            maj3[k] = Integer.bitCount(k) <= 1;
        }
        LookupTable lt = new LookupTable(3, maj3, new boolean[] {true, true, true});
        add(m, "lookup-majority-3", "Lookup table: majority of the last three",
                "lookup table on the opponent's last three moves: cooperates unless it defected at least twice",
                "Axelrod (1987), The evolution of strategies in the iterated prisoner's dilemma (lookup-table encoding)",
                3, false, lt::player);
        add(m, "fictitious-play", "Fictitious play",
                "best response to the empirical frequencies of the opponent's options",
                "Brown (1951), Iterative solution of games by fictitious play; spec §5.3", Strategy.INFINITE, false,
                Learners.FictitiousPlay::new);
        add(m, "q-learner", "ε-greedy Q-learner (α 0.1, γ 0.9, ε 0.1)",
                "Q-learning on the last joint action, ε-greedy", "Watkins (1989); Sandholm & Crites (1996); spec §5.3",
                Strategy.INFINITE, true, () -> new Learners.QLearner(0.1, 0.9, 0.1, 0));
        add(m, "predict-then-best-respond", "Predict then best respond (k = 1)",
                "predicts the opponent with a first-order Markov model, then best-responds (ties to J)",
                "spec §5.4 (non-LLM analogue of Akata et al.'s social chain-of-thought)", Strategy.INFINITE, false,
                () -> new Learners.PredictThenBestRespond(1, Learners.TieBreak.TIES_TO_J));
        add(m, "predict-then-best-respond-mf", "Predict then best respond (k = 1, most frequent)",
                "as predict-then-best-respond with the MOST_FREQUENT tie-break", "spec §5.4", Strategy.INFINITE, false,
                () -> new Learners.PredictThenBestRespond(1, Learners.TieBreak.MOST_FREQUENT));
        return m;
    }

    private static void cycler(Map<String, Strategy> m, String name, String cycle) {
        rule(m, name, "Cycler " + cycle, "repeats the cycle " + cycle, AXELROD_LIB, cycle.length() - 1, false,
                (h, c) -> coop(cycle.charAt((h.round() - 1) % cycle.length()) == 'C', c));
    }

    private static int hardTft(History h, MatchContext c, boolean firstJ) {
        if (h.round() == 1) {
            return coop(firstJ, c);
        }
        for (int back = 1; back <= 3; back++) {
            int a = h.oppMemory(back);
            if (a > 0) {
                return c.defect();
            }
        }
        return 0;
    }

    private static int prober(History h, MatchContext c, String opening) {
        int t = h.round();
        if (t <= opening.length()) {
            return coop(opening.charAt(t - 1) == 'C', c);
        }
        if (oc(h, 2) && oc(h, 3)) {
            return c.defect();
        }
        return coop(oc(h, h.played()), c);
    }

    /** GTFT's generosity from a PD-shaped stage game seen from the player's seat (1/3 otherwise). */
    static double generosity(PlayerView v) {
        if (v.ownOptions() == 2 && v.otherOptions() == 2) {
            double r = v.ownPayoff(0, 0);
            double s = v.ownPayoff(0, 1);
            double t = v.ownPayoff(1, 0);
            double p = v.ownPayoff(1, 1);
            if (t > r && r > p && p > s) {
                return Math.max(0, Math.min(1 - (t - r) / (r - s), (r - p) / (t - p)));
            }
        }
        return 1.0 / 3;
    }

    private static Player naiveProber(double p) {
        return new Player() {
            private MatchContext ctx;

            @Override
            public void reset(MatchContext c) {
                ctx = c;
            }

            @Override
            public int choose(History h) {
                if (h.round() == 1) {
                    return 0;
                }
                if (ctx.random().nextDouble() < p) {
                    return ctx.defect();
                }
                return coop(oc(h, h.played()), ctx);
            }
        };
    }

    /**
     * Alternation; with shared state (Akata Q2) all instances of one alternation strategy draw
     * successive elements of one sequence.
     */
    static final class Alternation implements Player {
        private final boolean cooperateFirst;
        private MatchContext ctx;

        Alternation(boolean cooperateFirst) {
            this.cooperateFirst = cooperateFirst;
        }

        @Override
        public void reset(MatchContext c) {
            ctx = c;
        }

        @Override
        public int choose(History h) {
            long k = ctx.shared() != null ? ctx.shared().next(cooperateFirst ? "alternator" : "alternator-defect-first")
                    : h.round() - 1;
            boolean even = k % 2 == 0;
            return coop(even == cooperateFirst, ctx);
        }
    }

    private static final class Gradual implements Player {
        private MatchContext ctx;
        private int punishLeft;
        private int calmLeft;
        private int defections;

        @Override
        public void reset(MatchContext c) {
            ctx = c;
            punishLeft = 0;
            calmLeft = 0;
            defections = 0;
        }

        @Override
        public int choose(History h) {
            int p = h.played();
            boolean oppD = p > 0 && !oc(h, p);
            if (oppD) {
                defections++;
            }
            if (punishLeft > 0) {
                punishLeft--;
                return ctx.defect();
            }
            if (calmLeft > 0) {
                calmLeft--;
                return 0;
            }
            if (oppD) {
                punishLeft = defections - 1;
                calmLeft = 2;
                return ctx.defect();
            }
            return 0;
        }
    }

    private static final class SoftGrudger implements Player {
        private MatchContext ctx;
        private int step = -1;

        @Override
        public void reset(MatchContext c) {
            ctx = c;
            step = -1;
        }

        @Override
        public int choose(History h) {
            final String punish = "DDDDCC";
            if (step >= 0) {
                char a = punish.charAt(step++);
                if (step == punish.length()) {
                    step = -1;
                }
                return coop(a == 'C', ctx);
            }
            int p = h.played();
            if (p > 0 && !oc(h, p)) {
                step = 1;
                return ctx.defect();
            }
            return 0;
        }
    }

    private static final class OnceBitten implements Player {
        private MatchContext ctx;
        private int grudgeLeft;

        @Override
        public void reset(MatchContext c) {
            ctx = c;
            grudgeLeft = 0;
        }

        @Override
        public int choose(History h) {
            if (grudgeLeft > 0) {
                grudgeLeft--;
                return ctx.defect();
            }
            int p = h.played();
            if (p >= 2 && !oc(h, p) && !oc(h, p - 1)) {
                grudgeLeft = 9;
                return ctx.defect();
            }
            return 0;
        }
    }
}
