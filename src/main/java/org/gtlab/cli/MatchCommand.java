package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.gtlab.repeated.Match;
import org.gtlab.repeated.MatchResult;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gtlab match A B}: plays one match and prints the rounds (tab-separated) and the totals. */
@Command(name = "match", mixinStandardHelpOptions = true, description = "Play one repeated-game match and print the rounds.")
final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "seat-1 strategy (library name, file:PATH.json strategy file or .strategy file)")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "seat-2 strategy")
    String b;

    @Option(names = "--game", paramLabel = "FILE|CATALOG-NAME", defaultValue = "prisoners-dilemma",
            description = "stage game (default prisoners-dilemma; also akata-pd, akata-bos, ordinal-N)")
    String game;

    @Option(names = "--turns", paramLabel = "N", description = "rounds (default 10; the cap with --prob-end)")
    Integer turns;

    @Option(names = "--prob-end", paramLabel = "Q", description = "per-round ending probability in (0, 1]")
    Double probEnd;

    @Option(names = "--noise", paramLabel = "E", defaultValue = "0", description = "execution noise in [0, 1]")
    double noise;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "seed")
    long seed;

    @Override
    public Integer call() throws Exception {
        StageGame stage = RepeatedGames.stage(game);
        Integer n = turns == null && probEnd == null ? Integer.valueOf(10) : turns;
        RepeatedGame rg = TournamentCommand.repeatedGame(stage, n, probEnd, noise);
        Strategy s1 = RepeatedGames.strategy(a);
        Strategy s2 = RepeatedGames.strategy(b);
        PrintWriter out = spec.commandLine().getOut();
        out.println("round\t" + s1.name() + "\t" + s2.name() + "\tpoints1\tpoints2\ttotal1\ttotal2");
        MatchResult r = new Match(rg).play(s1.create(), s2.create(), seed, null, null, null,
                (t, a1, a2, u1, u2, t1, t2, p1, p2) -> out.println(t + "\t" + stage.labels1().get(a1) + "\t"
                        + stage.labels2().get(a2) + "\t" + fmt(u1) + "\t" + fmt(u2) + "\t" + fmt(t1) + "\t" + fmt(t2)));
        out.printf("total\t%s\t%s\t(%d rounds)%n", fmt(r.total1()), fmt(r.total2()), r.turns());
        out.flush();
        return 0;
    }

    static String fmt(double v) {
        return org.gtlab.repeated.ResultSet.num(v);
    }
}
