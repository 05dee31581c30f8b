package org.gtlab.io.recipe;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.chart.model.PayoffTable;
import org.gtlab.chart.model.TableSnapshot;
import org.gtlab.run.Json;

/**
 * A payoff table as shown, to and from JSON: title, caption, player names, row and column labels and
 * states, and every cell's texts, best-reply marks, invalid flags and tint. Reading gives a
 * {@link TableSnapshot} equal, cell by cell, to the table that was written.
 */
final class TableJson {

    private TableJson() {
    }

    static ObjectNode toJson(PayoffTable t) {
        ObjectNode o = Json.object();
        o.put("title", t.title());
        o.put("caption", t.caption());
        o.put("players", t.players());
        o.put("rowPlayer", t.rowPlayer());
        o.put("columnPlayer", t.columnPlayer());
        ArrayNode rows = o.putArray("rows");
        for (int i = 0; i < t.rows(); i++) {
            rows.addObject().put("label", t.rowLabel(i)).put("state", t.rowState(i).name());
        }
        ArrayNode cols = o.putArray("columns");
        for (int j = 0; j < t.columns(); j++) {
            cols.addObject().put("label", t.columnLabel(j)).put("state", t.columnState(j).name());
        }
        ArrayNode cells = o.putArray("cells");
        for (int i = 0; i < t.rows(); i++) {
            ArrayNode row = cells.addArray();
            for (int j = 0; j < t.columns(); j++) {
                PayoffTable.Cell c = t.cell(i, j);
                ObjectNode cn = row.addObject();
                ArrayNode tx = cn.putArray("texts");
                c.texts().forEach(tx::add);
                ArrayNode mk = cn.putArray("marks");
                for (boolean b : c.marks()) {
                    mk.add(b);
                }
                ArrayNode inv = cn.putArray("invalid");
                for (boolean b : c.invalid()) {
                    inv.add(b);
                }
                cn.put("tinted", c.tinted());
            }
        }
        return o;
    }

    /**
     * Reads a table.
     *
     * @throws IllegalArgumentException naming the missing field or the row/column count mismatch
     */
    static TableSnapshot fromJson(JsonNode o) {
        JsonNode rows = Json.field(o, "rows");
        JsonNode cols = Json.field(o, "columns");
        JsonNode cells = Json.field(o, "cells");
        if (cells.size() != rows.size()) {
            throw new IllegalArgumentException("table: \"cells\" has " + cells.size() + " rows, expected " + rows.size());
        }
        TableSnapshot.Builder b = TableSnapshot.builder(Json.field(o, "players").asInt(), rows.size(), cols.size())
                .title(o.path("title").asText("")).caption(o.path("caption").asText(""))
                .players(o.path("rowPlayer").asText(""), o.path("columnPlayer").asText(""));
        for (int i = 0; i < rows.size(); i++) {
            b.rowLabel(i, rows.get(i).path("label").asText(""));
            b.rowState(i, PayoffTable.LineState.valueOf(rows.get(i).path("state").asText("NORMAL")));
        }
        for (int j = 0; j < cols.size(); j++) {
            b.columnLabel(j, cols.get(j).path("label").asText(""));
            b.columnState(j, PayoffTable.LineState.valueOf(cols.get(j).path("state").asText("NORMAL")));
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = cells.get(i);
            if (row.size() != cols.size()) {
                throw new IllegalArgumentException("table: row " + (i + 1) + " of \"cells\" has " + row.size()
                        + " cells, expected " + cols.size());
            }
            for (int j = 0; j < cols.size(); j++) {
                JsonNode c = row.get(j);
                List<String> texts = new ArrayList<>();
                Json.field(c, "texts").forEach(x -> texts.add(x.asText()));
                b.cell(i, j, new PayoffTable.Cell(texts, flags(c.get("marks")), flags(c.get("invalid")),
                        c.path("tinted").asBoolean(false)));
            }
        }
        return b.build();
    }

    private static boolean[] flags(JsonNode a) {
        if (a == null) {
            return null;
        }
        boolean[] f = new boolean[a.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = a.get(k).asBoolean();
        }
        return f;
    }
}
