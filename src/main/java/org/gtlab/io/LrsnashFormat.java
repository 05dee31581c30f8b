package org.gtlab.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * The input and output formats of {@code lrsnash} (lrslib 7.x, D. Avis; method: Avis, Rosenberg,
 * Savani, von Stengel, Economic Theory 42 (2010) 9–37), for benchmarks and cross-checks.
 *
 * <p><b>Input</b> ({@link #write}): the sizes {@code m n} on the first line, a blank line, the row
 * player's payoff matrix A row by row, a blank line, the column player's matrix B row by row.
 * Entries are integers or fractions {@code p/q}; lrsnash accepts both and any sign.
 *
 * <p><b>Output</b> ({@link #parse}): one block per vertex x of the row player's polytope that is
 * part of an equilibrium, blocks separated by blank lines. A block has one or more lines
 * {@code 2 y_1 … y_n u} (the column player's mixed strategies, then the row player's payoff u)
 * followed by one line {@code 1 x_1 … x_m v} (the row player's strategy, then the column player's
 * payoff); every (x, y) pair of a block is an extreme equilibrium, and several y lines occur when
 * the game is degenerate. Lines starting with {@code *} are comments (version, counts, timing).
 */
public final class LrsnashFormat {

    private LrsnashFormat() {
    }

    /**
     * The game in lrsnash's input format.
     *
     * @throws IllegalArgumentException if the game does not have exactly two players
     */
    public static String write(NormalFormGame game) {
        if (game.numPlayers() != 2) {
            throw new IllegalArgumentException("lrsnash needs a two-player game, got " + game.numPlayers() + " players");
        }
        int m = game.numStrategies(0);
        int n = game.numStrategies(1);
        StringBuilder sb = new StringBuilder();
        sb.append(m).append(' ').append(n).append("\n\n");
        for (int p = 0; p < 2; p++) {
            Rational[][] mat = game.matrix(p);
            for (Rational[] row : mat) {
                for (int j = 0; j < n; j++) {
                    if (j > 0) {
                        sb.append(' ');
                    }
                    sb.append(row[j]);
                }
                sb.append('\n');
            }
            if (p == 0) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The extreme equilibria printed by lrsnash, in order of appearance, without repetitions.
     *
     * @param m the row player's number of strategies
     * @param n the column player's number of strategies
     * @throws IllegalArgumentException naming the line when a line is malformed (wrong number of
     *         entries, not a fraction, probabilities not summing to one, a row player's line with
     *         no column player's line before it)
     */
    public static List<StrategyProfile> parse(String output, int m, int n) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("sizes must be positive, got " + m + "×" + n);
        }
        Set<StrategyProfile> out = new LinkedHashSet<>();
        List<MixedStrategy> ys = new ArrayList<>();
        boolean afterX = false;
        String[] lines = output.split("\\R", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.startsWith("*")) {
                continue;
            }
            if (line.isEmpty()) {
                ys.clear();
                afterX = false;
                continue;
            }
            String[] tok = line.split("\\s+");
            int lineNo = k + 1;
            switch (tok[0]) {
                case "2" -> {
                    if (afterX) {
                        ys.clear();
                        afterX = false;
                    }
                    ys.add(strategy(tok, n, lineNo, "column"));
                }
                case "1" -> {
                    if (ys.isEmpty()) {
                        throw new IllegalArgumentException("line " + lineNo
                                + ": row player's strategy without a column player's strategy before it");
                    }
                    MixedStrategy x = strategy(tok, m, lineNo, "row");
                    for (MixedStrategy y : ys) {
                        out.add(StrategyProfile.of(x, y));
                    }
                    afterX = true;
                }
                default -> throw new IllegalArgumentException("line " + lineNo + ": expected '1' or '2' first, got '"
                        + tok[0] + "'");
            }
        }
        return List.copyOf(out);
    }

    /** The game's sizes are taken from {@code game}. */
    public static List<StrategyProfile> parse(String output, NormalFormGame game) {
        if (game.numPlayers() != 2) {
            throw new IllegalArgumentException("lrsnash output is for two-player games, got " + game.numPlayers()
                    + " players");
        }
        return parse(output, game.numStrategies(0), game.numStrategies(1));
    }

    private static MixedStrategy strategy(String[] tok, int size, int lineNo, String who) {
        if (tok.length != size + 2) {
            throw new IllegalArgumentException("line " + lineNo + ": " + who + " player's line has " + (tok.length - 1)
                    + " numbers, expected " + (size + 1) + " (" + size + " probabilities and a payoff)");
        }
        Rational[] p = new Rational[size];
        for (int i = 0; i < size; i++) {
            try {
                p[i] = Rational.parse(tok[i + 1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNo + ": '" + tok[i + 1] + "' is not a number", e);
            }
        }
        try {
            return MixedStrategy.of(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
        }
    }
}
