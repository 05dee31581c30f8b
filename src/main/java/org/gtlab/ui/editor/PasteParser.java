package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.math.Rational;

/**
 * Reads a block copied from a spreadsheet or typed by hand. Accepted layouts:
 * <ul>
 *   <li><b>one matrix per player</b>: blocks of rows separated by a blank line (the first block
 *       is player 1's payoffs, the second player 2's, …);</li>
 *   <li><b>tuple cells</b>: one block whose cells hold "a, b" (or "a b", "a; b");</li>
 *   <li><b>one plain matrix</b>: numbers for a single player (the one under the cursor).</li>
 * </ul>
 * Cells are separated by tabs (spreadsheets), else by semicolons, else by commas (CSV, with
 * double quotes around cells that contain a comma). A first row and/or first column of
 * non-numbers is taken as strategy labels. Unparsable payoffs are kept as text and reported,
 * never replaced by a number.
 */
public final class PasteParser {

    /**
     * A parsed block.
     *
     * @param rows        number of rows
     * @param columns     number of columns
     * @param players     payoffs per cell: the number of players given (1 for a plain matrix)
     * @param texts       {@code texts[p][i][j]}: the text of player p's payoff
     * @param values      {@code values[p][i][j]}: the number, or {@code null} if the text is not one
     * @param rowLabels   labels from a first column of text, or empty
     * @param columnLabels labels from a first row of text, or empty
     */
    public record Block(int rows, int columns, int players, String[][][] texts, Rational[][][] values,
            List<String> rowLabels, List<String> columnLabels) {

        /** Number of payoffs that are not numbers. */
        public int invalidCount() {
            int n = 0;
            for (Rational[][] m : values) {
                for (Rational[] r : m) {
                    for (Rational v : r) {
                        if (v == null) {
                            n++;
                        }
                    }
                }
            }
            return n;
        }
    }

    private PasteParser() {
    }

    /**
     * Parses {@code text}.
     *
     * @param expectedPlayers the game's number of players (to tell "a b" cells from a matrix)
     * @throws IllegalArgumentException if the text is empty or the blocks are ragged
     */
    public static Block parse(String text, int expectedPlayers) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the clipboard holds no text to paste");
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        char sep = detectSeparator(lines);
        List<List<List<String>>> blocks = new ArrayList<>();
        List<List<String>> cur = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) {
                    blocks.add(cur);
                    cur = new ArrayList<>();
                }
                continue;
            }
            cur.add(split(line, sep));
        }
        if (!cur.isEmpty()) {
            blocks.add(cur);
        }
        // strip label rows/columns and trailing empty cells
        List<String> rowLabels = List.of();
        List<String> colLabels = List.of();
        List<List<List<String>>> stripped = new ArrayList<>();
        for (List<List<String>> b : blocks) {
            List<List<String>> rows = new ArrayList<>();
            for (List<String> r : b) {
                List<String> rr = new ArrayList<>(r);
                while (!rr.isEmpty() && rr.get(rr.size() - 1).isBlank()) {
                    rr.remove(rr.size() - 1);
                }
                rows.add(rr);
            }
            boolean headerRow = rows.size() > 1 && isLabelRow(rows.get(0));
            if (headerRow) {
                List<String> h = rows.remove(0);
                boolean headerCol0 = h.size() > 0 && (h.get(0).isBlank() || !isNumberish(h.get(0)));
                if (colLabels.isEmpty()) {
                    colLabels = new ArrayList<>(h);
                    if (headerCol0 && allRowsStartWithLabel(rows)) {
                        ((List<String>) colLabels).remove(0);
                    }
                }
            }
            if (allRowsStartWithLabel(rows) && rows.stream().allMatch(r -> r.size() > 1)) {
                List<String> labels = new ArrayList<>();
                for (List<String> r : rows) {
                    labels.add(r.remove(0).strip());
                }
                if (rowLabels.isEmpty()) {
                    rowLabels = labels;
                }
            }
            stripped.add(rows);
        }
        int m = stripped.get(0).size();
        int n = stripped.get(0).stream().mapToInt(List::size).max().orElse(0);
        if (n == 0) {
            throw new IllegalArgumentException("no payoffs found in the pasted text");
        }
        for (int bi = 0; bi < stripped.size(); bi++) {
            List<List<String>> b = stripped.get(bi);
            if (b.size() != m || b.stream().mapToInt(List::size).max().orElse(0) != n) {
                throw new IllegalArgumentException("block " + (bi + 1) + " has " + b.size() + " rows × "
                        + b.stream().mapToInt(List::size).max().orElse(0) + " columns, but block 1 has " + m + " × " + n
                        + "; each player's matrix must have the same size");
            }
        }
        if (!colLabels.isEmpty() && colLabels.size() != n) {
            colLabels = List.of();
        }
        int players;
        String[][][] texts;
        if (stripped.size() > 1) {
            players = stripped.size();
            texts = new String[players][m][n];
            for (int p = 0; p < players; p++) {
                for (int i = 0; i < m; i++) {
                    List<String> r = stripped.get(p).get(i);
                    for (int j = 0; j < n; j++) {
                        texts[p][i][j] = j < r.size() ? r.get(j).strip() : "";
                    }
                }
            }
        } else {
            List<List<String>> b = stripped.get(0);
            int k = tupleSize(b, expectedPlayers);
            players = k;
            texts = new String[k][m][n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    String cell = j < b.get(i).size() ? b.get(i).get(j).strip() : "";
                    List<String> parts = k == 1 ? List.of(cell) : splitTuple(cell);
                    for (int p = 0; p < k; p++) {
                        texts[p][i][j] = parts.size() == k ? parts.get(p) : (p == 0 ? cell : "");
                    }
                }
            }
        }
        Rational[][][] values = new Rational[players][m][n];
        for (int p = 0; p < players; p++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    values[p][i][j] = tryParse(texts[p][i][j]);
                }
            }
        }
        return new Block(m, n, players, texts, values, rowLabels.size() == m ? List.copyOf(rowLabels) : List.of(),
                List.copyOf(colLabels));
    }

    /** The number, or {@code null}; an empty cell counts as 0 (spreadsheets leave zeros blank). */
    public static Rational tryParse(String s) {
        if (s == null || s.isBlank()) {
            return Rational.ZERO;
        }
        try {
            return Rational.parse(s.strip().replace('−', '-'));
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Splits "a, b", "a; b", "a b" or "(a, b)" into its parts. */
    public static List<String> splitTuple(String cell) {
        String c = cell.strip();
        if (c.startsWith("(") && c.endsWith(")")) {
            c = c.substring(1, c.length() - 1);
        }
        List<String> parts = new ArrayList<>();
        for (String s : c.split("[,;\\s]+")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        return parts;
    }

    private static int tupleSize(List<List<String>> b, int expectedPlayers) {
        int k = -1;
        for (List<String> r : b) {
            for (String cell : r) {
                if (cell.isBlank()) {
                    continue;
                }
                int s = splitTuple(cell).size();
                if (k == -1) {
                    k = s;
                } else if (k != s) {
                    return 1;
                }
            }
        }
        if (k == expectedPlayers || (k >= 2 && k <= GameEdits.MAX_PLAYERS)) {
            return Math.max(1, k);
        }
        return 1;
    }

    private static char detectSeparator(String[] lines) {
        boolean comma = false;
        boolean semi = false;
        for (String l : lines) {
            if (l.indexOf('\t') >= 0) {
                return '\t';
            }
            semi |= l.indexOf(';') >= 0;
            comma |= l.indexOf(',') >= 0;
        }
        if (semi) {
            return ';';
        }
        if (comma) {
            // "3, 1  0, 0" typed by hand: commas inside cells, cells separated by 2+ spaces
            for (String l : lines) {
                if (l.contains("  ") || l.contains("\"")) {
                    return l.contains("\"") ? ',' : ' ';
                }
            }
            return ',';
        }
        return ' ';
    }

    private static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        if (sep == ' ') {
            // cells separated by runs of 2+ spaces if the line has them (tuple cells "3, 1"), else by any blank
            String[] parts = line.strip().split(line.contains(",") ? "\\s{2,}" : "\\s+");
            for (String p : parts) {
                cells.add(p);
            }
            return cells;
        }
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == sep && !quoted) {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    private static boolean isNumberish(String s) {
        if (s.isBlank()) {
            return true;
        }
        for (String part : splitTuple(s)) {
            if (tryParse(part) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelRow(List<String> row) {
        int labels = 0;
        for (int j = 0; j < row.size(); j++) {
            String c = row.get(j);
            if (!c.isBlank() && !isNumberish(c)) {
                labels++;
            }
        }
        boolean firstOk = row.get(0).isBlank() || !isNumberish(row.get(0));
        return firstOk && labels > 0 && labels >= row.size() - 1
                && row.stream().skip(1).noneMatch(c -> !c.isBlank() && isNumberish(c));
    }

    private static boolean allRowsStartWithLabel(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        for (List<String> r : rows) {
            if (r.isEmpty() || isNumberish(r.get(0))) {
                return false;
            }
        }
        return true;
    }
}
