package org.gtlab.chart;

import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.TableSnapshot;
import org.gtlab.chart.model.XYChart;

import java.util.List;

/** Small chart models shared by the chart tests. */
public final class ChartFixtures {

    private ChartFixtures() {
    }

    /** Battle of the sexes with best-response marks, the first pure equilibrium's support highlighted. */
    public static TableSnapshot battleOfTheSexes() {
        TableSnapshot.Builder b = TableSnapshot.builder(2, 2, 2).title("Battle of the sexes")
                .caption("Marks: best replies. Shaded: support of equilibrium 1.").players("Alice", "Bob")
                .rowLabel(0, "Opera").rowLabel(1, "Football").columnLabel(0, "Opera").columnLabel(1, "Football");
        b.cell(0, 0, new PayoffTable.Cell(List.of("3", "2"), new boolean[] {true, true}, null, true));
        b.cell(0, 1, PayoffTable.Cell.of("0", "0"));
        b.cell(1, 0, PayoffTable.Cell.of("0", "0"));
        b.cell(1, 1, new PayoffTable.Cell(List.of("2", "3"), new boolean[] {true, true}, null, false));
        b.rowState(0, PayoffTable.LineState.HIGHLIGHTED).columnState(0, PayoffTable.LineState.HIGHLIGHTED);
        return b.build();
    }

    /** A best-response square with two step functions and three equilibria. */
    public static XYChart bestResponseSquare() {
        XYChart.Series br1 = new XYChart.Series("BR of Alice", new double[] {0, 0, 1, 1}, new double[] {0, 0.4, 0.4, 1},
                0, 2, XYChart.Dash.SOLID);
        XYChart.Series br2 = new XYChart.Series("BR of Bob", new double[] {0, 0.6, 0.6, 1}, new double[] {0, 0, 1, 1},
                1, 2, XYChart.Dash.DASHED);
        List<XYChart.Marker> eq = List.of(new XYChart.Marker(0, 0, "", -1, XYChart.Shape.DOT),
                new XYChart.Marker(0.6, 0.4, "(3/5, 2/5)", -1, XYChart.Shape.DIAMOND),
                new XYChart.Marker(1, 1, "", -1, XYChart.Shape.DOT));
        return new XYChart("Best responses", "Battle of the sexes – 3 equilibria",
                XYChart.Axis.linear("x₁ = P(Alice: Opera)", 0, 1), XYChart.Axis.linear("y₁ = P(Bob: Opera)", 0, 1),
                List.of(br1, br2), eq, true, true);
    }

    /** A log-scale series chart (run views). */
    public static XYChart logSeries() {
        double[] x = new double[50];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = i + 1;
            y[i] = 1.0 / (i + 1);
        }
        return new XYChart("Exploitability", "", XYChart.Axis.linear("iteration", 0, 50),
                XYChart.Axis.log("NashConv", 0.01, 1), List.of(XYChart.Series.line("1/t", x, y, 0)), List.of(), true,
                false);
    }
}
