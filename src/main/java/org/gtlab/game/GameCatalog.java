package org.gtlab.game;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.gtlab.math.Rational;

/**
 * Named games from the literature, each with a description, a reference and its known equilibria
 * (exact), in the manner of OpenSpiel's matrix-game registry (Lanctot et al. 2019, "OpenSpiel",
 * arXiv:1908.09453).
 *
 * <p>Names are kebab-case ({@code stag-hunt}). Where the shared game corpus has the same game
 * ({@code classic_*.nfg}, {@code degen_*.nfg}, {@code vonstengel_6x6_75.nfg}) the payoffs are the
 * corpus payoffs, so results can be compared with the corpus references.
 *
 * <p>{@link Entry#knownEquilibria()} lists exact Nash equilibria. When {@link Entry#complete()} is
 * true the list is complete: for two players it is the set of all extreme equilibria (vertices of
 * the maximal Nash subsets; a continuum of equilibria is the convex hull of some of them), for N
 * players the set of all equilibria (finite in the N-player games here).
 */
public final class GameCatalog {

    /** A literature reference: authors, work (title and venue) and year. */
    public record Reference(String authors, String work, int year) {

        @Override
        public String toString() {
            return authors + " (" + year + "). " + work + ".";
        }
    }

    /**
     * One catalog game.
     *
     * @param name            kebab-case key
     * @param title           human title (also the game's title)
     * @param description     what the game shows and what its equilibria are
     * @param reference       where it comes from
     * @param game            the game (exact payoffs; its comment holds description and reference)
     * @param knownEquilibria exact Nash equilibria, sorted
     * @param complete        true if {@code knownEquilibria} are all extreme equilibria (two players)
     *                        or all equilibria (N players)
     */
    public record Entry(String name, String title, String description, Reference reference, NormalFormGame game,
            List<StrategyProfile> knownEquilibria, boolean complete) {

        public Entry {
            knownEquilibria = List.copyOf(knownEquilibria);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private GameCatalog() {
    }

    /** All names, in catalog order. */
    public static List<String> names() {
        return List.copyOf(Holder.ENTRIES.keySet());
    }

    /** All entries, in catalog order. */
    public static List<Entry> entries() {
        return List.copyOf(Holder.ENTRIES.values());
    }

    /**
     * The entry called {@code name}; case, surrounding blanks, spaces and underscores are forgiven
     * ({@code "Stag Hunt"} finds {@code stag-hunt}).
     *
     * @throws IllegalArgumentException if there is no such game; the message lists all names
     */
    public static Entry get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown catalog game \"" + name
                + "\"; the catalog has: " + String.join(", ", names())));
    }

    /** The entry called {@code name} (forgiving as {@link #get}), if any. */
    public static Optional<Entry> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(Holder.ENTRIES.get(normalize(name)));
    }

    /** The catalog key for a user-typed name: lower case, blanks and underscores become hyphens. */
    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    // ---------------------------------------------------------------- the games

    private static Map<String, Entry> build() {
        Map<String, Entry> m = new LinkedHashMap<>();

        add(m, "prisoners-dilemma", "Prisoner's Dilemma",
                "Each player does better by defecting whatever the other does, yet both prefer mutual cooperation "
                        + "(3) to mutual defection (1). Payoffs R=3, S=0, T=5, P=1 as in Axelrod's tournaments. "
                        + "Unique equilibrium: both defect (strictly dominant).",
                ref("Axelrod, R.", "The Evolution of Cooperation. Basic Books, New York", 1984),
                bimatrix(players("Row", "Column"), labels(l("Cooperate", "Defect"), l("Cooperate", "Defect")),
                        "3 0; 5 1", "3 5; 0 1"),
                true, "0 1 | 0 1");

        add(m, "matching-pennies", "Matching Pennies",
                "Zero-sum: the row player wins 1 if the pennies match, the column player if they differ. "
                        + "No pure equilibrium; unique equilibrium (1/2, 1/2) for both, value 0.",
                ref("von Neumann, J. and Morgenstern, O.",
                        "Theory of Games and Economic Behavior. Princeton University Press", 1944),
                bimatrix(players("Matcher", "Mismatcher"), labels(l("Heads", "Tails"), l("Heads", "Tails")),
                        "1 -1; -1 1", "-1 1; 1 -1"),
                true, "1/2 1/2 | 1/2 1/2");

        add(m, "rock-paper-scissors", "Rock-Paper-Scissors",
                "Symmetric zero-sum game with cyclic dominance: rock beats scissors beats paper beats rock "
                        + "(win 1, lose -1, tie 0). Unique equilibrium: uniform play, value 0; the interior rest "
                        + "point of the replicator dynamics is a centre.",
                ref("Hofbauer, J. and Sigmund, K.",
                        "Evolutionary Games and Population Dynamics. Cambridge University Press", 1998),
                bimatrix(players("Player 1", "Player 2"), labels(RPS, RPS),
                        "0 -1 1; 1 0 -1; -1 1 0", "0 1 -1; -1 0 1; 1 -1 0"),
                true, "1/3 1/3 1/3 | 1/3 1/3 1/3");

        add(m, "biased-rock-paper-scissors", "Biased Rock-Paper-Scissors",
                "Symmetric zero-sum RPS with unequal stakes (OpenSpiel's matrix_brps scaled by 1/100): "
                        + "A = [[0, -1/4, 1/2], [1/4, 0, -1/20], [-1/2, 1/20, 0]]. Unique equilibrium "
                        + "(1/16, 10/16, 5/16) for both players, value 0: A·x = 0 with x completely mixed, and "
                        + "A has rank 2.",
                ref("Bošanský, B., Lisý, V., Lanctot, M., Čermák, J. and Winands, M. H. M.",
                        "Algorithms for computing strategies in two-player simultaneous move games. "
                                + "Artificial Intelligence 237, 1-40", 2016),
                zeroSum(players("Player 1", "Player 2"), labels(RPS, RPS), "0 -1/4 1/2; 1/4 0 -1/20; -1/2 1/20 0"),
                true, "1/16 5/8 5/16 | 1/16 5/8 5/16");

        add(m, "battle-of-the-sexes", "Battle of the Sexes",
                "Coordination with conflicting preferences: both want to meet, player 1 prefers the boxing "
                        + "match (3 vs 2), player 2 the ballet. Two pure equilibria and one mixed equilibrium "
                        + "((3/5, 2/5), (2/5, 3/5)).",
                ref("Luce, R. D. and Raiffa, H.", "Games and Decisions. Wiley, New York", 1957),
                bimatrix(players("Player 1", "Player 2"), labels(l("Boxing", "Ballet"), l("Boxing", "Ballet")),
                        "3 0; 0 2", "2 0; 0 3"),
                true, "1 0 | 1 0", "0 1 | 0 1", "3/5 2/5 | 2/5 3/5");

        add(m, "stag-hunt", "Stag Hunt",
                "Hunting stag together pays 4 each, but a lone stag hunter gets 0, while hare pays 3 for sure. "
                        + "Two pure equilibria, (Stag, Stag) payoff dominant and (Hare, Hare) risk dominant, and "
                        + "a mixed one with Stag played with probability 3/4.",
                ref("Skyrms, B.", "The Stag Hunt and the Evolution of Social Structure. Cambridge University Press",
                        2004),
                bimatrix(players("Hunter 1", "Hunter 2"), labels(l("Stag", "Hare"), l("Stag", "Hare")),
                        "4 0; 3 3", "4 3; 0 3"),
                true, "1 0 | 1 0", "0 1 | 0 1", "3/4 1/4 | 3/4 1/4");

        add(m, "chicken", "Chicken",
                "Two drivers race towards each other; swerving alone costs face (-1 against +1), a crash costs "
                        + "-10 each. Two asymmetric pure equilibria (one swerves) and a symmetric mixed one in "
                        + "which each swerves with probability 9/10.",
                ref("Rapoport, A. and Chammah, A. M.",
                        "The game of chicken. American Behavioral Scientist 10(3), 10-28", 1966),
                bimatrix(players("Driver 1", "Driver 2"), labels(l("Swerve", "Straight"), l("Swerve", "Straight")),
                        "0 -1; 1 -10", "0 1; -1 -10"),
                true, "0 1 | 1 0", "1 0 | 0 1", "9/10 1/10 | 9/10 1/10");

        add(m, "hawk-dove", "Hawk-Dove",
                "Contest over a resource of value V = 2 with fighting cost C = 4: Hawk meets Hawk (V-C)/2 = -1, "
                        + "Hawk takes V from Dove, Doves share V/2. Two asymmetric pure equilibria and the mixed "
                        + "equilibrium (evolutionarily stable strategy) playing Hawk with probability V/C = 1/2.",
                ref("Maynard Smith, J. and Price, G. R.", "The logic of animal conflict. Nature 246, 15-18", 1973),
                bimatrix(players("Animal 1", "Animal 2"), labels(l("Hawk", "Dove"), l("Hawk", "Dove")),
                        "-1 2; 0 1", "-1 0; 2 1"),
                true, "1 0 | 0 1", "0 1 | 1 0", "1/2 1/2 | 1/2 1/2");

        add(m, "shapley", "Shapley's game",
                "A 3×3 bimatrix game (A = identity, B = cyclic shift) whose unique equilibrium is uniform play by "
                        + "both, yet fictitious play does not converge: it cycles through the pure profiles with "
                        + "ever longer phases.",
                ref("Shapley, L. S.", "Some topics in two-person games. In Advances in Game Theory, Annals of "
                        + "Mathematics Studies 52, Princeton University Press, 1-28", 1964),
                bimatrix(players("Player 1", "Player 2"), labels(l("A", "B", "C"), l("A", "B", "C")),
                        "1 0 0; 0 1 0; 0 0 1", "0 1 0; 0 0 1; 1 0 0"),
                true, "1/3 1/3 1/3 | 1/3 1/3 1/3");

        add(m, "coordination-3x3", "Pure coordination 3×3",
                "Both players get 1 if they choose the same of three options, 0 otherwise. Every non-empty "
                        + "set of options, played uniformly by both, is an equilibrium: 2^3 - 1 = 7 equilibria, "
                        + "the Quint-Shubik number 2^n - 1 (exceeded for n = 6 by vonstengel-6x6-75).",
                ref("Schelling, T. C.", "The Strategy of Conflict. Harvard University Press", 1960),
                bimatrix(players("Player 1", "Player 2"), labels(l("A", "B", "C"), l("A", "B", "C")),
                        "1 0 0; 0 1 0; 0 0 1", "1 0 0; 0 1 0; 0 0 1"),
                true, "1 0 0 | 1 0 0", "0 1 0 | 0 1 0", "0 0 1 | 0 0 1", "1/2 1/2 0 | 1/2 1/2 0",
                "1/2 0 1/2 | 1/2 0 1/2", "0 1/2 1/2 | 0 1/2 1/2", "1/3 1/3 1/3 | 1/3 1/3 1/3");

        add(m, "vonstengel-3x2", "von Stengel's degenerate 3×2 game",
                "Degenerate: the pure strategy T of player 1 has two pure best responses. Equilibria: an isolated "
                        + "one ((0, 1/3, 2/3), (1/3, 2/3)) and a continuum (T, (q, 1-q)) for q ≥ 2/3, the segment "
                        + "between the extreme equilibria (T, l) and (T, (2/3, 1/3)).",
                ref("von Stengel, B.", "Equilibrium computation for two-player games in strategic and extensive "
                        + "form. In Nisan, Roughgarden, Tardos and Vazirani (eds.), Algorithmic Game Theory, "
                        + "ch. 3, Cambridge University Press", 2007),
                bimatrix(players("Player 1", "Player 2"), labels(l("T", "M", "B"), l("l", "r")),
                        "3 3; 2 5; 0 6", "3 3; 2 6; 3 1"),
                true, "0 1/3 2/3 | 1/3 2/3", "1 0 0 | 1 0", "1 0 0 | 2/3 1/3");

        add(m, "entry-game", "Entry game (strategic form)",
                "Strategic form of the entry (chain-store) game: the entrant stays Out (0, 2) or enters; after "
                        + "entry the incumbent fights (-1, -1) or accommodates (1, 1). Subgame-perfect equilibrium "
                        + "(In, Accommodate); in addition a continuum of Nash equilibria (Out, Fight with "
                        + "probability ≥ 1/2) resting on an incredible threat, with extreme points (Out, Fight) and "
                        + "(Out, (1/2, 1/2)).",
                ref("Selten, R.", "The chain store paradox. Theory and Decision 9, 127-159", 1978),
                bimatrix(players("Entrant", "Incumbent"), labels(l("Out", "In"), l("Fight", "Accommodate")),
                        "0 0; -1 1", "2 2; -1 1"),
                true, "0 1 | 0 1", "1 0 | 1 0", "1 0 | 1/2 1/2");

        add(m, "rps-duplicated-rock", "Rock-Paper-Scissors with a duplicated Rock",
                "RPS in which player 1 has two identical copies of Rock. The game is degenerate and has a "
                        + "continuum of equilibria: player 2 plays uniformly, player 1 plays Paper and Scissors "
                        + "with 1/3 each and splits the remaining 1/3 arbitrarily between the two Rocks (the "
                        + "segment between two extreme equilibria).",
                ref("von Stengel, B.", "Computing equilibria for two-person games. In Aumann and Hart (eds.), "
                        + "Handbook of Game Theory with Economic Applications, vol. 3, ch. 45, Elsevier, 1723-1759",
                        2002),
                bimatrix(players("Player 1", "Player 2"), labels(l("Rock", "Rock'", "Paper", "Scissors"), RPS),
                        "0 -1 1; 0 -1 1; 1 0 -1; -1 1 0", "0 1 -1; 0 1 -1; -1 0 1; 1 -1 0"),
                true, "1/3 0 1/3 1/3 | 1/3 1/3 1/3", "0 1/3 1/3 1/3 | 1/3 1/3 1/3");

        add(m, "gibbons-2x3", "Iterated dominance 2×3",
                "Solved by iterated elimination of strictly dominated strategies: Right is dominated by Middle; "
                        + "then Down by Up; then Left by Middle. The unique equilibrium is (Up, Middle).",
                ref("Gibbons, R.", "Game Theory for Applied Economists, section 1.1.B. Princeton University Press",
                        1992),
                bimatrix(players("Player 1", "Player 2"), labels(l("Up", "Down"), l("Left", "Middle", "Right")),
                        "1 1 0; 0 0 2", "0 2 1; 3 1 0"),
                true, "1 0 | 0 1 0");

        add(m, "travelers-dilemma", "Traveler's Dilemma",
                "Both claim 2 to 6; equal claims are paid, otherwise both get the lower claim, plus 2 for the "
                        + "lower claimant and minus 2 for the higher one. The unique equilibrium is (2, 2): at the "
                        + "highest claim h > 2 in any support, claiming h - 1 does at least as well against every "
                        + "claim and strictly better against h - 1 and h.",
                ref("Basu, K.", "The traveler's dilemma: paradoxes of rationality in game theory. American "
                        + "Economic Review 84(2), 391-395", 1994),
                travelersDilemma(2, 6, 2),
                true, "1 0 0 0 0 | 1 0 0 0 0");

        add(m, "three-player-matching-pennies", "Three-player matching pennies (Jordan)",
                "Player 1 wants to match player 2, player 2 wants to match player 3, player 3 wants to mismatch "
                        + "player 1 (payoff 1 or -1). No pure equilibrium; the unique equilibrium is uniform play "
                        + "by all three. Fictitious play and other learning rules cycle around it.",
                ref("Jordan, J. S.", "Three problems in learning mixed-strategy equilibria. Games and Economic "
                        + "Behavior 5(3), 368-386", 1993),
                nPlayer(players("Player 1", "Player 2", "Player 3"), labels(l("H", "T"), l("H", "T"), l("H", "T")),
                        (p, s) -> {
                            boolean win = p == 0 ? s[0] == s[1] : p == 1 ? s[1] == s[2] : s[2] != s[0];
                            return Rational.of(win ? 1 : -1);
                        }),
                true, "1/2 1/2 | 1/2 1/2 | 1/2 1/2");

        add(m, "volunteers-dilemma", "Volunteer's Dilemma (3 players)",
                "Everyone gets b = 4 if at least one volunteers; volunteering costs c = 1; if nobody volunteers "
                        + "all get 0. Seven equilibria: exactly one volunteer (3), the symmetric mixed one where "
                        + "each ignores with probability (c/b)^(1/2) = 1/2, and three in which one player ignores "
                        + "and the other two volunteer with probability 3/4.",
                ref("Diekmann, A.", "Volunteer's dilemma. Journal of Conflict Resolution 29(4), 605-610", 1985),
                nPlayer(players("Player 1", "Player 2", "Player 3"),
                        labels(l("Volunteer", "Ignore"), l("Volunteer", "Ignore"), l("Volunteer", "Ignore")),
                        (p, s) -> {
                            boolean someone = s[0] == 0 || s[1] == 0 || s[2] == 0;
                            return Rational.of(s[p] == 0 ? 4 - 1 : someone ? 4 : 0);
                        }),
                true, "1 0 | 0 1 | 0 1", "0 1 | 1 0 | 0 1", "0 1 | 0 1 | 1 0", "1/2 1/2 | 1/2 1/2 | 1/2 1/2",
                "0 1 | 3/4 1/4 | 3/4 1/4", "3/4 1/4 | 0 1 | 3/4 1/4", "3/4 1/4 | 3/4 1/4 | 0 1");

        add(m, "vonstengel-6x6-75", "von Stengel's 6×6 game with 75 equilibria",
                "A nondegenerate 6×6 bimatrix game with 75 equilibria, more than the 2^6 - 1 = 63 conjectured "
                        + "by Quint and Shubik as the maximum; a stress test for equilibrium enumeration. Payoffs "
                        + "as in the corpus file vonstengel_6x6_75.nfg.",
                ref("von Stengel, B.", "New maximal numbers of equilibria in bimatrix games. Discrete and "
                        + "Computational Geometry 21, 557-568", 1999),
                bimatrix(players("Player 1", "Player 2"), labels(numbered(6), numbered(6)),
                        "9504 -660 19976 -20526 1776 -8976; "
                                + "-111771 31680 -130944 168124 -8514 52764; "
                                + "397584 -113850 451176 -586476 29216 -178761; "
                                + "171204 -45936 208626 -263076 14124 -84436; "
                                + "1303104 -453420 1227336 -1718376 72336 -461736; "
                                + "737154 -227040 774576 -1039236 48081 -300036",
                        "72336 48081 29216 14124 1776 -8514; "
                                + "-461736 -300036 -178761 -84436 -8976 52764; "
                                + "1227336 774576 451176 208626 19976 -130944; "
                                + "-1718376 -1039236 -586476 -263076 -20526 168124; "
                                + "1303104 737154 397584 171204 9504 -111771; "
                                + "-453420 -227040 -113850 -45936 -660 31680"),
                true, VONSTENGEL_75);

        add(m, "three-raters", "Three rater groups (preference game)",
                "Preference game of SPPO/SPO: three rater groups with weights 0.40/0.35/0.25 rank a>b>c, b>c>a and "
                        + "c>a>b, so P(a>b) = 0.65, P(b>c) = 0.75, P(c>a) = 0.60 by weighted majority; the payoffs are "
                        + "P for the row and 1 - P for the column (constant-sum 1). Borda picks b, yet its unique "
                        + "equilibrium, the von Neumann winner (maximal lottery), is (1/2, 1/5, 3/10), value 1/2.",
                ref("Fishburn, P. C.", "Probabilistic social choice based on simple voting comparisons. "
                        + "Review of Economic Studies 51(4), 683-692", 1984),
                bimatrix(players("Policy", "Opponent"), labels(l("a", "b", "c"), l("a", "b", "c")),
                        "1/2 13/20 2/5; 7/20 1/2 3/4; 3/5 1/4 1/2", "1/2 7/20 3/5; 13/20 1/2 1/4; 2/5 3/4 1/2"),
                true, "1/2 1/5 3/10 | 1/2 1/5 3/10");

        add(m, "kuhn-poker", "Kuhn poker (27 × 64 normal form)",
                "Three-card poker with ante 1 and bet 1 as a zero-sum normal-form game: P1 picks bet, check-fold or "
                        + "check-call per card (27 pure strategies), P2 picks call/fold facing a bet and bet/check "
                        + "after a check per card (64); entries are P1's expected chips. Value -1/18; the listed "
                        + "equilibrium is the alpha = 0 member of the classical family.",
                ref("Kuhn, H. W.", "A simplified two-person poker. Contributions to the Theory of Games I, "
                        + "Annals of Mathematics Studies 24, 97-103", 1950),
                KuhnPoker.normalForm(), false, KuhnPoker.equilibriumText());

        return Collections.unmodifiableMap(m);
    }

    /** The 75 equilibria of vonstengel-6x6-75 (found by exact support enumeration, each checked in tests). */
    private static final String[] VONSTENGEL_75 = {
            "0 0 0 0 4/19 15/19 | 0 0 0 0 20/23 3/23",
            "0 0 0 0 7/32 25/32 | 0 0 0 1/29 28/29 0",
            "0 0 0 0 3/13 10/13 | 0 0 3/5 2/5 0 0",
            "0 0 0 0 1/4 3/4 | 0 2/3 1/3 0 0 0",
            "0 0 0 0 2/7 5/7 | 2/7 5/7 0 0 0 0",
            "0 0 0 0 1 0 | 1 0 0 0 0 0",
            "0 0 15/97 27/97 30/97 25/97 | 0 0 30/443 5/443 300/443 108/443",
            "0 0 63/367 108/367 112/367 84/367 | 0 5/1713 70/1713 0 420/571 126/571",
            "0 0 3/17 0 0 14/17 | 0 0 0 0 45/52 7/52",
            "0 0 6/31 0 0 25/31 | 0 0 0 1/25 24/25 0",
            "0 0 75/377 120/377 112/377 70/377 | 5/262 5/262 0 0 105/131 21/131",
            "0 0 90/431 140/431 126/431 75/431 | 9/64 3/32 0 7/64 21/32 0",
            "0 0 7/32 0 0 25/32 | 0 0 7/12 5/12 0 0",
            "0 0 2/9 1/3 2/7 10/63 | 2/7 10/63 2/9 1/3 0 0",
            "0 0 7/27 0 0 20/27 | 0 20/27 7/27 0 0 0",
            "0 0 75/227 96/227 56/227 0 | 5/626 0 0 0 525/626 48/313",
            "0 0 1/3 0 0 2/3 | 1/4 3/4 0 0 0 0",
            "0 0 18/53 112/265 63/265 0 | 45/626 0 0 28/313 525/626 0",
            "0 0 70/199 84/199 45/199 0 | 45/199 0 70/199 84/199 0 0",
            "0 0 5/9 4/9 0 0 | 0 0 0 0 25/29 4/29",
            "0 0 9/16 7/16 0 0 | 0 0 0 7/157 150/157 0",
            "0 0 4/7 3/7 0 0 | 0 0 4/7 3/7 0 0",
            "0 0 7/12 5/12 0 0 | 0 25/32 7/32 0 0 0",
            "0 0 3/5 2/5 0 0 | 3/13 10/13 0 0 0 0",
            "0 22/107 0 0 80/321 175/321 | 0 0 25/71 15/142 0 77/142",
            "0 154/629 0 0 160/629 315/629 | 0 35/366 50/183 0 0 77/122",
            "0 77/246 0 0 32/123 35/82 | 32/123 35/82 0 0 0 77/246",
            "0 231/731 700/2193 315/1462 80/731 175/4386 | 80/731 175/4386 700/2193 315/1462 0 231/731",
            "0 396/995 70/199 189/995 12/199 0 | 12/199 0 70/199 189/995 0 396/995",
            "0 792/1541 560/1541 189/1541 0 0 | 0 0 560/1541 189/1541 0 792/1541",
            "0 616/1171 420/1171 135/1171 0 0 | 0 175/1049 280/1049 0 0 594/1049",
            "0 77/142 25/71 15/142 0 0 | 80/321 175/321 0 0 0 22/107",
            "0 594/1049 280/1049 0 0 175/1049 | 0 0 420/1171 135/1171 0 616/1171",
            "0 22/37 10/37 0 0 5/37 | 0 5/37 10/37 0 0 22/37",
            "0 77/122 50/183 0 0 35/366 | 160/629 315/629 0 0 0 154/629",
            "0 11/15 0 0 4/15 0 | 4/15 0 0 0 0 11/15",
            "0 1 0 0 0 0 | 0 0 0 0 0 1",
            "165/347 0 0 42/347 70/347 70/347 | 0 0 162/2297 28/2297 1540/2297 567/2297",
            "99/188 0 0 45/376 35/188 63/376 | 0 3/844 9/211 0 154/211 189/844",
            "132/245 66/245 6/49 12/245 4/245 1/245 | 4/245 1/245 6/49 12/245 132/245 66/245",
            "5775/9871 2640/9871 1050/9871 336/9871 70/9871 0 | 70/9871 0 1050/9871 336/9871 5775/9871 2640/9871",
            "308/515 0 0 12/103 84/515 63/515 | 21/971 45/1942 0 0 770/971 315/1942",
            "385/617 0 0 70/617 189/1234 135/1234 | 189/1234 135/1234 0 70/617 385/617 0",
            "275/427 110/427 5/61 1/61 0 0 | 0 0 5/61 1/61 275/427 110/427",
            "1584/2425 616/2425 189/2425 36/2425 0 0 | 0 7/841 42/841 0 594/841 198/841",
            "21/32 0 0 7/64 9/64 3/32 | 126/431 75/431 90/431 140/431 0 0",
            "1232/1853 462/1853 135/1853 24/1853 0 0 | 7/199 21/398 0 0 297/398 33/199",
            "1540/2297 567/2297 162/2297 28/2297 0 0 | 70/347 70/347 0 42/347 165/347 0",
            "300/443 108/443 30/443 5/443 0 0 | 30/97 25/97 15/97 27/97 0 0",
            "594/841 198/841 42/841 0 0 7/841 | 0 0 189/2425 36/2425 1584/2425 616/2425",
            "4752/6649 1540/6649 315/6649 0 0 42/6649 | 0 42/6649 315/6649 0 4752/6649 1540/6649",
            "1232/1699 385/1699 75/1699 0 0 7/1699 | 140/4663 189/4663 0 0 3564/4663 770/4663",
            "154/211 189/844 9/211 0 0 3/844 | 35/188 63/376 0 45/376 99/188 0",
            "420/571 126/571 70/1713 0 0 5/1713 | 112/367 84/367 63/367 108/367 0 0",
            "297/398 33/199 0 0 7/199 21/398 | 0 0 135/1853 24/1853 1232/1853 462/1853",
            "3564/4663 770/4663 0 0 140/4663 189/4663 | 0 7/1699 75/1699 0 1232/1699 385/1699",
            "11/14 55/336 0 0 1/42 3/112 | 1/42 3/112 0 0 11/14 55/336",
            "770/971 315/1942 0 0 21/971 45/1942 | 84/515 63/515 0 12/103 308/515 0",
            "105/131 21/131 0 0 5/262 5/262 | 112/377 70/377 75/377 120/377 0 0",
            "77/95 0 0 48/475 42/475 0 | 21/2306 0 0 0 1925/2306 180/1153",
            "275/334 0 0 16/167 27/334 0 | 27/334 0 0 16/167 275/334 0",
            "385/463 220/1389 0 0 14/1389 0 | 14/1389 0 0 0 385/463 220/1389",
            "1925/2306 180/1153 0 0 21/2306 0 | 42/475 0 0 48/475 77/95 0",
            "525/626 0 0 28/313 45/626 0 | 63/265 0 18/53 112/265 0 0",
            "525/626 48/313 0 0 5/626 0 | 56/227 0 75/227 96/227 0 0",
            "6/7 1/7 0 0 0 0 | 0 0 0 0 6/7 1/7",
            "55/64 9/64 0 0 0 0 | 0 0 0 3/58 55/58 0",
            "25/29 4/29 0 0 0 0 | 0 0 5/9 4/9 0 0",
            "45/52 7/52 0 0 0 0 | 0 14/17 3/17 0 0 0",
            "20/23 3/23 0 0 0 0 | 4/19 15/19 0 0 0 0",
            "55/58 0 0 3/58 0 0 | 0 0 0 0 55/64 9/64",
            "275/289 0 0 14/289 0 0 | 0 0 0 14/289 275/289 0",
            "150/157 0 0 7/157 0 0 | 0 0 9/16 7/16 0 0",
            "24/25 0 0 1/25 0 0 | 0 25/31 6/31 0 0 0",
            "28/29 0 0 1/29 0 0 | 7/32 25/32 0 0 0 0"
    };

    private static final List<String> RPS = List.of("Rock", "Paper", "Scissors");

    /** Built on first use, after the constants above are initialised. */
    private static final class Holder {
        static final Map<String, Entry> ENTRIES = build();
    }

    // ---------------------------------------------------------------- builders

    private static void add(Map<String, Entry> m, String name, String title, String description, Reference ref,
            NormalFormGame game, boolean complete, String... equilibria) {
        if (!name.equals(normalize(name)) || m.containsKey(name)) {
            throw new IllegalStateException("bad or duplicate catalog name " + name);
        }
        NormalFormGame g = game.withTitle(title).withComment(description + " Reference: " + ref);
        List<StrategyProfile> eq = new ArrayList<>();
        for (String e : equilibria) {
            StrategyProfile sp = profile(e);
            if (sp.numPlayers() != g.numPlayers()) {
                throw new IllegalStateException(name + ": equilibrium " + e + " has the wrong number of players");
            }
            for (int p = 0; p < g.numPlayers(); p++) {
                if (sp.get(p).size() != g.numStrategies(p)) {
                    throw new IllegalStateException(name + ": equilibrium " + e + " has the wrong size for player "
                            + (p + 1));
                }
            }
            eq.add(sp);
        }
        Collections.sort(eq);
        m.put(name, new Entry(name, title, description, ref, g, eq, complete));
    }

    private static Reference ref(String authors, String work, int year) {
        return new Reference(authors, work, year);
    }

    /** Parses {@code "1/2 1/2 | 1 0"}: players separated by {@code |}, probabilities by blanks. */
    static StrategyProfile profile(String text) {
        List<MixedStrategy> l = new ArrayList<>();
        for (String part : text.split("\\|")) {
            l.add(MixedStrategy.parse(part.strip().split("\\s+")));
        }
        return StrategyProfile.of(l);
    }

    /** Parses {@code "3 0; 5 1"}: rows separated by {@code ;}, entries by blanks, exact numbers. */
    static Rational[][] matrix(String text) {
        String[] rows = text.split(";");
        Rational[][] a = new Rational[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].strip().split("\\s+");
            a[i] = new Rational[cells.length];
            for (int j = 0; j < cells.length; j++) {
                a[i][j] = Rational.parse(cells[j]);
            }
        }
        return a;
    }

    private static List<String> l(String... labels) {
        return List.of(labels);
    }

    private static List<String> players(String... names) {
        return List.of(names);
    }

    @SafeVarargs
    private static List<List<String>> labels(List<String>... perPlayer) {
        return List.of(perPlayer);
    }

    private static List<String> numbered(int k) {
        List<String> l = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            l.add(Integer.toString(i));
        }
        return l;
    }

    private static NormalFormGame bimatrix(List<String> players, List<List<String>> labels, String a, String b) {
        return NormalFormGame.bimatrix(matrix(a), matrix(b)).withPlayerNames(players).withStrategyLabels(labels);
    }

    private static NormalFormGame zeroSum(List<String> players, List<List<String>> labels, String a) {
        return NormalFormGame.zeroSum(matrix(a)).withPlayerNames(players).withStrategyLabels(labels);
    }

    /** An N-player game with payoff {@code u.apply(p, profile)} (0-based players and strategies). */
    private static NormalFormGame nPlayer(List<String> players, List<List<String>> labels,
            BiFunction<Integer, int[], Rational> u) {
        int[] shape = labels.stream().mapToInt(List::size).toArray();
        NormalFormGame z = NormalFormGame.zeros(shape);
        Rational[][] pay = new Rational[shape.length][z.numProfiles()];
        for (int k = 0; k < z.numProfiles(); k++) {
            int[] s = z.profile(k);
            for (int p = 0; p < shape.length; p++) {
                pay[p][k] = u.apply(p, s);
            }
        }
        return NormalFormGame.of("", players, labels, pay);
    }

    /** Basu's traveler's dilemma with claims {@code lo..hi} and reward/penalty {@code r}. */
    private static NormalFormGame travelersDilemma(int lo, int hi, int r) {
        int k = hi - lo + 1;
        Rational[][] a = new Rational[k][k];
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            claims.add(Integer.toString(lo + i));
            for (int j = 0; j < k; j++) {
                int x = lo + i;
                int y = lo + j;
                a[i][j] = Rational.of(x == y ? x : x < y ? x + r : y - r);
            }
        }
        return NormalFormGame.symmetric(a).withPlayerNames(players("Traveler 1", "Traveler 2"))
                .withStrategyLabels(labels(claims, claims));
    }
}
