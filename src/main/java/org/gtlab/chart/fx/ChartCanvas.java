package org.gtlab.chart.fx;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.awt.geom.Dimension2D;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.render.ChartRenderer;
import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.jfree.fx.FXGraphics2D;

/**
 * The on-screen end of the one drawing path: a resizable region whose canvas is painted by
 * {@link ChartRenderer} through FXGraphics2D. This package is the only part of {@code chart} that
 * imports JavaFX. Must be used on the JavaFX application thread.
 */
public final class ChartCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>(this, "chart");
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.paper());

    public ChartCanvas() {
        getChildren().add(canvas);
        g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        chart.addListener((o, a, b) -> redraw());
        style.addListener((o, a, b) -> redraw());
        getStyleClass().add("chart-canvas");
        setMinSize(120, 90);
        setPrefSize(ChartRenderer.DEFAULT_WIDTH * 1.3, ChartRenderer.DEFAULT_HEIGHT * 1.3);
    }

    public ObjectProperty<Chart> chartProperty() {
        return chart;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return style;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Paints the current chart (or clears the canvas when there is none). */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        Chart c = chart.get();
        if (c == null || w < 2 || h < 2) {
            return;
        }
        if (c instanceof PayoffTable) {
            // tables have a natural size: scale them to fit (never above 1.5×), centred
            Dimension2D n = ChartRenderer.naturalSize(g2, c, style.get(), w, h);
            double k = Math.min(1.5, Math.min(w / n.getWidth(), h / n.getHeight()));
            GraphicsContext gc = canvas.getGraphicsContext2D();
            java.awt.Color bg = style.get().background();
            gc.setFill(javafx.scene.paint.Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue()));
            gc.fillRect(0, 0, w, h);
            gc.save();
            gc.translate((w - n.getWidth() * k) / 2, (h - n.getHeight() * k) / 2);
            gc.scale(k, k);
            ChartRenderer.draw(g2, c, style.get(), n.getWidth(), n.getHeight());
            gc.restore();
            return;
        }
        ChartRenderer.draw(g2, c, style.get(), w, h);
    }
}
