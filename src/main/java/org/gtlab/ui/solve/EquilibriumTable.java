package org.gtlab.ui.solve;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.figure.Numbers;

/**
 * The equilibrium list as text for other programs: tab-separated (for the clipboard and
 * spreadsheets), CSV (RFC 4180 quoting) and a LaTeX {@code tabular} (booktabs rules, strategy
 * names escaped, exact fractions as {@code \tfrac}). Every format has one row per equilibrium
 * with its number, the profile in words ({@link EquilibriumRow#namedText}), each player's full
 * probability vector, each player's payoff, the kind and the maximal Nash subset. Pure functions.
 */
public final class EquilibriumTable {

    private EquilibriumTable() {
    }

    /** Header cells: #, profile, one vector and one payoff column per player, kind, subset. */
    public static List<String> header(NormalFormGame g) {
        List<String> h = new ArrayList<>(List.of("#", "profile"));
        for (int q = 0; q < g.numPlayers(); q++) {
            h.add(g.playerName(q) + " strategy " + g.strategyLabels(q));
        }
        for (int q = 0; q < g.numPlayers(); q++) {
            h.add(g.playerName(q) + " payoff");
        }
        h.add("kind");
        h.add("Nash subset");
        return h;
    }

    /** One row's cells, numbers exact or decimal. */
    public static List<String> cells(EquilibriumRow r, NormalFormGame g, boolean decimals) {
        List<String> c = new ArrayList<>(List.of(Integer.toString(r.number()), r.namedText(g, decimals)));
        for (int q = 0; q < r.profile().numPlayers(); q++) {
            c.add(r.strategyText(q, decimals));
        }
        for (int q = 0; q < r.payoffs().size(); q++) {
            c.add(Numbers.value(r.payoffs().get(q), decimals));
        }
        c.add(r.kind());
        c.add(r.group() == 0 ? "" : Integer.toString(r.group()));
        return c;
    }

    /** Tab-separated, with a header line. */
    public static String tsv(List<EquilibriumRow> rows, NormalFormGame g, boolean decimals) {
        StringBuilder b = new StringBuilder(String.join("\t", header(g))).append('\n');
        for (EquilibriumRow r : rows) {
            b.append(String.join("\t", cells(r, g, decimals))).append('\n');
        }
        return b.toString();
    }

    /** CSV (RFC 4180: fields with commas, quotes or line breaks are quoted), with a header line. */
    public static String csv(List<EquilibriumRow> rows, NormalFormGame g, boolean decimals) {
        StringBuilder b = new StringBuilder(csvLine(header(g)));
        for (EquilibriumRow r : rows) {
            b.append(csvLine(cells(r, g, decimals)));
        }
        return b.toString();
    }

    private static String csvLine(List<String> cells) {
        List<String> q = new ArrayList<>();
        for (String c : cells) {
            q.add(c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", q) + "\r\n";
    }

    /**
     * A LaTeX table (needs the booktabs package; strategy names in mbox): number, each player's strategy as
     * "p·name" terms, payoffs and kind, with the game's title as caption.
     */
    public static String latex(List<EquilibriumRow> rows, NormalFormGame g, boolean decimals) {
        StringBuilder b = new StringBuilder();
        int n = g.numPlayers();
        b.append("\\begin{table}[ht]\n\\centering\n\\begin{tabular}{r");
        b.append("l".repeat(n)).append("r".repeat(n)).append("l}\n\\toprule\n\\#");
        for (int q = 0; q < n; q++) {
            b.append(" & ").append(tex(g.playerName(q)));
        }
        for (int q = 0; q < n; q++) {
            b.append(" & $u_{").append(q + 1).append("}$");
        }
        b.append(" & kind \\\\\n\\midrule\n");
        for (EquilibriumRow r : rows) {
            b.append(r.number());
            for (int q = 0; q < n; q++) {
                b.append(" & ").append(strategyTex(r.profile().get(q), g.strategyLabels(q), decimals));
            }
            for (int q = 0; q < n; q++) {
                b.append(" & $").append(number(Numbers.value(r.payoffs().get(q), decimals))).append('$');
            }
            b.append(" & ").append(r.kind()).append(" \\\\\n");
        }
        b.append("\\bottomrule\n\\end{tabular}\n");
        String title = g.title().isBlank() ? "the game" : tex(g.title());
        b.append("\\caption{Nash equilibria of ").append(title).append(" (").append(rows.size())
                .append(")}\n\\end{table}\n");
        return b.toString();
    }

    private static String strategyTex(MixedStrategy s, List<String> labels, boolean decimals) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.probability(i).isZero()) {
                continue;
            }
            String name = "\\mbox{" + tex(labels.get(i)) + "}";
            terms.add(s.probability(i).equals(org.gtlab.math.Rational.ONE) ? name
                    : number(Numbers.value(s.probability(i), decimals)) + "\\," + name);
        }
        return "$" + String.join(" + ", terms) + "$";
    }

    /** "3/5" as \tfrac{3}{5}, "-1/2" as -\tfrac{1}{2}; decimals unchanged. */
    static String number(String v) {
        int slash = v.indexOf('/');
        if (slash < 0) {
            return v.replace("−", "-");
        }
        String num = v.substring(0, slash).replace("−", "-");
        String sign = num.startsWith("-") ? "-" : "";
        return sign + "\\tfrac{" + num.substring(sign.length()) + "}{" + v.substring(slash + 1) + "}";
    }

    /** Escapes LaTeX's special characters. */
    static String tex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
