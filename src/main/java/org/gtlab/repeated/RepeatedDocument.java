package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gtlab.game.NormalFormGame;

/**
 * A repeated-game document (what the Repeated games lab edits and a {@code .gtrepeated.json} file
 * holds): the stage game as a two-player matrix game, the horizon, the execution noise, the roster of
 * library strategy names and the user's own strategies.
 *
 * <p>Horizon: {@code turns} rounds when {@code continuation} δ = 1; for δ &lt; 1 another round
 * follows with probability δ (per-round ending probability q = 1 − δ, expected length 1/q), capped at
 * {@code turns} rounds — the convention of the lab and of {@link RepeatedGame}.
 *
 * @param title        shown in the tab (may be empty)
 * @param stage        the stage game (two players)
 * @param turns        rounds (≥ 1; the cap when δ &lt; 1)
 * @param continuation δ ∈ (0, 1]
 * @param noise        ε ∈ [0, 1]
 * @param roster       strategy names: library names or the names of {@code strategies}
 * @param strategies   the user's strategies (names distinct, none a library name)
 * @throws IllegalArgumentException one line naming the field: {@code stage}, {@code turns},
 *                                  {@code continuation}, {@code noise}, {@code roster[i]},
 *                                  {@code strategies[i]}
 */
public record RepeatedDocument(String title, NormalFormGame stage, int turns, double continuation, double noise,
        List<String> roster, List<StrategySpec> strategies) {

    public RepeatedDocument {
        title = Objects.requireNonNullElse(title, "");
        if (stage == null) {
            throw new IllegalArgumentException("stage: missing stage game");
        }
        if (stage.numPlayers() != 2) {
            throw new IllegalArgumentException("stage: a repeated game needs a two-player stage game, got "
                    + stage.numPlayers() + " players");
        }
        if (turns < 1) {
            throw new IllegalArgumentException("turns: must be at least 1, got " + turns);
        }
        if (!(continuation > 0 && continuation <= 1)) {
            throw new IllegalArgumentException("continuation: δ must be in (0, 1], got " + continuation);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise: must be in [0, 1], got " + noise);
        }
        strategies = List.copyOf(strategies == null ? List.of() : strategies);
        Set<String> user = new LinkedHashSet<>();
        for (int i = 0; i < strategies.size(); i++) {
            String n = strategies.get(i).name();
            if (!user.add(n)) {
                throw new IllegalArgumentException("strategies[" + i + "]: " + n + " is defined twice");
            }
            if (Strategies.find(n).isPresent()) {
                throw new IllegalArgumentException("strategies[" + i + "]: " + n
                        + " is a library strategy's name; give the user strategy another name");
            }
        }
        roster = List.copyOf(roster == null ? List.of() : roster);
        for (int i = 0; i < roster.size(); i++) {
            String n = roster.get(i);
            if (!user.contains(n) && Strategies.find(n).isEmpty()) {
                throw new IllegalArgumentException("roster[" + i + "]: unknown strategy '" + n
                        + "' (not in the library nor among the document's strategies)");
            }
        }
    }

    /** A document on {@code stage} with the lab's defaults: 200 turns, δ = 1, no noise, no roster. */
    public static RepeatedDocument of(NormalFormGame stage) {
        return new RepeatedDocument(stage.title(), stage, 200, 1, 0, List.of(), List.of());
    }

    /** The repeated game it describes. */
    public RepeatedGame repeatedGame() {
        StageGame s = StageGame.from(stage);
        RepeatedGame rg = continuation < 1 ? new RepeatedGame(s, turns, 1 - continuation, 0, 1, 0)
                : RepeatedGame.fixed(s, turns);
        return rg.withNoise(noise);
    }

    /** The roster's strategies, user strategies first looked up among {@link #strategies}. */
    public List<Strategy> rosterStrategies() {
        List<Strategy> out = new ArrayList<>();
        for (String n : roster) {
            out.add(strategy(n));
        }
        return out;
    }

    /** A strategy by name: one of the document's, else the library's. */
    public Strategy strategy(String name) {
        for (StrategySpec s : strategies) {
            if (s.name().equals(name)) {
                return s.toStrategy();
            }
        }
        return Strategies.get(name);
    }

    /** A copy with other settings. */
    public RepeatedDocument with(int newTurns, double newContinuation, double newNoise, List<String> newRoster) {
        return new RepeatedDocument(title, stage, newTurns, newContinuation, newNoise, newRoster, strategies);
    }

    /** A copy with another strategy list. */
    public RepeatedDocument withStrategies(List<StrategySpec> newStrategies) {
        return new RepeatedDocument(title, stage, turns, continuation, noise, roster, newStrategies);
    }

    /** A copy with another stage game. */
    public RepeatedDocument withStage(NormalFormGame newStage) {
        return new RepeatedDocument(title, newStage, turns, continuation, noise, roster, strategies);
    }
}
