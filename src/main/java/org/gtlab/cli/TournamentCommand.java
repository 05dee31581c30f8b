package org.gtlab.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gtlab.compute.Workers;
import org.gtlab.io.AtomicFiles;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.ResultSet;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;
import org.gtlab.repeated.Tournament;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab tournament}: a round robin of repeated-game strategies on any two-player stage game;
 * writes {@code DIR/pairs.csv} and {@code DIR/ranking.csv} (see {@link ResultSet}) with progress on
 * stderr; {@code --list} prints the strategy library.
 */
@Command(name = "tournament", mixinStandardHelpOptions = true,
        description = "Round-robin tournament of repeated-game strategies (every ordered pair, self-play included).")
final class TournamentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "print the strategy library (name, memory depth, stochastic, title, reference)")
    boolean list;

    @Option(names = "--game", paramLabel = "FILE|CATALOG-NAME",
            description = "stage game: a .nfg/.json file, a catalog name, akata-pd, akata-bos or ordinal-N (1-144)")
    String game;

    @Option(names = "--players", paramLabel = "NAME,NAME,...|all",
            description = "strategies (library names, transformed names such as noisy-0.05-tit-for-tat, file:PATH.json strategy files or .strategy files)")
    String players;

    @Option(names = "--turns", paramLabel = "N", description = "rounds per match (the cap when --prob-end is given)")
    Integer turns;

    @Option(names = "--prob-end", paramLabel = "Q", description = "per-round ending probability in (0, 1]")
    Double probEnd;

    @Option(names = "--noise", paramLabel = "E", defaultValue = "0", description = "execution noise in [0, 1] (default 0)")
    double noise;

    @Option(names = "--repetitions", paramLabel = "R", defaultValue = "10", description = "repetitions (default 10)")
    int repetitions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "master seed (default 0)")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder for pairs.csv and ranking.csv")
    Path out;

    @Option(names = "--latex", paramLabel = "FILE",
            description = "also write the standings as a LaTeX booktabs table (rank, strategy, mean score per turn, "
                    + "wins, median score)")
    Path latex;

    private final Workers workers;

    TournamentCommand() {
        this(null);
    }

    TournamentCommand(Workers workers) {
        this.workers = workers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (Strategy s : Strategies.all()) {
                stdout.printf("%s\tmemory=%s\t%s\t%s\t%s%n", s.name(), s.memoryText(),
                        s.stochastic() ? "stochastic" : "deterministic", s.title(), s.reference());
            }
            stdout.flush();
            return 0;
        }
        if (game == null) {
            throw new IllegalArgumentException("--game is required (a file, a catalog name, akata-pd, akata-bos or ordinal-N)");
        }
        if (players == null) {
            throw new IllegalArgumentException("--players is required (NAME,NAME,... or all)");
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        RepeatedGame rg = repeatedGame(RepeatedGames.stage(game), turns, probEnd, noise);
        List<Strategy> roster = RepeatedGames.roster(players);
        Tournament t = new Tournament(rg, roster, repetitions, seed);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is not a folder");
        }
        Files.createDirectories(out);
        long total = t.matches();
        long step = Math.max(1, total / 20);
        Object lock = new Object();
        ResultSet rs = t.play(workers == null ? null : workers::execute, 0, d -> {
            if (d % step == 0 || d == total) {
                synchronized (lock) {
                    err.printf("tournament: %d/%d matches%n", d, total);
                    err.flush();
                }
            }
        }, () -> false);
        AtomicFiles.write(out.resolve("pairs.csv"), o -> write(o, rs, true));
        AtomicFiles.write(out.resolve("ranking.csv"), o -> write(o, rs, false));
        err.printf("tournament: wrote %s and %s%n", out.resolve("pairs.csv"), out.resolve("ranking.csv"));
        if (latex != null) {
            List<String> names = rs.names();
            var standings = org.gtlab.figure.TournamentFigures.standings(names, rs.meanScores(),
                    java.util.Arrays.stream(rs.wins()).asDoubleStream().toArray(), rs.repetitionScores());
            String caption = "Round robin of " + names.size() + " strategies on " + rg.stage().title() + ", "
                    + (rg.geometric() ? "ending probability " + rg.probEnd() : rg.rounds() + " turns") + ", "
                    + repetitions + " repetitions" + (rg.noise() > 0 ? ", noise " + rg.noise() : "") + ", seed " + seed;
            AtomicFiles.write(latex, o -> o.write(org.gtlab.figure.TournamentFigures.latex(standings, caption,
                    "tab:tournament").getBytes(StandardCharsets.UTF_8)));
            err.printf("tournament: wrote %s%n", latex);
        }
        err.flush();
        return 0;
    }

    private static void write(java.io.OutputStream o, ResultSet rs, boolean pairs) throws java.io.IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
        if (pairs) {
            rs.writePairs(w);
        } else {
            rs.writeRanking(w);
        }
        w.flush();
    }

    /**
     * The repeated game of the options: fixed {@code turns}, or a geometric ending (capped by turns if
     * given).
     *
     * @throws IllegalArgumentException naming --turns, --prob-end or --noise
     */
    static RepeatedGame repeatedGame(StageGame stage, Integer turns, Double probEnd, double noise) {
        if (turns != null && turns < 1) {
            throw new IllegalArgumentException("--turns must be ≥ 1, got " + turns);
        }
        if (probEnd != null && !(probEnd > 0 && probEnd <= 1)) {
            throw new IllegalArgumentException("--prob-end must be in (0, 1], got " + probEnd);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("--noise must be in [0, 1], got " + noise);
        }
        if (probEnd == null && turns == null) {
            throw new IllegalArgumentException("--turns N (or --prob-end Q) is required");
        }
        RepeatedGame g = probEnd != null ? new RepeatedGame(stage, turns == null ? 0 : turns, probEnd, 0, 1, 0)
                : RepeatedGame.fixed(stage, turns);
        return g.withNoise(noise);
    }
}
