package org.gtlab.ui.lab;

import org.gtlab.figure.JointMatrix;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.layout.TableLayout;
import org.gtlab.chart.render.TableRenderer;
import org.jfree.fx.FXGraphics2D;

/**
 * A read-only, scrollable view of a team game's {@link JointMatrix}: the one table renderer draws
 * only the visible cells (a 1024 × 1024 table scrolls smoothly), headers stay in place, hovering a
 * cell names its two joint actions and the payoff.
 */
public final class JointMatrixView extends Region {

    private static final double MARGIN = 8;
    private static final double BAR = 12;

    private final ObjectProperty<JointMatrix> matrix = new SimpleObjectProperty<>(this, "matrix");
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final Tooltip tip = new Tooltip();
    private TableLayout layout;
    private int firstRow;
    private int firstCol;

    public JointMatrixView() {
        setId("jointMatrix");
        getStyleClass().add("joint-matrix");
        g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, vbar, hbar);
        matrix.addListener((o, a, b) -> {
            layout = null;
            firstRow = 0;
            firstCol = 0;
            vbar.setValue(0);
            hbar.setValue(0);
            requestLayout();
            redraw();
        });
        chartStyle.addListener((o, a, b) -> {
            layout = null;
            requestLayout();
            redraw();
        });
        vbar.valueProperty().addListener((o, a, b) -> {
            firstRow = (int) Math.round(b.doubleValue());
            redraw();
        });
        hbar.valueProperty().addListener((o, a, b) -> {
            firstCol = (int) Math.round(b.doubleValue());
            redraw();
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                vbar.setValue(clamp(vbar.getValue() - Math.signum(e.getDeltaY()) * 3, vbar.getMax()));
            }
            if (e.getDeltaX() != 0) {
                hbar.setValue(clamp(hbar.getValue() - Math.signum(e.getDeltaX()) * 2, hbar.getMax()));
            }
            e.consume();
        });
        tip.setShowDelay(Duration.millis(300));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        setMinSize(120, 80);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, Math.round(v)));
    }

    public ObjectProperty<JointMatrix> matrixProperty() {
        return matrix;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    private TableLayout tableLayout() {
        JointMatrix m = matrix.get();
        if (m == null) {
            return null;
        }
        if (layout == null) {
            layout = TableLayout.of(m, chartStyle.get(), g2);
        }
        return layout;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        TableLayout l = tableLayout();
        JointMatrix m = matrix.get();
        boolean needV = l != null && l.height(m.rows()) + 2 * MARGIN > h;
        boolean needH = l != null && l.width() + 2 * MARGIN > w;
        double cw = Math.max(1, w - (needV ? BAR : 0));
        double ch = Math.max(1, h - (needH ? BAR : 0));
        vbar.setVisible(needV);
        hbar.setVisible(needH);
        vbar.resizeRelocate(w - BAR, 0, BAR, ch);
        hbar.resizeRelocate(0, h - BAR, cw, BAR);
        canvas.setWidth(cw);
        canvas.setHeight(ch);
        updateRanges();
        redraw();
    }

    private void updateRanges() {
        TableLayout l = tableLayout();
        JointMatrix m = matrix.get();
        if (l == null) {
            return;
        }
        int vr = Math.max(1, (int) Math.floor((canvas.getHeight() - 2 * MARGIN - l.bodyTop()) / l.rowHeight));
        vbar.setMin(0);
        vbar.setMax(Math.max(0, m.rows() - vr));
        vbar.setVisibleAmount(vr);
        vbar.setUnitIncrement(1);
        vbar.setBlockIncrement(Math.max(1, vr - 1));
        double avail = canvas.getWidth() - 2 * MARGIN - l.rowHeaderWidth;
        int lastFirst = m.columns() - 1;
        double acc = 0;
        for (int j = m.columns() - 1; j >= 0; j--) {
            acc += l.columnWidths[j];
            if (acc > avail) {
                break;
            }
            lastFirst = j;
        }
        hbar.setMin(0);
        hbar.setMax(Math.max(0, lastFirst));
        hbar.setVisibleAmount(Math.max(1, m.columns() - lastFirst));
        hbar.setUnitIncrement(1);
        firstRow = Math.min(firstRow, (int) vbar.getMax());
        firstCol = Math.min(firstCol, (int) hbar.getMax());
    }

    /** Repaints the visible part. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        ChartStyle s = chartStyle.get();
        java.awt.Color bg = s.background();
        gc.setTransform(new javafx.scene.transform.Affine());
        gc.setFill(javafx.scene.paint.Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue()));
        gc.fillRect(0, 0, w, h);
        TableLayout l = tableLayout();
        if (l == null || w < 2 || h < 2) {
            return;
        }
        g2.setTransform(java.awt.geom.AffineTransform.getTranslateInstance(MARGIN, MARGIN));
        TableRenderer.draw(g2, matrix.get(), s, l, firstRow, firstCol, w - 2 * MARGIN, h - 2 * MARGIN, false);
        g2.setTransform(new java.awt.geom.AffineTransform());
    }

    private void hover(MouseEvent e) {
        TableLayout l = tableLayout();
        JointMatrix m = matrix.get();
        if (l == null) {
            return;
        }
        double x = e.getX() - MARGIN;
        double y = e.getY() - MARGIN;
        if (y < l.bodyTop() || x < l.rowHeaderWidth) {
            tip.hide();
            return;
        }
        int i = firstRow + (int) ((y - l.bodyTop()) / l.rowHeight);
        double rel = x - l.rowHeaderWidth + l.columnX[firstCol];
        int j = -1;
        for (int k = firstCol; k < m.columns(); k++) {
            if (rel < l.columnX[k + 1]) {
                j = k;
                break;
            }
        }
        if (i >= m.rows() || j < 0) {
            tip.hide();
            return;
        }
        tip.setText("Team A plays " + m.rowLabel(i) + ", team B plays " + m.columnLabel(j) + ":\nU = "
                + JointMatrix.format(m.value(i, j)) + " to team A, " + JointMatrix.format(-m.value(i, j))
                + " to team B");
        tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    /** First visible row and column (tests). */
    int[] viewport() {
        return new int[] {firstRow, firstCol};
    }
}
