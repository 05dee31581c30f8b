package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.solve.ce.CorrelatedEquilibria;
import org.gtlab.solve.logit.LogitBranch;
import org.gtlab.solve.logit.LogitFit;
import org.gtlab.solve.logit.LogitSolver;

/**
 * Printing for {@code gtlab solve logit} (the QRE branch like {@code gambit-logit}: one line
 * {@code λ,p…} per point, then the limit as an {@code NE,…} line with its max regret) and
 * {@code gtlab solve ce} (welfare-maximising and maximum-entropy correlated equilibria).
 */
final class DepthOutput {

    private DepthOutput() {
    }

    static String dec(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + (decimals < 0 ? 10 : decimals) + "f", v);
    }

    private static String line(String head, double[][] x, int decimals) {
        StringBuilder sb = new StringBuilder(head);
        for (double[] row : x) {
            for (double v : row) {
                sb.append(',').append(dec(v, decimals));
            }
        }
        return sb.toString();
    }

    private static List<List<String>> json(double[][] x, int decimals) {
        List<List<String>> out = new ArrayList<>();
        for (double[] row : x) {
            List<String> l = new ArrayList<>();
            for (double v : row) {
                l.add(dec(v, decimals));
            }
            out.add(l);
        }
        return out;
    }

    /** Parses {@code --fit} counts: players separated by ';', counts by ',' or spaces. */
    static double[][] counts(String text, NormalFormGame g) {
        String[] players = text.split(";");
        if (players.length != g.numPlayers()) {
            throw new IllegalArgumentException("--fit needs counts for " + g.numPlayers() + " players separated by ';', got "
                    + players.length + " in \"" + text + "\"");
        }
        double[][] c = new double[players.length][];
        for (int p = 0; p < players.length; p++) {
            String[] f = players[p].trim().split("[,\\s]+");
            c[p] = new double[f.length];
            for (int j = 0; j < f.length; j++) {
                try {
                    c[p][j] = Double.parseDouble(f[j]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--fit: \"" + f[j] + "\" (player " + (p + 1) + ") is not a number");
                }
            }
        }
        return c;
    }

    static void logit(PrintWriter out, NormalFormGame g, List<Double> lambdas, boolean endOnly, String fit,
            boolean jsonFormat, int decimals, String file) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (file != null) {
            m.put("file", file);
        }
        if (fit != null) {
            LogitFit.Fit f = LogitFit.fit(g, counts(fit, g), 1e4);
            if (jsonFormat) {
                m.put("lambda", f.lambda());
                m.put("profile", json(f.profile(), decimals));
                m.put("log_likelihood", f.logLikelihood());
                out.println(Output.toJson(m));
            } else {
                out.println(line(dec(f.lambda(), decimals), f.profile(), decimals));
                out.println("loglik," + dec(f.logLikelihood(), decimals));
            }
            return;
        }
        if (lambdas != null && !lambdas.isEmpty()) {
            double[] l = lambdas.stream().mapToDouble(Double::doubleValue).toArray();
            LogitBranch.Branch b = LogitBranch.atLambdas(g, l, LogitBranch.Options.DEFAULT);
            points(out, m, b.points(), jsonFormat, decimals);
            if (!b.complete()) {
                throw new IllegalArgumentException("the logit branch could not be followed to lambda " + l[l.length - 1]
                        + " (a bifurcation); points found before it were printed");
            }
            if (jsonFormat) {
                out.println(Output.toJson(m));
            }
            return;
        }
        LogitSolver.Limit lim = LogitSolver.limit(g, LogitBranch.Options.DEFAULT);
        if (!endOnly) {
            points(out, m, lim.branch().points(), jsonFormat, decimals);
        }
        StrategyProfile exact = lim.exact().orElse(null);
        if (jsonFormat) {
            m.put("equilibria", List.of(exact != null ? Output.json(exact, decimals) : json(lim.profile(), decimals)));
            m.put("exact", exact != null);
            m.put("max_regret", lim.maxRegret());
            out.println(Output.toJson(m));
            return;
        }
        out.println(exact != null ? Output.line("NE", exact, decimals) : line("NE", lim.profile(), decimals < 0 ? 12 : decimals));
        out.println("regret," + (exact != null ? "0" : String.format(Locale.ROOT, "%.3e", lim.maxRegret()))
                + (exact != null ? "" : ",approximate (no exact equilibrium on the limit's support)"));
        if (!lim.branch().complete()) {
            out.println("# the branch could not be followed beyond lambda " + dec(lim.branch().last().lambda(), 6));
        }
    }

    private static void points(PrintWriter out, Map<String, Object> m, List<LogitBranch.Point> pts, boolean jsonFormat,
            int decimals) {
        if (jsonFormat) {
            List<Object> l = new ArrayList<>();
            for (LogitBranch.Point p : pts) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("lambda", p.lambda());
                e.put("profile", json(p.profile(), decimals));
                l.add(e);
            }
            m.put("branch", l);
            return;
        }
        for (LogitBranch.Point p : pts) {
            out.println(line(dec(p.lambda(), decimals), p.profile(), decimals));
        }
    }

    static void ce(PrintWriter out, NormalFormGame g, boolean jsonFormat, int decimals, String file) {
        CorrelatedEquilibria.Exact w = CorrelatedEquilibria.maxWelfare(g);
        CorrelatedEquilibria.Approximate e = CorrelatedEquilibria.maxEntropy(g, 1e-10, 200_000);
        if (jsonFormat) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (file != null) {
                m.put("file", file);
            }
            Map<String, Object> mw = new LinkedHashMap<>();
            mw.put("distribution", numbers(w.distribution(), decimals));
            mw.put("payoffs", numbers(w.payoffs(), decimals));
            mw.put("welfare", Output.number(w.welfare(), decimals));
            m.put("max_welfare", mw);
            Map<String, Object> me = new LinkedHashMap<>();
            List<String> d = new ArrayList<>();
            for (double v : e.distribution()) {
                d.add(dec(v, decimals));
            }
            me.put("distribution", d);
            List<String> pay = new ArrayList<>();
            for (double v : e.payoffs()) {
                pay.add(dec(v, decimals));
            }
            me.put("payoffs", pay);
            me.put("entropy", e.entropy());
            me.put("max_violation", e.maxViolation());
            m.put("max_entropy", me);
            out.println(Output.toJson(m));
            return;
        }
        out.println("# distributions over profiles in .nfg order (player 1's strategy changes fastest)");
        out.println("CE-welfare," + String.join(",", numbers(w.distribution(), decimals)));
        out.println("payoffs," + String.join(",", numbers(w.payoffs(), decimals)) + ",welfare,"
                + Output.number(w.welfare(), decimals));
        StringBuilder sb = new StringBuilder("CE-entropy");
        for (double v : e.distribution()) {
            sb.append(',').append(dec(v, decimals));
        }
        out.println(sb);
        StringBuilder ps = new StringBuilder("payoffs");
        for (double v : e.payoffs()) {
            ps.append(',').append(dec(v, decimals));
        }
        out.println(ps + ",entropy," + dec(e.entropy(), decimals) + ",violation,"
                + String.format(Locale.ROOT, "%.1e", e.maxViolation()));
    }

    private static List<String> numbers(Rational[] r, int decimals) {
        List<String> l = new ArrayList<>();
        for (Rational x : r) {
            l.add(Output.number(x, decimals));
        }
        return l;
    }
}
