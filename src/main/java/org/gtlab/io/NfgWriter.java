package org.gtlab.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.gtlab.game.NormalFormGame;

/**
 * Writes strategic games in Gambit's {@code .nfg} format, laid out like Gambit's own writer
 * (specs/peers.md §1.3):
 * <ul>
 *   <li>{@link Form#OUTCOME} (the default, what Gambit writes for table games): label lists, the
 *       comment, then one outcome per profile {@code { "" u1, u2, … }} and the outcome indices
 *       {@code 1 2 3 …} in profile order;</li>
 *   <li>{@link Form#PAYOFF} (what Gambit writes for games converted to a table): label lists, the
 *       comment, then one profile per line with one payoff per player.</li>
 * </ul>
 * Profiles are listed with player 1's strategy changing fastest. Payoffs are written exactly
 * ({@code 1/3}, {@code -2}); strings are quoted with {@code \"} for an embedded quote, so
 * {@link NfgReader} reads back the same game ({@link NormalFormGame#equals}: title, comment, names,
 * labels and payoffs).
 */
public final class NfgWriter {

    /** Which of the two .nfg versions to write. */
    public enum Form {
        /** Outcome version: an outcome list, then one outcome index per profile. */
        OUTCOME,
        /** Payoff version: a flat payoff list, one profile per line. */
        PAYOFF
    }

    private NfgWriter() {
    }

    /** The game in the outcome version (Gambit's form for table games). */
    public static String toString(NormalFormGame g) {
        return toString(g, Form.OUTCOME);
    }

    /** The game in the given version. */
    public static String toString(NormalFormGame g, Form form) {
        StringWriter w = new StringWriter();
        try {
            write(g, form, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the game in the given version to {@code out} (not closed, not flushed). */
    public static void write(NormalFormGame g, Form form, Writer out) throws IOException {
        int n = g.numPlayers();
        out.write("NFG 1 R ");
        out.write(NfgLexer.quote(g.title()));
        out.write(" {");
        for (String name : g.playerNames()) {
            out.write(' ');
            out.write(NfgLexer.quote(name));
        }
        out.write(" }\n\n{ ");
        for (int p = 0; p < n; p++) {
            out.write("{");
            for (String label : g.strategyLabels(p)) {
                out.write(' ');
                out.write(NfgLexer.quote(label));
            }
            out.write(" }\n");
        }
        out.write("}\n");
        out.write(NfgLexer.quote(g.comment()));
        out.write("\n\n");
        int profiles = g.numProfiles();
        StringBuilder line = new StringBuilder();
        if (form == Form.PAYOFF) {
            for (int k = 0; k < profiles; k++) {
                line.setLength(0);
                for (int p = 0; p < n; p++) {
                    if (p > 0) {
                        line.append(' ');
                    }
                    line.append(g.payoffAt(p, k));
                }
                out.write(line.append('\n').toString());
            }
            return;
        }
        out.write("{\n");
        for (int k = 0; k < profiles; k++) {
            line.setLength(0);
            line.append("{ \"\" ");
            for (int p = 0; p < n; p++) {
                if (p > 0) {
                    line.append(", ");
                }
                line.append(g.payoffAt(p, k));
            }
            out.write(line.append(" }\n").toString());
        }
        out.write("}\n");
        // one line per value of the other players' strategies (a column of the table for two players)
        int perLine = g.numStrategies(0);
        for (int k = 0; k < profiles; k++) {
            out.write(Integer.toString(k + 1));
            out.write((k + 1) % perLine == 0 || k + 1 == profiles ? "\n" : " ");
        }
    }
}
