package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.GameFiles;
import org.gtlab.solve.DominanceStep;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.catalog.Solvers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gtlab solve METHOD FILE}: prints equilibria like Gambit's tools, one {@code NE,…} line per
 * profile (player 1's probabilities first, exact fractions unless {@code --decimals}).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Compute equilibria of a game file (.nfg, .json) or catalog game.",
            "Methods: enumpure (all pure NE, N players), enummixed (all extreme NE, 2 players),",
            "lcp (Lemke-Howson reachable set, 2 players), lp (zero-sum LP), dominance (iterated elimination)."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "METHOD", description = "enumpure, enummixed, lcp, lp or dominance")
    String method;

    @Parameters(index = "1", paramLabel = "FILE", description = "a .nfg or .json game file, or a catalog name")
    String file;

    @Option(names = {"-d", "--decimals"}, paramLabel = "N", description = "print decimals with N digits instead of fractions")
    Integer decimals;

    @Option(names = {"-c", "--components"}, description = "with enummixed: also print the maximal Nash subsets (convex-K lines)")
    boolean components;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use text or json");
        }
        if (decimals != null && (decimals < 0 || decimals > 100)) {
            throw new IllegalArgumentException("--decimals must be between 0 and 100, got " + decimals);
        }
        int dec = decimals == null ? -1 : decimals;
        NashSolver solver = Solvers.byName(method);
        NormalFormGame game = GameFiles.resolve(file);
        SolveResult result = solver.solve(game);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(result, dec));
        } else {
            text(out, game, result, dec);
        }
        out.flush();
        return 0;
    }

    private void text(PrintWriter out, NormalFormGame game, SolveResult r, int dec) {
        for (DominanceStep s : r.dominanceSteps()) {
            out.println(describe(game, s));
        }
        if (!r.dominanceSteps().isEmpty() || method.equals("dominance")) {
            out.println(remaining(game, r.dominanceSteps()));
        }
        for (StrategyProfile p : r.equilibria()) {
            out.println(Output.line("NE", p, dec));
        }
        if (components) {
            int k = 1;
            for (List<StrategyProfile> subset : r.maximalNashSubsets()) {
                for (StrategyProfile p : subset) {
                    out.println(Output.line("convex-" + k, p, dec));
                }
                k++;
            }
        }
        r.value().ifPresent(v -> out.println("value," + Output.number(v, dec)));
    }

    private String json(SolveResult r, int dec) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> eq = new ArrayList<>();
        r.equilibria().forEach(p -> eq.add(Output.json(p, dec)));
        m.put("equilibria", eq);
        if (!r.maximalNashSubsets().isEmpty()) {
            List<Object> subsets = new ArrayList<>();
            for (List<StrategyProfile> s : r.maximalNashSubsets()) {
                List<Object> l = new ArrayList<>();
                s.forEach(p -> l.add(Output.json(p, dec)));
                subsets.add(l);
            }
            m.put("maximal_nash_subsets", subsets);
        }
        r.value().ifPresent(v -> m.put("value", Output.number(v, dec)));
        if (!r.dominanceSteps().isEmpty() || method.equals("dominance")) {
            List<Object> steps = new ArrayList<>();
            for (DominanceStep s : r.dominanceSteps()) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("player", s.player() + 1);
                st.put("strategy", s.strategy() + 1);
                st.put("dominated_by", s.dominators().stream().map(i -> i + 1).toList());
                st.put("strict", s.strict());
                steps.add(st);
            }
            m.put("dominance_steps", steps);
        }
        return Output.toJson(m);
    }

    private static String describe(NormalFormGame g, DominanceStep s) {
        List<String> labels = g.strategyLabels(s.player());
        StringBuilder by = new StringBuilder();
        for (int d : s.dominators()) {
            if (by.length() > 0) {
                by.append(s.dominators().size() > 1 ? "+" : "");
            }
            by.append('"').append(labels.get(d)).append('"');
        }
        return "eliminate," + g.playerName(s.player()) + ",\"" + labels.get(s.strategy()) + "\","
                + (s.strict() ? "strictly" : "weakly") + " dominated by " + (s.dominators().size() > 1 ? "a mix of " : "") + by;
    }

    private static String remaining(NormalFormGame g, List<DominanceStep> steps) {
        StringBuilder sb = new StringBuilder("remaining");
        for (int p = 0; p < g.numPlayers(); p++) {
            List<Integer> keep = steps.isEmpty() ? null : steps.get(steps.size() - 1).remaining().get(p);
            sb.append(',').append(g.playerName(p)).append(":{");
            List<String> names = new ArrayList<>();
            for (int s = 0; s < g.numStrategies(p); s++) {
                if (keep == null || keep.contains(s)) {
                    names.add(g.strategyLabels(p).get(s));
                }
            }
            sb.append(String.join(" ", names)).append('}');
        }
        return sb.toString();
    }
}
