package org.gtlab.cli;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.NormalFormGame;

/** Plain-text payoff table: rows = player 1, columns = player 2, further players as slices. */
final class Table {

    private Table() {
    }

    static String render(NormalFormGame g) {
        StringBuilder sb = new StringBuilder();
        int n = g.numPlayers();
        if (n == 1) {
            for (int i = 0; i < g.numStrategies(0); i++) {
                sb.append(g.strategyLabels(0).get(i)).append(": ").append(g.payoff(0, i)).append('\n');
            }
            return sb.toString();
        }
        int slices = g.numProfiles() / (g.numStrategies(0) * g.numStrategies(1));
        for (int s = 0; s < slices; s++) {
            int[] rest = new int[n];
            int r = s;
            StringBuilder title = new StringBuilder();
            for (int p = 2; p < n; p++) {
                rest[p] = r % g.numStrategies(p);
                r /= g.numStrategies(p);
                title.append(title.length() == 0 ? "" : ", ").append(g.playerName(p)).append(" plays ")
                        .append(g.strategyLabels(p).get(rest[p]));
            }
            if (n > 2) {
                sb.append(title).append(":\n");
            }
            List<String[]> rows = new ArrayList<>();
            String[] header = new String[g.numStrategies(1) + 1];
            header[0] = "";
            for (int j = 0; j < g.numStrategies(1); j++) {
                header[j + 1] = g.strategyLabels(1).get(j);
            }
            rows.add(header);
            for (int i = 0; i < g.numStrategies(0); i++) {
                String[] row = new String[header.length];
                row[0] = g.strategyLabels(0).get(i);
                for (int j = 0; j < g.numStrategies(1); j++) {
                    rest[0] = i;
                    rest[1] = j;
                    StringBuilder cell = new StringBuilder();
                    for (int p = 0; p < n; p++) {
                        cell.append(p == 0 ? "" : ", ").append(g.payoff(p, rest));
                    }
                    row[j + 1] = cell.toString();
                }
                rows.add(row);
            }
            int[] width = new int[header.length];
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            for (String[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    sb.append(String.format("%-" + (width[c] + 2) + "s", row[c]));
                }
                sb.setLength(sb.length() - 2);
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
