package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.nplayer.EnumPolySolver;
import org.gtlab.solve.nplayer.GnmSolver;
import org.gtlab.solve.nplayer.NumericEquilibrium;
import org.gtlab.solve.nplayer.SimpDivSolver;

/**
 * Printing for {@code gtlab solve enumpoly|simpdiv|gnm}: one Gambit {@code NE,…} line per
 * equilibrium (exact fractions where the profile was refined to an exact equilibrium, else
 * decimals), each irrational or continuum profile followed by a {@code #} comment with its max
 * regret; enumpoly then lists supports whose system is singular ({@code # continuum}) or over the
 * cell budget. With {@code --format json}: {@code equilibria} (profiles), {@code exact},
 * {@code max_regret}, {@code note} per equilibrium.
 */
final class NPlayerOutput {

    private NPlayerOutput() {
    }

    static boolean handles(String method) {
        return method.equals("enumpoly") || method.equals("simpdiv") || method.equals("gnm");
    }

    static void print(PrintWriter out, String method, NormalFormGame g, SolveOptions options, int starts, long seed,
            boolean json, int decimals, String file) {
        List<NumericEquilibrium> eq;
        EnumPolySolver.Report report = null;
        switch (method) {
            case "enumpoly" -> {
                report = new EnumPolySolver().run(g, options);
                eq = report.equilibria();
            }
            case "simpdiv" -> eq = new SimpDivSolver(starts, seed).run(g, options);
            default -> eq = new GnmSolver(starts, seed).run(g, options);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (file != null) {
                m.put("file", file);
            }
            List<Object> list = new ArrayList<>();
            for (NumericEquilibrium e : eq) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("profile", e.exact().isPresent() ? Output.json(e.exact().get(), decimals) : doubles(e.profile(), decimals));
                one.put("exact", e.exact().isPresent());
                one.put("max_regret", e.maxRegret());
                if (!e.note().isEmpty()) {
                    one.put("note", e.note());
                }
                list.add(one);
            }
            m.put("equilibria", list);
            if (report != null) {
                m.put("continuum_supports", report.continua().stream().map(NPlayerOutput::support).toList());
                m.put("over_budget_supports", report.overBudget().stream().map(NPlayerOutput::support).toList());
            }
            out.println(Output.toJson(m));
            return;
        }
        for (NumericEquilibrium e : eq) {
            if (e.exact().isPresent()) {
                out.println(Output.line("NE", e.exact().get(), decimals));
            } else {
                StringBuilder sb = new StringBuilder("NE");
                for (double[] row : e.profile()) {
                    for (double v : row) {
                        sb.append(',').append(DepthOutput.dec(v, decimals < 0 ? 12 : decimals));
                    }
                }
                out.println(sb);
            }
            if (e.exact().isEmpty() || !e.note().isEmpty()) {
                out.println(String.format(Locale.ROOT, "# max regret %.1e%s", e.maxRegret(),
                        e.note().equals("continuum") ? ", one point of a continuum of equilibria"
                                : e.exact().isEmpty() ? ", no exact rational form (irrational)" : ""));
            }
        }
        if (report != null) {
            for (int[][] s : report.continua()) {
                out.println("# continuum: the equilibria with support " + support(s) + " form a set of positive dimension");
            }
            for (int[][] s : report.overBudget()) {
                out.println("# over budget: support " + support(s) + " exceeded " + EnumPolySolver.BUDGET + " cells");
            }
        }
    }

    private static List<List<String>> doubles(double[][] x, int decimals) {
        List<List<String>> out = new ArrayList<>();
        for (double[] row : x) {
            List<String> l = new ArrayList<>();
            for (double v : row) {
                l.add(DepthOutput.dec(v, decimals < 0 ? 12 : decimals));
            }
            out.add(l);
        }
        return out;
    }

    /** Supports 1-based: {1 2}{1}{2 3}. */
    static String support(int[][] s) {
        StringBuilder sb = new StringBuilder();
        for (int[] p : s) {
            sb.append('{');
            for (int i = 0; i < p.length; i++) {
                sb.append(i > 0 ? " " : "").append(p[i] + 1);
            }
            sb.append('}');
        }
        return sb.toString();
    }
}
