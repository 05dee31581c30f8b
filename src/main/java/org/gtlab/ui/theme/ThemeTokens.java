package org.gtlab.ui.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import org.gtlab.chart.model.ChartStyle;

/**
 * Reads the current theme's {@code -gt-*} colour tokens from CSS, so that canvas drawings (the
 * payoff grid, charts) use exactly the colours of the stylesheet: one hidden label per token
 * whose text fill is the token ({@code .gt-token-*} in {@code app.css}).
 */
public final class ThemeTokens {

    private static final List<String> NAMES = List.of("bg", "fg", "muted", "grid", "header", "highlight", "greyed",
            "accent", "error", "player-1", "player-2", "player-3", "player-4", "player-5", "player-6", "player-7",
            "player-8");

    private final Group probes = new Group();
    private final Map<String, Label> labels = new LinkedHashMap<>();

    public ThemeTokens() {
        for (String n : NAMES) {
            Label l = new Label();
            l.getStyleClass().add("gt-token-" + n);
            labels.put(n, l);
            probes.getChildren().add(l);
        }
        probes.setManaged(false);
        probes.setVisible(false);
    }

    /** The hidden probe nodes; add them anywhere in the scene. */
    public Group node() {
        return probes;
    }

    /** The chart style of the current tokens (call after the theme was applied). */
    public ChartStyle read(double fontSize, double scale) {
        probes.applyCss();
        List<java.awt.Color> players = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            players.add(awt("player-" + p));
        }
        return new ChartStyle(awt("bg"), awt("fg"), awt("muted"), awt("grid"), awt("header"), awt("highlight"),
                awt("greyed"), awt("accent"), awt("error"), players, "SansSerif", fontSize, scale);
    }

    private java.awt.Color awt(String name) {
        Paint p = labels.get(name).getTextFill();
        Color c = p instanceof Color ? (Color) p : Color.MAGENTA;
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
