package org.gtlab.repeated;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tournament played one ordered pair at a time (all its repetitions per step), for the run pipeline's
 * step/observe loop: progress is pairs done over pairs, cancelling between steps loses nothing, and
 * {@link #results()} gives the result set of the pairs played so far (pairs not yet played count as not
 * met). The outcome after the last pair equals {@link Tournament#play()}.
 */
public final class TournamentRun {

    private final Tournament tournament;
    private final ResultSet.Builder builder;
    private final AtomicInteger done = new AtomicInteger();
    private int next;

    public TournamentRun(Tournament tournament) {
        this.tournament = tournament;
        this.builder = new ResultSet.Builder(tournament.players(), tournament.repetitions(), tournament.pairs());
    }

    public Tournament tournament() {
        return tournament;
    }

    /** Pairs played so far. */
    public int pairsDone() {
        return next;
    }

    /** Pairs in the tournament. */
    public int pairs() {
        return tournament.pairs().size();
    }

    public boolean finished() {
        return next >= pairs();
    }

    /** Plays the next pair (all repetitions); does nothing when finished. */
    public void step() {
        if (!finished()) {
            tournament.playRange(next, next + 1, builder, done, null, null);
            next++;
        }
    }

    /** The results of the pairs played so far. */
    public ResultSet results() {
        return builder.buildPartial(next);
    }
}
