package org.gtlab.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.NumberLimits;
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
 *
 * <p>Both readers are safe on any input: numbers within {@link NumberLimits}, and {@link #read}
 * checks the declared sizes {@code m n} against the characters present before it allocates.
 */
public final class LrsnashFormat {

    private LrsnashFormat() {
    }

    /**
     * Reads a game written in lrsnash's input format ({@link #write}): {@code m n}, then the m×n
     * entries of A and of B (any whitespace between numbers; blank lines are not required).
     *
     * @throws GameFormatException with line and column for a malformed number, a size that is not
     *         a positive whole number, declared sizes that the text cannot hold, a missing or an
     *         extra number, or a number beyond {@link NumberLimits}
     */
    public static NormalFormGame read(String text, String displayName) throws GameFormatException {
        Scanner sc = new Scanner(text, displayName == null ? "<input>" : displayName);
        int m = sc.size("the number of rows m (the row player's strategies)");
        int n = sc.size("the number of columns n (the column player's strategies)");
        long cells = (long) m * n;
        if (cells > NormalFormGame.MAX_PROFILES) {
            throw sc.error("game too large: " + m + " × " + n + " is more than " + NormalFormGame.MAX_PROFILES
                    + " pure-strategy profiles");
        }
        long need = 2 * (2 * cells) - 1;
        if (need > sc.remaining()) {
            throw sc.error("the sizes " + m + " × " + n + " need " + (2 * cells) + " payoffs, but only "
                    + sc.remaining() + " characters follow (the file is truncated or the sizes are wrong)");
        }
        Rational[][] a = new Rational[m][n];
        Rational[][] b = new Rational[m][n];
        for (Rational[][] mat : List.of(a, b)) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    mat[i][j] = sc.number(mat == a ? "A" : "B", i, j, m, n);
                }
            }
        }
        sc.end();
        return NormalFormGame.bimatrix(a, b);
    }

    /** Whitespace-separated tokens with their positions. */
    private static final class Scanner {
        private final String text;
        private final String file;
        private final NumberLimits limits;
        private int pos;
        private int line = 1;
        private int col = 1;
        private int tokLine = 1;
        private int tokCol = 1;

        Scanner(String text, String file) {
            this.text = text;
            this.file = file;
            this.limits = NumberLimits.forLength(text.length());
        }

        int remaining() {
            return text.length() - pos;
        }

        GameFormatException error(String detail) {
            return new GameFormatException(file, tokLine, tokCol, detail);
        }

        /** The next token, or null at the end. */
        String next() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                advance();
            }
            tokLine = line;
            tokCol = col;
            if (pos >= text.length()) {
                return null;
            }
            int start = pos;
            while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                advance();
            }
            return text.substring(start, pos);
        }

        private void advance() {
            char c = text.charAt(pos++);
            if (c == '\n' || c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n')) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }

        int size(String what) throws GameFormatException {
            String t = next();
            if (t == null) {
                throw error("expected " + what + " but found the end of the file");
            }
            try {
                int k = Integer.parseInt(t);
                if (k >= 1) {
                    return k;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw error("bad size \"" + abbreviate(t) + "\": expected " + what + ", a whole number ≥ 1");
        }

        Rational number(String matrix, int i, int j, int m, int n) throws GameFormatException {
            String t = next();
            if (t == null) {
                throw error("the file ends before entry (" + (i + 1) + ", " + (j + 1) + ") of matrix " + matrix
                        + "; expected " + m + " × " + n + " entries for each of A and B");
            }
            try {
                return limits.parse(t);
            } catch (NumberFormatException | ArithmeticException e) {
                String msg = e.getMessage();
                throw error("bad number \"" + abbreviate(t) + "\" at entry (" + (i + 1) + ", " + (j + 1) + ") of matrix "
                        + matrix + (msg != null && !msg.startsWith("not a number") ? ": " + msg
                                : ": expected an integer, a decimal or a fraction like 1/3"));
            }
        }

        void end() throws GameFormatException {
            String t = next();
            if (t != null) {
                throw error("unexpected \"" + abbreviate(t) + "\" after the two matrices");
            }
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
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
        NumberLimits limits = NumberLimits.forLength(output.length());
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
                    ys.add(strategy(tok, n, lineNo, "column", limits));
                }
                case "1" -> {
                    if (ys.isEmpty()) {
                        throw new IllegalArgumentException("line " + lineNo
                                + ": row player's strategy without a column player's strategy before it");
                    }
                    MixedStrategy x = strategy(tok, m, lineNo, "row", limits);
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

    private static MixedStrategy strategy(String[] tok, int size, int lineNo, String who, NumberLimits limits) {
        if (tok.length != size + 2) {
            throw new IllegalArgumentException("line " + lineNo + ": " + who + " player's line has " + (tok.length - 1)
                    + " numbers, expected " + (size + 1) + " (" + size + " probabilities and a payoff)");
        }
        Rational[] p = new Rational[size];
        for (int i = 0; i < size; i++) {
            try {
                p[i] = limits.parse(tok[i + 1]);
            } catch (NumberFormatException | ArithmeticException e) {
                String msg = e.getMessage();
                throw new IllegalArgumentException("line " + lineNo + ": '" + tok[i + 1] + "' is not a number"
                        + (msg != null && !msg.startsWith("not a number") ? " (" + msg + ")" : ""), e);
            }
        }
        try {
            return MixedStrategy.of(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
        }
    }
}
