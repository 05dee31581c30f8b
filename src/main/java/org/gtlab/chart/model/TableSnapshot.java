package org.gtlab.chart.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable {@link PayoffTable}: a copy of every cell, made for exports and tests. Build with
 * {@link #builder(int, int, int)}.
 */
public final class TableSnapshot implements PayoffTable {

    private final String title;
    private final String caption;
    private final int players;
    private final String rowPlayer;
    private final String columnPlayer;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Cell[][] cells;
    private final LineState[] rowStates;
    private final LineState[] columnStates;

    private TableSnapshot(Builder b) {
        this.title = b.title;
        this.caption = b.caption;
        this.players = b.players;
        this.rowPlayer = b.rowPlayer;
        this.columnPlayer = b.columnPlayer;
        this.rowLabels = List.copyOf(b.rowLabels);
        this.columnLabels = List.copyOf(b.columnLabels);
        this.cells = new Cell[b.rows][];
        for (int i = 0; i < b.rows; i++) {
            this.cells[i] = b.cells[i].clone();
            for (int j = 0; j < b.columns; j++) {
                if (cells[i][j] == null) {
                    throw new IllegalArgumentException("cell (" + (i + 1) + ", " + (j + 1) + ") was not set");
                }
            }
        }
        this.rowStates = b.rowStates.clone();
        this.columnStates = b.columnStates.clone();
    }

    /** Copies any table (reads every cell once). */
    public static TableSnapshot copyOf(PayoffTable t) {
        if (t instanceof TableSnapshot) {
            return (TableSnapshot) t;
        }
        Builder b = builder(t.players(), t.rows(), t.columns()).title(t.title()).caption(t.caption())
                .players(t.rowPlayer(), t.columnPlayer());
        for (int i = 0; i < t.rows(); i++) {
            b.rowLabel(i, t.rowLabel(i)).rowState(i, t.rowState(i));
        }
        for (int j = 0; j < t.columns(); j++) {
            b.columnLabel(j, t.columnLabel(j)).columnState(j, t.columnState(j));
        }
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                b.cell(i, j, t.cell(i, j));
            }
        }
        return b.build();
    }

    public static Builder builder(int players, int rows, int columns) {
        return new Builder(players, rows, columns);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String caption() {
        return caption;
    }

    @Override
    public int players() {
        return players;
    }

    @Override
    public String rowPlayer() {
        return rowPlayer;
    }

    @Override
    public String columnPlayer() {
        return columnPlayer;
    }

    @Override
    public int rows() {
        return cells.length;
    }

    @Override
    public int columns() {
        return columnLabels.size();
    }

    @Override
    public String rowLabel(int i) {
        return rowLabels.get(i);
    }

    @Override
    public String columnLabel(int j) {
        return columnLabels.get(j);
    }

    @Override
    public Cell cell(int i, int j) {
        return cells[i][j];
    }

    @Override
    public LineState rowState(int i) {
        return rowStates[i];
    }

    @Override
    public LineState columnState(int j) {
        return columnStates[j];
    }

    /** Mutable builder; every cell must be set before {@link #build()}. */
    public static final class Builder {
        private String title = "";
        private String caption = "";
        private final int players;
        private final int rows;
        private final int columns;
        private String rowPlayer = "Player 1";
        private String columnPlayer = "Player 2";
        private final List<String> rowLabels;
        private final List<String> columnLabels;
        private final Cell[][] cells;
        private final LineState[] rowStates;
        private final LineState[] columnStates;

        private Builder(int players, int rows, int columns) {
            if (players < 1 || rows < 1 || columns < 1) {
                throw new IllegalArgumentException("a table needs ≥ 1 player, row and column, got " + players + ", "
                        + rows + ", " + columns);
            }
            this.players = players;
            this.rows = rows;
            this.columns = columns;
            this.rowLabels = new ArrayList<>();
            this.columnLabels = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                rowLabels.add(Integer.toString(i + 1));
            }
            for (int j = 0; j < columns; j++) {
                columnLabels.add(Integer.toString(j + 1));
            }
            this.cells = new Cell[rows][columns];
            this.rowStates = new LineState[rows];
            this.columnStates = new LineState[columns];
            Arrays.fill(rowStates, LineState.NORMAL);
            Arrays.fill(columnStates, LineState.NORMAL);
        }

        public Builder title(String t) {
            this.title = Objects.requireNonNullElse(t, "");
            return this;
        }

        public Builder caption(String c) {
            this.caption = Objects.requireNonNullElse(c, "");
            return this;
        }

        public Builder players(String row, String column) {
            this.rowPlayer = row;
            this.columnPlayer = column;
            return this;
        }

        public Builder rowLabel(int i, String label) {
            rowLabels.set(i, label);
            return this;
        }

        public Builder columnLabel(int j, String label) {
            columnLabels.set(j, label);
            return this;
        }

        public Builder rowState(int i, LineState s) {
            rowStates[i] = s;
            return this;
        }

        public Builder columnState(int j, LineState s) {
            columnStates[j] = s;
            return this;
        }

        public Builder cell(int i, int j, Cell c) {
            if (c.texts().size() != players) {
                throw new IllegalArgumentException("cell (" + (i + 1) + ", " + (j + 1) + ") has " + c.texts().size()
                        + " payoffs, expected " + players);
            }
            cells[i][j] = c;
            return this;
        }

        public TableSnapshot build() {
            return new TableSnapshot(this);
        }
    }
}
