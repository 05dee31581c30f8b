package org.gtlab.chart.tex;

import org.gtlab.chart.model.Palette;

import java.awt.Color;
import java.util.Map;

/** LaTeX text helpers: escaping for pdflatex (T1/utf8) and colour definitions. */
public final class Latex {

    private static final Map<Character, String> UNICODE = Map.ofEntries(
            Map.entry('×', "$\\times$"), Map.entry('–', "--"), Map.entry('—', "---"), Map.entry('−', "$-$"),
            Map.entry('≥', "$\\geq$"), Map.entry('≤', "$\\leq$"), Map.entry('·', "$\\cdot$"),
            Map.entry('…', "\\dots{}"), Map.entry('η', "$\\eta$"), Map.entry('α', "$\\alpha$"),
            Map.entry('β', "$\\beta$"), Map.entry('μ', "$\\mu$"), Map.entry('λ', "$\\lambda$"),
            Map.entry('π', "$\\pi$"), Map.entry('⁰', "$^0$"),
            Map.entry('σ', "$\\sigma$"), Map.entry('δ', "$\\delta$"),
            Map.entry('ε', "$\\varepsilon$"), Map.entry('Σ', "$\\Sigma$"), Map.entry('’', "'"),
            Map.entry('‘', "`"), Map.entry('“', "``"), Map.entry('”', "''"), Map.entry('→', "$\\to$"),
            Map.entry('₀', "$_0$"), Map.entry('₁', "$_1$"), Map.entry('₂', "$_2$"), Map.entry('₃', "$_3$"),
            Map.entry('₄', "$_4$"), Map.entry('₅', "$_5$"), Map.entry('₆', "$_6$"), Map.entry('₇', "$_7$"),
            Map.entry('₈', "$_8$"), Map.entry('₉', "$_9$"), Map.entry('⁻', "$^-$"), Map.entry('¹', "$^1$"),
            Map.entry('²', "$^2$"), Map.entry('³', "$^3$"), Map.entry('⁴', "$^4$"), Map.entry('°', "$^\\circ$"),
            Map.entry('\u00a0', "~"));

    private Latex() {
    }

    /** Escapes {@code s} so that pdflatex prints it literally. Unknown non-Latin-1 characters become '?'. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '%', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                case '<' -> b.append("\\textless{}");
                case '>' -> b.append("\\textgreater{}");
                case '|' -> b.append("\\textbar{}");
                default -> {
                    String u = UNICODE.get(c);
                    if (u != null) {
                        b.append(u);
                    } else if (c < 0x80 || (c >= 0xC0 && c <= 0xFF)) {
                        b.append(c);
                    } else {
                        b.append('?');
                    }
                }
            }
        }
        return b.toString();
    }

    /** {@code \definecolor{name}{HTML}{RRGGBB}}. */
    public static String define(String name, Color c) {
        return "\\definecolor{" + name + "}{HTML}{" + Palette.hex(c).substring(1) + "}";
    }

    /** A number with at most 3 decimals, no exponent. */
    public static String num(double v) {
        if (Math.abs(v) < 5e-4) {
            return "0";
        }
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
