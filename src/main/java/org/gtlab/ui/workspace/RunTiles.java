package org.gtlab.ui.workspace;

import java.util.List;
import java.util.Locale;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.gtlab.chart.model.ChartStyle;

/**
 * The TilesFX dashboard of one run: iteration, exploitability (NashConv / N of the reported
 * profile), rate (steps per second) and ETA. Text tiles, coloured from the chart style
 * (theme) with the value in the run's colour; {@link #update} is called by the animation timer.
 * The tiles keep their size and wrap onto a second line when their row is narrow, so that their
 * numbers are never cut.
 */
public final class RunTiles extends FlowPane {

    static final double WIDTH = 96;
    static final double HEIGHT = 52;
    static final double GAP = 6;
    /** Width of the four tiles on one line. */
    static final double ROW_WIDTH = 4 * WIDTH + 3 * GAP;

    private final Tile iteration = tile();
    private final Tile exploitability = tile();
    private final Tile rate = tile();
    private final Tile eta = tile();
    private final List<Label> titles = new java.util.ArrayList<>();

    public RunTiles() {
        super(GAP, GAP);
        // one line of four when there is room, else they wrap (two by two) instead of being cut
        setPrefWrapLength(ROW_WIDTH);
        setMinWidth(WIDTH);
        // TilesFX scales its title with the tile (too small at this size): our own caption on top
        String[] names = {"Iteration", "Exploitability", "Rate", "ETA"};
        Tile[] tiles = {iteration, exploitability, rate, eta};
        for (int i = 0; i < tiles.length; i++) {
            Label l = new Label(names[i]);
            l.getStyleClass().add("tile-title");
            l.setMouseTransparent(true);
            titles.add(l);
            StackPane p = new StackPane(tiles[i], l);
            StackPane.setAlignment(l, Pos.TOP_LEFT);
            StackPane.setMargin(l, new javafx.geometry.Insets(3, 0, 0, 7));
            getChildren().add(p);
        }
        getStyleClass().add("run-tiles");
        setAlignment(Pos.CENTER_LEFT);
        iteration.setTooltip(new javafx.scene.control.Tooltip("Steps done so far (iterations of a learner, output "
                + "points of a dynamic)"));
        exploitability.setTooltip(new javafx.scene.control.Tooltip("Exploitability = NashConv / N: the mean over the N "
                + "players of what a best response\nwould gain against the reported profile (the average strategies of a "
                + "learner);\n0 exactly at a Nash equilibrium"));
        rate.setTooltip(new javafx.scene.control.Tooltip("Steps per second of running time (pauses excluded)"));
        eta.setTooltip(new javafx.scene.control.Tooltip("Estimated time to the last step at the current rate"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Tile tile() {
        Tile t = ((TileBuilder) TileBuilder.create()).skinType(Tile.SkinType.TEXT).title("").description("—")
                .descriptionAlignment(Pos.CENTER).textVisible(false).prefSize(WIDTH, HEIGHT).minSize(WIDTH, HEIGHT)
                .maxSize(WIDTH, HEIGHT).roundedCorners(true).animated(false).titleAlignment(TextAlignment.LEFT).textSize(Tile.TextSize.BIGGER)
                .build();
        return t;
    }

    /** Colours from the theme's chart style; the values in the run's colour. */
    public void style(ChartStyle s, int colour) {
        Color bg = fx(s.headerFill());
        Color fg = fx(s.foreground());
        Color muted = fx(s.muted());
        Color val = fx(s.player(colour));
        for (Tile t : List.of(iteration, exploitability, rate, eta)) {
            t.setBackgroundColor(bg);
            t.setForegroundBaseColor(fg);
            t.setTitleColor(muted);
            t.setDescriptionColor(val);
            t.setTextColor(fg);
        }
        for (Label l : titles) {
            l.setTextFill(muted);
        }
    }

    public void update(RunRow r) {
        iteration.setDescription(String.format(Locale.ROOT, "%,d", r.stepProperty().get()));
        exploitability.setDescription(RunRow.sci(r.exploitabilityProperty().get()));
        double v = r.rateProperty().get();
        rate.setDescription(v <= 0 ? "—" : rate(v));
        eta.setDescription(r.etaProperty().get());
    }

    /** "41k/s", "1.2M/s", "850/s". */
    static String rate(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM/s", v / 1e6);
        }
        if (v >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk/s", v / 1e3);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk/s", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f/s", v);
    }

    public static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
