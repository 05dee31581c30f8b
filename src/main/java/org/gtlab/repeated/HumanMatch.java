package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Play against a strategy, round by round: the human's option is given to {@link #play}, the strategy
 * chooses without seeing it (it only sees the history), noise and the ending rule apply as in
 * {@link Match}, with the same stream derivation. The match so far lives in this object, not in any
 * window, so closing a view keeps it: a new view can show {@link #rounds()} and continue.
 *
 * @throws IllegalArgumentException (constructor) if the human seat is not 1 or 2
 */
public final class HumanMatch {

    /** One played round (1-based), options as indices, points and running totals of both seats. */
    public record Round(int t, int a1, int a2, double u1, double u2, double total1, double total2) {
    }

    private final RepeatedGame game;
    private final Strategy opponent;
    private final int humanSeat;
    private final Player machine;
    private final MatchArrays arrays;
    private final History machineHistory;
    private final SplittableRandom matchRandom;
    private final List<Round> rounds = new ArrayList<>();
    private boolean over;

    public HumanMatch(RepeatedGame game, Strategy opponent, int humanSeat, long seed) {
        if (humanSeat != 1 && humanSeat != 2) {
            throw new IllegalArgumentException("human seat must be 1 or 2, got " + humanSeat);
        }
        this.game = game;
        this.opponent = opponent;
        this.humanSeat = humanSeat;
        this.machine = opponent.create();
        this.arrays = new MatchArrays(16);
        this.machineHistory = new History(arrays, humanSeat == 2);
        this.matchRandom = new SplittableRandom(Seeds.derive(seed, 0));
        int machineSeat = 3 - humanSeat;
        double told = game.announcedProbEnd() > 0 ? game.announcedProbEnd() : game.probEnd();
        machine.reset(new MatchContext(machineSeat, game.stage().view(machineSeat), game.geometric() ? 0 : game.rounds(),
                told, new SplittableRandom(Seeds.derive(seed, machineSeat)), null));
    }

    /** The human's number of options. */
    public int humanOptions() {
        return humanSeat == 1 ? game.stage().rows() : game.stage().cols();
    }

    /**
     * Plays one round with the human's option.
     *
     * @throws IllegalArgumentException if the option is out of range
     * @throws IllegalStateException    if the match is over
     */
    public Round play(int humanOption) {
        if (over) {
            throw new IllegalStateException("the match is over after " + rounds.size() + " rounds");
        }
        if (humanOption < 0 || humanOption >= humanOptions()) {
            throw new IllegalArgumentException("option must be 1.." + humanOptions() + ", got " + (humanOption + 1));
        }
        int m = machine.choose(machineHistory);
        int a1 = humanSeat == 1 ? humanOption : m;
        int a2 = humanSeat == 1 ? m : humanOption;
        StageGame g = game.stage();
        if (game.noise() > 0) {
            a1 = Match.perturb(a1, g.rows(), game.noise(), matchRandom);
            a2 = Match.perturb(a2, g.cols(), game.noise(), matchRandom);
        }
        arrays.append(a1, a2, g.u1(a1, a2), g.u2(a1, a2));
        Round r = new Round(arrays.played, a1, a2, g.u1(a1, a2), g.u2(a1, a2), arrays.total1, arrays.total2);
        rounds.add(r);
        if (arrays.played >= game.maxRounds()
                || (game.geometric() && (game.probEnd() >= 1 || matchRandom.nextDouble() < game.probEnd()))) {
            over = true;
            machine.finish(machineHistory);
        }
        return r;
    }

    public boolean over() {
        return over;
    }

    /** The rounds so far. */
    public List<Round> rounds() {
        return List.copyOf(rounds);
    }

    public int humanSeat() {
        return humanSeat;
    }

    public Strategy opponent() {
        return opponent;
    }

    public RepeatedGame game() {
        return game;
    }

    /** The human's total so far. */
    public double humanTotal() {
        return humanSeat == 1 ? arrays.total1 : arrays.total2;
    }

    /** The strategy's total so far. */
    public double opponentTotal() {
        return humanSeat == 1 ? arrays.total2 : arrays.total1;
    }
}
