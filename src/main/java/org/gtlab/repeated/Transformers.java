package org.gtlab.repeated;

import java.util.function.Supplier;

/**
 * Strategy transformers (after the Axelrod library's transformers, Knight et al. 2016):
 * <ul>
 *   <li>{@link #noisy}: the intended option is replaced, with probability ε, by a different option
 *       drawn from the player's own stream;</li>
 *   <li>{@link #dual}: the dual of a strategy plays the opposite (C ↔ D) of what the original would
 *       play had its own past moves been the opposite ones, so dual(dual(s)) = s and the dual of
 *       TFT's cooperator-opponent behaviour mirrors it;</li>
 *   <li>{@link #initialMoves}: plays a fixed opening, then the original (which sees the whole
 *       history).</li>
 * </ul>
 * The names they produce are {@code noisy-0.05-NAME}, {@code dual-NAME} and
 * {@code initial-cdd-NAME}; {@link Strategies#get} parses them back.
 */
public final class Transformers {

    private Transformers() {
    }

    /**
     * Noise ε on the strategy's own moves.
     *
     * @throws IllegalArgumentException if ε ∉ [0, 1]
     */
    public static Strategy noisy(Strategy s, double epsilon) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1], got " + epsilon);
        }
        Supplier<Player> f = () -> new Player() {
            private final Player inner = s.create();
            private MatchContext ctx;

            @Override
            public void reset(MatchContext c) {
                ctx = c;
                inner.reset(c);
            }

            @Override
            public int choose(History h) {
                return Match.perturb(inner.choose(h), ctx.ownOptions(), epsilon, ctx.random());
            }

            @Override
            public void finish(History h) {
                inner.finish(h);
            }
        };
        return new Strategy("noisy-" + trim(epsilon) + "-" + s.name(), "Noisy(" + trim(epsilon) + ") " + s.title(),
                s.description() + "; each move flipped with probability " + trim(epsilon), s.reference(),
                s.memoryDepth(), true, f);
    }

    /** The dual strategy (C ↔ D in its own moves and in its output). */
    public static Strategy dual(Strategy s) {
        Supplier<Player> f = () -> new Player() {
            private final Player inner = s.create();
            private MatchArrays shadow;
            private History shadowHistory;
            private int defect;

            @Override
            public void reset(MatchContext c) {
                inner.reset(c);
                shadow = new MatchArrays(16);
                shadowHistory = new History(shadow, true);
                defect = c.defect();
            }

            private int flip(int a) {
                return a == 0 ? defect : (a == defect ? 0 : a);
            }

            @Override
            public int choose(History h) {
                while (shadow.played < h.played()) {
                    int t = shadow.played + 1;
                    shadow.append(flip(h.own(t)), h.opp(t), h.ownPayoff(t), h.oppPayoff(t));
                }
                return flip(inner.choose(shadowHistory));
            }
        };
        return new Strategy("dual-" + s.name(), "Dual " + s.title(), "the dual of: " + s.description(),
                s.reference(), s.memoryDepth(), s.stochastic(), f);
    }

    /**
     * Plays {@code opening} (C = option 0, D = last option) first, then the strategy.
     *
     * @throws IllegalArgumentException if the opening is empty or has a letter other than C or D
     */
    public static Strategy initialMoves(Strategy s, String opening) {
        String o = opening.toUpperCase(java.util.Locale.ROOT);
        if (o.isEmpty() || !o.matches("[CD]+")) {
            throw new IllegalArgumentException("initial moves must be a non-empty string of C and D, got '" + opening + "'");
        }
        Supplier<Player> f = () -> new Player() {
            private final Player inner = s.create();
            private int defect;

            @Override
            public void reset(MatchContext c) {
                inner.reset(c);
                defect = c.defect();
            }

            @Override
            public int choose(History h) {
                int t = h.round();
                int a = inner.choose(h);
                return t <= o.length() ? (o.charAt(t - 1) == 'C' ? 0 : defect) : a;
            }

            @Override
            public void finish(History h) {
                inner.finish(h);
            }
        };
        int depth = s.memoryDepth() == Strategy.INFINITE ? Strategy.INFINITE : Math.max(s.memoryDepth(), o.length());
        return new Strategy("initial-" + o.toLowerCase(java.util.Locale.ROOT) + "-" + s.name(),
                "Initial " + o + " " + s.title(), "opens " + o + ", then " + s.description(), s.reference(), depth,
                s.stochastic(), f);
    }

    /**
     * The Joss–Ann transform JA(s, x, y) (Ashlock &amp; Kim 2008): each round the strategy's own choice
     * is computed, then replaced by C (option 0) with probability x and by D (the last option) with
     * probability y; with probability 1 − x − y the choice stands.
     *
     * @throws IllegalArgumentException if x or y is outside [0, 1] or x + y &gt; 1
     */
    public static Strategy jossAnn(Strategy s, double x, double y) {
        if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1) || x + y > 1 + 1e-12) {
            throw new IllegalArgumentException("Joss-Ann probabilities need x, y in [0, 1] and x + y <= 1, got x = "
                    + x + ", y = " + y);
        }
        Supplier<Player> f = () -> new Player() {
            private final Player inner = s.create();
            private MatchContext ctx;

            @Override
            public void reset(MatchContext c) {
                ctx = c;
                inner.reset(c);
            }

            @Override
            public int choose(History h) {
                int a = inner.choose(h);
                double u = ctx.random().nextDouble();
                return u < x ? 0 : u < x + y ? ctx.defect() : a;
            }

            @Override
            public void finish(History h) {
                inner.finish(h);
            }
        };
        return new Strategy("joss-ann-" + trim(x) + "-" + trim(y) + "-" + s.name(),
                "JA(" + s.title() + ", " + trim(x) + ", " + trim(y) + ")",
                "cooperates with probability " + trim(x) + ", defects with probability " + trim(y) + ", else "
                        + s.description(), s.reference(), s.memoryDepth(), x > 0 || y > 0 || s.stochastic(), f);
    }

    static String trim(double v) {
        String t = Double.toString(v);
        return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
    }
}
