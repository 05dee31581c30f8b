package org.gtlab.ui.editor;

import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.layout.TableLayout;
import org.gtlab.chart.render.TableRenderer;
import org.gtlab.game.NormalFormGame;
import org.jfree.fx.FXGraphics2D;

/**
 * The payoff grid: the game drawn by the chart's table renderer (the same drawing as the
 * exports) on a canvas, with a cursor on one payoff, spreadsheet keys, a text field for typing,
 * headers that rename on double-click, and scroll bars. Only the visible cells are drawn, so a
 * 500×500 game scrolls smoothly.
 *
 * <p>Keys: arrows move (Shift extends the selection), Tab / Shift+Tab go to the next / previous
 * payoff, Enter or F2 edits (Enter again commits and moves down), typing starts editing,
 * Delete clears the selection, Escape cancels. Copy, paste and undo are window actions.
 */
public final class PayoffGrid extends Region {

    public static final String STYLE_CLASS = "payoff-grid";
    /** Space between the canvas edge and the table, pixels. */
    static final double MARGIN = 12;

    private final EditorViewModel vm;
    private final GridTable table;
    private final Supplier<GridDecorations> decorations;
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final TextField editor = new TextField();
    private final Tooltip tip = new Tooltip();
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private TableLayout layout;
    private NormalFormGame layoutFor;
    private boolean layoutDecimals;
    private ChartStyle layoutStyle;
    private int firstRow;
    private int firstCol;
    private Runnable editTarget;
    private boolean redrawQueued;

    public PayoffGrid(EditorViewModel vm, Supplier<GridDecorations> decorations) {
        this.vm = vm;
        this.table = new GridTable(vm, decorations);
        this.decorations = decorations;
        this.g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        getStyleClass().add(STYLE_CLASS);
        setId("payoffGrid");
        setFocusTraversable(true);
        vbar.setOrientation(Orientation.VERTICAL);
        editor.setVisible(false);
        editor.setId("cellEditor");
        editor.getStyleClass().add("cell-editor");
        getChildren().addAll(canvas, vbar, hbar, editor);
        tip.setShowDelay(Duration.millis(350));
        tip.setWrapText(true);
        tip.setMaxWidth(420);

        vm.versionProperty().addListener((o, a, b) -> redraw());
        vm.cursorRowProperty().addListener((o, a, b) -> redraw());
        vm.cursorColumnProperty().addListener((o, a, b) -> redraw());
        vm.cursorPlayerProperty().addListener((o, a, b) -> redraw());
        chartStyle.addListener((o, a, b) -> {
            layoutFor = null;
            redraw();
        });
        fitToView.addListener((o, a, b) -> {
            layoutFor = null;
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
        focusedProperty().addListener((o, a, b) -> redraw());

        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onMousePressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onMouseDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMouseMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        editor.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && editor.isVisible()) {
                commitEdit();
            }
        });
    }

    /** The style used to draw (built by the shell from the theme's CSS tokens). */
    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public GridTable table() {
        return table;
    }

    public boolean isEditing() {
        return editor.isVisible();
    }

    // ------------------------------------------------------------------ layout and drawing

    private TableLayout tableLayout() {
        NormalFormGame g = vm.getGame();
        double w = getWidth();
        double h = getHeight();
        boolean fit = fitToView.get();
        if (layout == null || layoutFor != g || layoutDecimals != vm.decimalsProperty().get()
                || layoutStyle != chartStyle.get() || layoutFit != fit || fit && (layoutW != w || layoutH != h)) {
            ChartStyle s = chartStyle.get();
            layout = TableLayout.of(table, s, g2);
            drawStyle = s;
            if (fit && w > 4 * MARGIN && h > 4 * MARGIN) {
                // grow the whole table (type, padding, lines) to fill the view, never shrink it
                double f = Math.min((w - 2 * MARGIN) / layout.width(), (h - 2 * MARGIN) / layout.height(vm.rows()));
                f = Math.min(MAX_FIT_SCALE, f);
                if (f > 1.05) {
                    // text widths do not scale exactly with the font size: shrink until it fits
                    for (int tries = 0; tries < 4; tries++) {
                        ChartStyle big = s.withScale(s.scale() * f);
                        TableLayout l = TableLayout.of(table, big, g2);
                        double over = Math.max(l.width() / (w - 2 * MARGIN), l.height(vm.rows()) / (h - 2 * MARGIN));
                        if (over <= 1 || tries == 3) {
                            if (over <= 1) {
                                layout = l;
                                drawStyle = big;
                            }
                            break;
                        }
                        f = Math.max(1, f / over * 0.99);
                    }
                }
            }
            layoutFor = g;
            layoutDecimals = vm.decimalsProperty().get();
            layoutStyle = chartStyle.get();
            layoutFit = fit;
            layoutW = w;
            layoutH = h;
        }
        return layout;
    }

    /** The largest factor by which {@link #fitToViewProperty() fitting} grows the table. */
    public static final double MAX_FIT_SCALE = 4;

    private final javafx.beans.property.BooleanProperty fitToView =
            new javafx.beans.property.SimpleBooleanProperty(this, "fitToView");
    private boolean layoutFit;
    private double layoutW;
    private double layoutH;
    private ChartStyle drawStyle = ChartStyle.paper();

    /**
     * Whether the table grows (type, padding and lines together, up to {@link #MAX_FIT_SCALE}
     * times) to fill the view: lecture mode. A table larger than the view keeps its size and scrolls.
     */
    public javafx.beans.property.BooleanProperty fitToViewProperty() {
        return fitToView;
    }

    /** The factor the table is drawn at relative to the chart style (1 unless fitted to the view). */
    public double fitScale() {
        tableLayout();
        return drawStyle.scale() / chartStyle.get().scale();
    }

    /** The table's drawn size in pixels: width and height including its header. */
    public javafx.geometry.Dimension2D tableSize() {
        TableLayout l = tableLayout();
        return new javafx.geometry.Dimension2D(l.width(), l.height(vm.rows()));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double sb = 12;
        TableLayout l = tableLayout();
        boolean needV = l.height(vm.rows()) + MARGIN > h;
        boolean needH = l.width() + MARGIN > w;
        double cw = Math.max(1, w - (needV ? sb : 0));
        double ch = Math.max(1, h - (needH ? sb : 0));
        vbar.setVisible(needV);
        hbar.setVisible(needH);
        vbar.resizeRelocate(w - sb, 0, sb, ch);
        hbar.resizeRelocate(0, h - sb, cw, sb);
        canvas.setWidth(cw);
        canvas.setHeight(ch);
        updateScrollRanges();
        redrawNow();
    }

    private int visibleRows() {
        TableLayout l = tableLayout();
        return Math.max(1, (int) Math.floor((canvas.getHeight() - MARGIN - l.bodyTop()) / l.rowHeight));
    }

    private int visibleCols(int from) {
        TableLayout l = tableLayout();
        double avail = canvas.getWidth() - MARGIN - l.rowHeaderWidth;
        int n = 0;
        for (int j = from; j < vm.columns() && avail >= l.columnWidths[j]; j++) {
            avail -= l.columnWidths[j];
            n++;
        }
        return Math.max(1, n);
    }

    private void updateScrollRanges() {
        int rows = vm.rows();
        int cols = vm.columns();
        int vr = visibleRows();
        vbar.setMin(0);
        vbar.setMax(Math.max(0, rows - vr));
        vbar.setVisibleAmount(Math.max(1, vr));
        vbar.setUnitIncrement(1);
        vbar.setBlockIncrement(Math.max(1, vr - 1));
        // last first-column that still shows the final column
        TableLayout l = tableLayout();
        double avail = canvas.getWidth() - MARGIN - l.rowHeaderWidth;
        int lastFirst = cols - 1;
        double acc = 0;
        for (int j = cols - 1; j >= 0; j--) {
            acc += l.columnWidths[j];
            if (acc > avail) {
                break;
            }
            lastFirst = j;
        }
        hbar.setMin(0);
        hbar.setMax(Math.max(0, lastFirst));
        hbar.setVisibleAmount(Math.max(1, visibleCols(firstCol)));
        hbar.setUnitIncrement(1);
        firstRow = Math.min(firstRow, (int) vbar.getMax());
        firstCol = Math.min(firstCol, (int) hbar.getMax());
    }

    /** Schedules a repaint (coalesced within one pulse). */
    public void redraw() {
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        javafx.application.Platform.runLater(() -> {
            redrawQueued = false;
            updateScrollRanges();
            redrawNow();
        });
    }

    /** Repaints at once (tests and exports of the screen). */
    public void redrawNow() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 2 || h < 2) {
            return;
        }
        TableLayout l = tableLayout();
        ChartStyle s = drawStyle;
        var gc = canvas.getGraphicsContext2D();
        gc.setTransform(new javafx.scene.transform.Affine());
        java.awt.Color bg = s.background();
        gc.setFill(Color.rgb(bg.getRed(), bg.getGreen(), bg.getBlue()));
        gc.fillRect(0, 0, w, h);
        g2.setTransform(java.awt.geom.AffineTransform.getTranslateInstance(MARGIN, MARGIN));
        TableRenderer.draw(g2, table, s, l, firstRow, firstCol, w - MARGIN, h - MARGIN, false);
        g2.setTransform(new java.awt.geom.AffineTransform());
        gc.setTransform(new javafx.scene.transform.Affine(1, 0, MARGIN, 0, 1, MARGIN));
        drawPureEquilibria(s, l);
        drawSelection(s, l);
        gc.setTransform(new javafx.scene.transform.Affine());
    }

    /** A filled triangle in the top-right corner of every pure-equilibrium cell on screen. */
    private void drawPureEquilibria(ChartStyle s, TableLayout l) {
        var gc = canvas.getGraphicsContext2D();
        java.awt.Color fg = s.foreground();
        gc.setFill(Color.rgb(fg.getRed(), fg.getGreen(), fg.getBlue(), 0.75));
        double x0 = l.rowHeaderWidth;
        double shift = l.columnX[firstCol];
        double top = l.bodyTop();
        double height = canvas.getHeight();
        double width = canvas.getWidth();
        GridDecorations d = decorations.get();
        double m = Math.max(7, l.rowHeight * 0.28);
        for (int r = firstRow; r < vm.rows() && top + (r - firstRow) * l.rowHeight < height; r++) {
            for (int c = firstCol; c < vm.columns() && x0 + l.columnX[c] - shift < width; c++) {
                if (d.pureEquilibrium(r, c)) {
                    double x = x0 + l.columnX[c] - shift + l.columnWidths[c] - 2;
                    double y = top + (r - firstRow) * l.rowHeight + 2;
                    gc.fillPolygon(new double[] {x - m, x, x}, new double[] {y, y, y + m}, 3);
                }
            }
        }
    }

    private void drawSelection(ChartStyle s, TableLayout l) {
        int[] sel = vm.selection();
        var gc = canvas.getGraphicsContext2D();
        java.awt.Color acc = s.accent();
        Color accent = Color.rgb(acc.getRed(), acc.getGreen(), acc.getBlue());
        double x0 = l.rowHeaderWidth;
        double shift = l.columnX[firstCol];
        double top = l.bodyTop();
        if (sel[0] != sel[2] || sel[1] != sel[3]) {
            double sx = x0 + l.columnX[sel[1]] - shift;
            double ex = x0 + l.columnX[sel[3] + 1] - shift;
            double sy = top + (sel[0] - firstRow) * l.rowHeight;
            double ey = top + (sel[2] + 1 - firstRow) * l.rowHeight;
            gc.setFill(accent.deriveColor(0, 1, 1, 0.14));
            gc.fillRect(Math.max(x0, sx), Math.max(top, sy), Math.max(0, ex - Math.max(x0, sx)),
                    Math.max(0, ey - Math.max(top, sy)));
        }
        int r = vm.cursorRowProperty().get();
        int c = vm.cursorColumnProperty().get();
        if (r < firstRow || c < firstCol) {
            return;
        }
        double x = x0 + l.columnX[c] - shift;
        double y = top + (r - firstRow) * l.rowHeight;
        double cw = l.columnWidths[c];
        gc.setStroke(isFocused() ? accent : accent.deriveColor(0, 0.4, 1, 0.6));
        gc.setLineWidth(2);
        gc.strokeRect(x + 1, y + 1, cw - 2, l.rowHeight - 2);
        PayoffTable.Cell cell = table.cell(r, c);
        int p = Math.min(vm.cursorPlayerProperty().get(), cell.texts().size() - 1);
        double[] span = l.entrySpan(cell, p, cw, g2);
        gc.setFill(accent.deriveColor(0, 1, 1, isFocused() ? 0.22 : 0.1));
        gc.fillRoundRect(x + span[0] - 3, y + 3, span[1] + 6, l.rowHeight - 6, 4, 4);
    }

    // ------------------------------------------------------------------ hit testing

    /** {@code {row, column, player}} under (x, y), or row −1 for the column header, column −1 for the row header. */
    private int[] hit(double px, double py) {
        double x = px - MARGIN;
        double y = py - MARGIN;
        TableLayout l = tableLayout();
        int row;
        if (y < l.top + l.bandHeight) {
            row = -2;
        } else if (y < l.bodyTop()) {
            row = -1;
        } else {
            row = firstRow + (int) ((y - l.bodyTop()) / l.rowHeight);
        }
        int col;
        if (x < 0 || y < 0) {
            return new int[] {-3, -3, 0};
        }
        if (x < l.rowHeaderWidth) {
            col = -1;
        } else {
            double rel = x - l.rowHeaderWidth + l.columnX[firstCol];
            col = -3;
            for (int j = firstCol; j < vm.columns(); j++) {
                if (rel < l.columnX[j + 1]) {
                    col = j;
                    break;
                }
            }
        }
        int player = 0;
        if (row >= 0 && row < vm.rows() && col >= 0) {
            PayoffTable.Cell cell = table.cell(row, col);
            double cx = x - (l.rowHeaderWidth + l.columnX[col] - l.columnX[firstCol]);
            double best = Double.MAX_VALUE;
            for (int p = 0; p < cell.texts().size(); p++) {
                double[] s = l.entrySpan(cell, p, l.columnWidths[col], g2);
                double d = Math.abs(cx - (s[0] + s[1] / 2));
                if (d < best) {
                    best = d;
                    player = p;
                }
            }
        }
        return new int[] {row, col, player};
    }

    private void onMousePressed(MouseEvent e) {
        requestFocus();
        if (isEditing()) {
            commitEdit();
        }
        int[] h = hit(e.getX(), e.getY());
        int row = h[0];
        int col = h[1];
        if (e.getButton() == MouseButton.SECONDARY) {
            showContextMenu(row, col, e.getScreenX(), e.getScreenY());
            return;
        }
        if (row >= 0 && row < vm.rows() && col >= 0) {
            vm.moveCursor(row, col, e.isShiftDown());
            vm.cursorPlayerProperty().set(Math.min(h[2], vm.editablePlayers() - 1));
            if (e.getClickCount() == 2) {
                startEditing(null);
            }
        } else if (e.getClickCount() == 2) {
            if (row == -1 && col >= 0) {
                editHeader(1, col);
            } else if (row >= 0 && row < vm.rows() && col == -1) {
                editHeader(0, row);
            } else if (row == -2 && col >= 0 && vm.players() > 1) {
                editPlayer(1);
            } else if (row == -1 && col == -1) {
                editPlayer(0);
            }
        }
        e.consume();
    }

    private void onMouseDragged(MouseEvent e) {
        int[] h = hit(e.getX(), e.getY());
        if (h[0] >= 0 && h[0] < vm.rows() && h[1] >= 0) {
            vm.moveCursor(h[0], h[1], true);
        }
    }

    private void onMouseMoved(MouseEvent e) {
        int[] h = hit(e.getX(), e.getY());
        String text = null;
        if (h[0] >= 0 && h[0] < vm.rows() && h[1] >= 0) {
            String bad = null;
            for (int p = 0; p < vm.players() && bad == null; p++) {
                bad = vm.invalidReason(h[0], h[1], p);
            }
            if (bad != null) {
                text = bad;
            } else {
                StringBuilder b = new StringBuilder(vm.cellName(h[0], h[1])).append('\n');
                NormalFormGame g = vm.getGame();
                for (int p = 0; p < vm.players(); p++) {
                    b.append(g.playerName(p)).append(": ").append(vm.text(h[0], h[1], p));
                    if (vm.expressionAt(h[0], h[1], p) != null) {
                        b.append(" = ").append(vm.expressionAt(h[0], h[1], p).text()); // the cell's formula
                    }
                    if (vm.isBestReply(h[0], h[1], p)) {
                        b.append("  (best reply)");
                    }
                    b.append('\n');
                }
                text = b.toString().strip();
            }
        } else if (h[0] == -1 && h[1] >= 0 || h[1] == -1 && h[0] >= 0 && h[0] < vm.rows()) {
            int p = h[0] == -1 ? 1 : 0;
            String note = decorations.get().strategyNote(p, p == 1 ? h[1] : h[0]);
            text = (note == null ? "" : note + "\n") + "Double-click to rename; right-click to insert, delete or move";
        }
        if (text == null) {
            tip.hide();
            Tooltip.uninstall(canvas, tip);
        } else if (!text.equals(tip.getText())) {
            tip.setText(text);
            Tooltip.install(canvas, tip);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0 && !e.isShiftDown()) {
            vbar.setValue(clamp(vbar.getValue() - Math.signum(e.getDeltaY()) * 3, vbar.getMin(), vbar.getMax()));
        } else {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            hbar.setValue(clamp(hbar.getValue() - Math.signum(d), hbar.getMin(), hbar.getMax()));
        }
        e.consume();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ------------------------------------------------------------------ keyboard

    private void onKeyPressed(KeyEvent e) {
        if (isEditing() || e.isAltDown()) {
            return;
        }
        int r = vm.cursorRowProperty().get();
        int c = vm.cursorColumnProperty().get();
        boolean shift = e.isShiftDown();
        if (e.isShortcutDown()) {
            // spreadsheet jumps: Ctrl+Home / Ctrl+End to the first / last cell, Ctrl+arrows to an edge
            switch (e.getCode()) {
                case HOME -> vm.moveCursor(0, 0, shift);
                case END -> vm.moveCursor(vm.rows() - 1, vm.columns() - 1, shift);
                case UP -> vm.moveCursor(0, c, shift);
                case DOWN -> vm.moveCursor(vm.rows() - 1, c, shift);
                case LEFT -> vm.moveCursor(r, 0, shift);
                case RIGHT -> vm.moveCursor(r, vm.columns() - 1, shift);
                default -> {
                    return;
                }
            }
            ensureCursorVisible();
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case UP -> vm.moveCursor(r - 1, c, shift);
            case DOWN -> vm.moveCursor(r + 1, c, shift);
            case LEFT -> vm.moveCursor(r, c - 1, shift);
            case RIGHT -> vm.moveCursor(r, c + 1, shift);
            case PAGE_UP -> vm.moveCursor(r - visibleRows(), c, shift);
            case PAGE_DOWN -> vm.moveCursor(r + visibleRows(), c, shift);
            case HOME -> vm.moveCursor(r, 0, shift);
            case END -> vm.moveCursor(r, vm.columns() - 1, shift);
            case TAB -> vm.nextEntry(shift);
            case ENTER, F2 -> startEditing(null);
            case DELETE, BACK_SPACE -> vm.clearSelection();
            default -> {
                return;
            }
        }
        ensureCursorVisible();
        e.consume();
    }

    private void onKeyTyped(KeyEvent e) {
        if (isEditing() || e.isShortcutDown() || e.isControlDown() || e.isAltDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.charAt(0) < ' ' || ch.charAt(0) == 127) {
            return;
        }
        startEditing(ch);
        e.consume();
    }

    /** Scrolls so that the cursor cell is visible. */
    public void ensureCursorVisible() {
        int r = vm.cursorRowProperty().get();
        int c = vm.cursorColumnProperty().get();
        int vr = visibleRows();
        if (r < firstRow) {
            vbar.setValue(r);
        } else if (r >= firstRow + vr) {
            vbar.setValue(Math.min(vbar.getMax(), r - vr + 1));
        }
        if (c < firstCol) {
            hbar.setValue(c);
        } else {
            while (c >= firstCol + visibleCols(firstCol) && firstCol < hbar.getMax()) {
                hbar.setValue(firstCol + 1);
            }
        }
    }

    // ------------------------------------------------------------------ editing

    /** Opens the text field on the cursor's payoff; {@code initial} replaces the text (typing). */
    public void startEditing(String initial) {
        ensureCursorVisible();
        int r = vm.cursorRowProperty().get();
        int c = vm.cursorColumnProperty().get();
        int p = vm.cursorPlayerProperty().get();
        TableLayout l = tableLayout();
        double x = l.rowHeaderWidth + l.columnX[c] - l.columnX[firstCol];
        double y = l.bodyTop() + (r - firstRow) * l.rowHeight;
        placeEditor(x, y, Math.max(l.columnWidths[c], 90), l.rowHeight);
        editor.setText(initial != null ? initial : vm.editText(r, c, p)); // an expression cell edits its formula
        editor.setPromptText(vm.getGame().playerName(p) + "'s payoff, or \"a, b\"");
        editTarget = () -> {
            vm.commit(r, c, p, editor.getText());
        };
        showEditor(initial == null);
    }

    private void editHeader(int player, int s) {
        TableLayout l = tableLayout();
        double x;
        double y;
        double w;
        if (player == 0) {
            x = 0;
            y = l.bodyTop() + (s - firstRow) * l.rowHeight;
            w = Math.max(l.rowHeaderWidth, 120);
        } else {
            x = l.rowHeaderWidth + l.columnX[s] - l.columnX[firstCol];
            y = l.top + l.bandHeight;
            w = Math.max(l.columnWidths[s], 120);
        }
        placeEditor(x, y, w, l.rowHeight);
        editor.setText(vm.getGame().strategyLabels(player).get(s));
        editor.setPromptText("strategy name");
        editTarget = () -> vm.renameStrategy(player, s, editor.getText());
        showEditor(true);
    }

    private void editPlayer(int player) {
        TableLayout l = tableLayout();
        double y = player == 0 ? l.top + l.bandHeight : l.top;
        double x = player == 0 ? 0 : l.rowHeaderWidth;
        placeEditor(x, y, 180, l.rowHeight);
        editor.setText(vm.getGame().playerName(player));
        editor.setPromptText("player name");
        editTarget = () -> vm.renamePlayer(player, editor.getText());
        showEditor(true);
    }

    /** Renames player 1's (0) or player 2's (1) strategy under the cursor in place. */
    public void renameCurrentStrategy(int player) {
        editHeader(player, player == 0 ? vm.cursorRowProperty().get() : vm.cursorColumnProperty().get());
    }

    private void placeEditor(double x, double y, double w, double h) {
        editor.resizeRelocate(Math.max(0, Math.min(x + MARGIN, canvas.getWidth() - w)), y + MARGIN, w, h);
    }

    private void showEditor(boolean selectAll) {
        editor.setVisible(true);
        editor.requestFocus();
        if (selectAll) {
            editor.selectAll();
        } else {
            editor.end();
        }
    }

    private void onEditorKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ESCAPE) {
            editTarget = null;
            hideEditor();
            e.consume();
        } else if (k == KeyCode.ENTER) {
            commitEdit();
            if (!e.isShiftDown()) {
                vm.moveCursor(vm.cursorRowProperty().get() + 1, vm.cursorColumnProperty().get(), false);
            }
            ensureCursorVisible();
            e.consume();
        } else if (k == KeyCode.TAB) {
            commitEdit();
            vm.nextEntry(e.isShiftDown());
            ensureCursorVisible();
            e.consume();
        } else if ((k == KeyCode.UP || k == KeyCode.DOWN) && editTarget != null) {
            commitEdit();
            int r = vm.cursorRowProperty().get() + (k == KeyCode.UP ? -1 : 1);
            vm.moveCursor(r, vm.cursorColumnProperty().get(), false);
            ensureCursorVisible();
            e.consume();
        }
    }

    /** Commits the text field, if open. */
    public void commitEdit() {
        Runnable t = editTarget;
        editTarget = null;
        hideEditor();
        if (t != null) {
            t.run();
        }
    }

    private void hideEditor() {
        if (editor.isVisible()) {
            editor.setVisible(false);
            requestFocus();
        }
    }

    // ------------------------------------------------------------------ context menu

    private void showContextMenu(int row, int col, double sx, double sy) {
        ContextMenu m = new ContextMenu();
        if (row >= 0 && row < vm.rows() && col == -1) {
            addStrategyItems(m, 0, row);
        } else if (row == -1 && col >= 0) {
            addStrategyItems(m, 1, col);
        } else if (row >= 0 && col >= 0) {
            vm.moveCursor(row, col, false);
            addStrategyItems(m, 0, row);
            m.getItems().add(new SeparatorMenuItem());
            addStrategyItems(m, 1, col);
        } else {
            return;
        }
        m.show(this, sx, sy);
    }

    private void addStrategyItems(ContextMenu m, int p, int s) {
        String who = vm.getGame().playerName(p);
        String lab = vm.getGame().strategyLabels(p).get(s);
        MenuItem before = new MenuItem("Insert " + who + " strategy before \"" + lab + "\"");
        before.setOnAction(e -> vm.addStrategy(p, s));
        MenuItem after = new MenuItem("Insert " + who + " strategy after \"" + lab + "\"");
        after.setOnAction(e -> vm.addStrategy(p, s + 1));
        MenuItem rename = new MenuItem("Rename \"" + lab + "\"…");
        rename.setOnAction(e -> editHeader(p, s));
        MenuItem up = new MenuItem(p == 0 ? "Move up" : "Move left");
        up.setOnAction(e -> vm.moveStrategy(p, s, s - 1));
        up.setDisable(s == 0);
        MenuItem down = new MenuItem(p == 0 ? "Move down" : "Move right");
        down.setOnAction(e -> vm.moveStrategy(p, s, s + 1));
        down.setDisable(s == vm.getGame().numStrategies(p) - 1);
        MenuItem del = new MenuItem("Delete \"" + lab + "\"");
        del.setOnAction(e -> vm.removeStrategy(p, s));
        del.setDisable(vm.getGame().numStrategies(p) == 1);
        m.getItems().addAll(before, after, rename, up, down, del);
    }
}
