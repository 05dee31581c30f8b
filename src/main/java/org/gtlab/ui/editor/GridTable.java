package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.TableSnapshot;
import org.gtlab.game.NormalFormGame;

/**
 * The editor's game as a {@link PayoffTable} for the chart renderer: read lazily from the view
 * model (only visible cells are read on screen), with best-response marks when they are switched
 * on, invalid entries as typed, and the solve panel's decorations.
 */
public final class GridTable implements PayoffTable {

    private final EditorViewModel vm;
    private final Supplier<GridDecorations> decorations;

    public GridTable(EditorViewModel vm, Supplier<GridDecorations> decorations) {
        this.vm = vm;
        this.decorations = decorations;
    }

    @Override
    public String title() {
        return "";
    }

    @Override
    public String caption() {
        return "";
    }

    @Override
    public int players() {
        return vm.players();
    }

    @Override
    public String rowPlayer() {
        return vm.getGame().playerName(0);
    }

    @Override
    public String columnPlayer() {
        NormalFormGame g = vm.getGame();
        return g.numPlayers() > 1 ? g.playerName(1) : "";
    }

    @Override
    public int rows() {
        return vm.rows();
    }

    @Override
    public int columns() {
        return vm.columns();
    }

    @Override
    public String rowLabel(int i) {
        return vm.getGame().strategyLabels(0).get(i);
    }

    @Override
    public String columnLabel(int j) {
        NormalFormGame g = vm.getGame();
        return g.numPlayers() > 1 ? g.strategyLabels(1).get(j) : "";
    }

    @Override
    public Cell cell(int i, int j) {
        int n = vm.players();
        List<String> texts = new ArrayList<>(n);
        boolean[] marks = new boolean[n];
        boolean[] invalid = new boolean[n];
        boolean showMarks = vm.bestResponseMarksProperty().get();
        for (int p = 0; p < n; p++) {
            texts.add(vm.text(i, j, p));
            invalid[p] = vm.invalidReason(i, j, p) != null;
            marks[p] = showMarks && !invalid[p] && vm.isBestReply(i, j, p);
        }
        return new Cell(texts, marks, invalid, decorations.get().tinted(i, j));
    }

    @Override
    public List<String> texts(int i, int j) {
        int n = vm.players();
        List<String> texts = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            texts.add(vm.text(i, j, p));
        }
        return texts;
    }

    @Override
    public LineState rowState(int i) {
        return decorations.get().row(i);
    }

    @Override
    public LineState columnState(int j) {
        return decorations.get().column(j);
    }

    /** An immutable copy with a title and caption, for exports. */
    public TableSnapshot snapshot(String title, String caption) {
        TableSnapshot s = TableSnapshot.copyOf(this);
        TableSnapshot.Builder b = TableSnapshot.builder(s.players(), s.rows(), s.columns()).title(title)
                .caption(caption).players(s.rowPlayer(), s.columnPlayer());
        for (int i = 0; i < s.rows(); i++) {
            b.rowLabel(i, s.rowLabel(i)).rowState(i, s.rowState(i));
        }
        for (int j = 0; j < s.columns(); j++) {
            b.columnLabel(j, s.columnLabel(j)).columnState(j, s.columnState(j));
        }
        for (int i = 0; i < s.rows(); i++) {
            for (int j = 0; j < s.columns(); j++) {
                b.cell(i, j, s.cell(i, j));
            }
        }
        return b.build();
    }
}
