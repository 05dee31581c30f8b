package org.gtlab.learn;

import java.util.Arrays;
import java.util.Objects;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rng;

/**
 * How a learner or a dynamic chooses its starting mixed profile, written as a short text so it can
 * be a parameter of a run recipe:
 * <ul>
 *   <li>{@code uniform} — every player mixes uniformly;</li>
 *   <li>{@code random} — each player's strategy is drawn uniformly from its simplex (seeded);</li>
 *   <li>{@code pure:2,1} — player 1 plays its 2nd strategy, player 2 its 1st (1-based; one number
 *       means the same index for every player);</li>
 *   <li>{@code 0.5,0.3,0.2;0.2,0.2,0.6} — explicit probabilities, players separated by {@code ;}
 *       (one vector means the same vector for every player). Entries must be finite, ≥ 0 and sum to
 *       1 within 1e-9; they are renormalised to sum exactly to 1 in floating point.</li>
 * </ul>
 * Immutable.
 */
public final class InitialProfile {

    private static final double SUM_TOLERANCE = 1e-9;

    private final String text;

    private InitialProfile(String text) {
        this.text = text;
    }

    public static InitialProfile uniform() {
        return new InitialProfile("uniform");
    }

    public static InitialProfile random() {
        return new InitialProfile("random");
    }

    /** Pure strategies, 0-based in the API (written 1-based in the text). */
    public static InitialProfile pure(int... strategies) {
        StringBuilder sb = new StringBuilder("pure:");
        for (int i = 0; i < strategies.length; i++) {
            sb.append(i == 0 ? "" : ",").append(strategies[i] + 1);
        }
        return parse(sb.toString());
    }

    /** Explicit probabilities (one row per player, or one row for all players). */
    public static InitialProfile of(double[]... profile) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < profile.length; p++) {
            if (p > 0) {
                sb.append(';');
            }
            for (int a = 0; a < profile[p].length; a++) {
                sb.append(a == 0 ? "" : ",").append(profile[p][a]);
            }
        }
        return parse(sb.toString());
    }

    /**
     * Parses the text forms above; the text is checked for syntax here and against a game in
     * {@link #create(NormalFormGame, Rng)}.
     *
     * @throws IllegalArgumentException with the offending part named
     */
    public static InitialProfile parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.equals("uniform") || s.equals("random")) {
            return new InitialProfile(s);
        }
        if (s.startsWith("pure:")) {
            for (String part : s.substring(5).split(",")) {
                try {
                    if (Integer.parseInt(part.strip()) < 1) {
                        throw new IllegalArgumentException("initial profile \"" + text
                                + "\": strategy numbers start at 1, got " + part.strip());
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("initial profile \"" + text + "\": \"" + part.strip()
                            + "\" is not a strategy number");
                }
            }
            return new InitialProfile(s);
        }
        for (String row : s.split(";")) {
            for (String part : row.split(",")) {
                double d;
                try {
                    d = Double.parseDouble(part.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("initial profile \"" + text + "\": \"" + part.strip()
                            + "\" is not a number (expected uniform, random, pure:i,j or probabilities like 0.5,0.5)");
                }
                if (!Double.isFinite(d) || d < 0) {
                    throw new IllegalArgumentException("initial profile \"" + text + "\": probability " + part.strip()
                            + " must be finite and ≥ 0");
                }
            }
        }
        return new InitialProfile(s);
    }

    /** The text form (as accepted by {@link #parse(String)}). */
    public String text() {
        return text;
    }

    /** True if the profile is drawn at random (uses the generator). */
    public boolean isRandom() {
        return text.equals("random");
    }

    /**
     * The starting profile for {@code game} ({@code result[p]} is player p's mixed strategy).
     *
     * @param rng used only by {@code random}
     * @throws IllegalArgumentException if the text does not fit the game
     */
    public double[][] create(NormalFormGame game, Rng rng) {
        return create(game.shape(), rng);
    }

    /** As {@link #create(NormalFormGame, Rng)} for populations of the given sizes. */
    public double[][] create(int[] sizes, Rng rng) {
        int n = sizes.length;
        double[][] x = new double[n][];
        if (text.equals("uniform")) {
            for (int p = 0; p < n; p++) {
                x[p] = new double[sizes[p]];
                Arrays.fill(x[p], 1.0 / sizes[p]);
            }
            return x;
        }
        if (text.equals("random")) {
            for (int p = 0; p < n; p++) {
                x[p] = rng.nextSimplexPoint(sizes[p]);
            }
            return x;
        }
        if (text.startsWith("pure:")) {
            String[] parts = text.substring(5).split(",");
            if (parts.length != 1 && parts.length != n) {
                throw new IllegalArgumentException("initial profile \"" + text + "\" names " + parts.length
                        + " strategies, expected 1 or " + n);
            }
            for (int p = 0; p < n; p++) {
                int s = Integer.parseInt(parts[parts.length == 1 ? 0 : p].strip());
                if (s > sizes[p]) {
                    throw new IllegalArgumentException("initial profile \"" + text + "\": player " + (p + 1) + " has "
                            + sizes[p] + " strategies, got strategy " + s);
                }
                x[p] = new double[sizes[p]];
                x[p][s - 1] = 1;
            }
            return x;
        }
        String[] rows = text.split(";");
        if (rows.length != 1 && rows.length != n) {
            throw new IllegalArgumentException("initial profile \"" + text + "\" gives " + rows.length
                    + " strategies, expected 1 or " + n);
        }
        for (int p = 0; p < n; p++) {
            String[] parts = rows[rows.length == 1 ? 0 : p].split(",");
            if (parts.length != sizes[p]) {
                throw new IllegalArgumentException("initial profile \"" + text + "\": player " + (p + 1) + " has "
                        + sizes[p] + " strategies, got " + parts.length + " probabilities");
            }
            x[p] = new double[sizes[p]];
            double s = 0;
            for (int a = 0; a < parts.length; a++) {
                x[p][a] = Double.parseDouble(parts[a].strip());
                s += x[p][a];
            }
            if (Math.abs(s - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("initial profile \"" + text + "\": player " + (p + 1)
                        + "'s probabilities sum to " + s + ", expected 1");
            }
            for (int a = 0; a < parts.length; a++) {
                x[p][a] /= s;
            }
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InitialProfile && ((InitialProfile) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
