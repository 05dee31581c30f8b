package org.gtlab.ui.common;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.io.GameFormatException;
import org.gtlab.io.JsonGameFormat;
import org.gtlab.ui.editor.CellKey;
import org.gtlab.ui.editor.EditorState;

/**
 * Autosave and crash recovery. Every few seconds the app writes each document with unsaved
 * changes to {@code <dir>/<id>.json} (atomically: a crash mid-write leaves the previous autosave
 * intact); saving or closing the document deletes it. At start-up, files left behind by a crash
 * are offered back.
 *
 * <p>Format ({@code "format": "gtlab-recovery", "version": 1}): the document id, the file it
 * belongs to (or null), the time, the editor modes, the game in GT Lab's JSON game format, and
 * the entries that were typed but are not numbers (kept as typed).
 */
public final class RecoveryStore {

    /** Jackson's databind (~350 classes, over a second on a loaded 2-core machine) loads on first use, not at start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** One recoverable document. */
    public record Recovered(String id, Path file, Instant savedAt, EditorState state, boolean zeroSum,
            boolean symmetric) {
    }

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes (atomically) the state of document {@code id}. */
    public void save(String id, Path file, EditorState state, boolean zeroSum, boolean symmetric) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", "gtlab-recovery");
        root.put("version", 1);
        root.put("id", id);
        if (file == null) {
            root.putNull("file");
        } else {
            root.put("file", file.toAbsolutePath().toString());
        }
        root.put("savedAt", Instant.now().toString());
        root.put("zeroSum", zeroSum);
        root.put("symmetric", symmetric);
        // a game with parameters keeps them (values, ranges, expressions) through a crash
        boolean parametric = state.params() != null && !state.params().isEmpty();
        root.set("game", Json.MAPPER.readTree(parametric ? JsonGameFormat.toJson(state.params().toParametric(state.game()))
                : JsonGameFormat.toJson(state.game())));
        ArrayNode inv = root.putArray("invalid");
        for (Map.Entry<CellKey, String> e : state.invalid().entrySet()) {
            ObjectNode o = inv.addObject();
            o.put("player", e.getKey().player());
            o.put("profile", e.getKey().profile());
            o.put("text", e.getValue());
        }
        Files.createDirectories(dir);
        GameFiles.writeAtomically(dir.resolve(fileName(id)), Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(root));
    }

    /** Removes document {@code id}'s autosave (after save or close). */
    public void delete(String id) {
        try {
            Files.deleteIfExists(dir.resolve(fileName(id)));
        } catch (IOException e) {
            // nothing to keep: a stale autosave is offered once more at the next start
        }
    }

    /** Every autosave in the folder, newest first; unreadable files are skipped. */
    public List<Recovered> list() {
        List<Recovered> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                try {
                    out.add(read(p));
                } catch (IOException | RuntimeException e) {
                    // a damaged autosave is not offered
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return out;
    }

    static Recovered read(Path p) throws IOException {
        JsonNode root = Json.MAPPER.readTree(Files.readString(p));
        if (!"gtlab-recovery".equals(root.path("format").asText())) {
            throw new GameFormatException(p.toString(), 1, 1, "not a GT Lab recovery file");
        }
        String gameText = Json.MAPPER.writeValueAsString(root.get("game"));
        NormalFormGame g = JsonGameFormat.parse(gameText, p.toString());
        org.gtlab.game.ParametricGame pg = JsonGameFormat.parseParametric(gameText, p.toString());
        Map<CellKey, String> inv = new HashMap<>();
        for (JsonNode o : root.path("invalid")) {
            int player = o.get("player").asInt();
            int profile = o.get("profile").asInt();
            if (player >= 0 && player < g.numPlayers() && profile >= 0 && profile < g.numProfiles()) {
                inv.put(new CellKey(player, profile), o.get("text").asText());
            }
        }
        JsonNode f = root.get("file");
        Path file = f == null || f.isNull() ? null : Path.of(f.asText());
        return new Recovered(root.get("id").asText(), file, Instant.parse(root.get("savedAt").asText()),
                new EditorState(g, inv, pg == null ? null : org.gtlab.ui.editor.EditorParameters.of(pg)),
                root.path("zeroSum").asBoolean(), root.path("symmetric").asBoolean());
    }

    private static String fileName(String id) {
        if (!id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("bad document id \"" + id + "\"");
        }
        return id + ".json";
    }
}
