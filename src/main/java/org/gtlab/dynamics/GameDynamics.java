package org.gtlab.dynamics;

import java.util.Objects;


/**
 * The vector field of a {@link Dynamic} on a {@link PopulationGame}: for every population p,
 * {@code ẋ_p = protocol(x_p, f_p(x))}. Immutable and thread-safe (scratch space is per thread).
 */
public final class GameDynamics implements VectorField {

    private final PopulationGame game;
    private final Dynamic dynamic;
    private final ThreadLocal<double[]> scratch;

    public GameDynamics(PopulationGame game, Dynamic dynamic) {
        this.game = Objects.requireNonNull(game, "game");
        this.dynamic = Objects.requireNonNull(dynamic, "dynamic");
        int d = game.space().dimension();
        this.scratch = ThreadLocal.withInitial(() -> new double[d]);
    }

    public PopulationGame game() {
        return game;
    }

    public Dynamic dynamic() {
        return dynamic;
    }

    @Override
    public SimplexProduct space() {
        return game.space();
    }

    @Override
    public void derivative(double[] x, double[] dx) {
        double[] f = scratch.get();
        game.fitness(x, f);
        SimplexProduct s = game.space();
        for (int p = 0; p < s.populations(); p++) {
            dynamic.apply(x, f, s.offset(p), s.size(p), dx);
        }
    }

    /** A copy with another payoff-consistent game (for example after a payoff slider moved). */
    public GameDynamics withGame(PopulationGame other) {
        return new GameDynamics(other, dynamic);
    }

    @Override
    public String toString() {
        return dynamic.name() + " on " + game.game();
    }
}
