package org.gtlab.run;

/** The kind of game a method runs on (see {@link ExperimentFactory#gameKind()} and {@link GameSpec#kind()}). */
public enum GameKind {
    /** The method takes no game (for example a stand-alone model). */
    NONE,
    /** A {@link org.gtlab.game.NormalFormGame}. */
    NORMAL_FORM,
    /** A symmetric two-team zero-sum {@link org.gtlab.game.TeamGame}. */
    TEAM
}
