package org.gtlab.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;

/**
 * Loading and saving games by file type, with atomic writes, and resolving a name given by a user
 * to a file or a {@link GameCatalog} game.
 *
 * <p>File types: {@code .nfg} (Gambit strategic game, {@link NfgReader}/{@link NfgWriter}) and
 * {@code .json} ({@link JsonGameFormat}). A file with another extension is recognised by its
 * first characters ({@code NFG} or <code>{</code>).
 *
 * <p>Saving never leaves a half-written file or a temporary file: every write goes through
 * {@link AtomicFiles}. Read and write failures name the file and the reason
 * ({@code cannot read g.nfg: no such file or folder}).
 */
public final class GameFiles {

    private GameFiles() {
    }

    /** The file types GT Lab reads and writes. */
    public enum Type {
        NFG(".nfg"), JSON(".json");

        private final String extension;

        Type(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The type named by the file's extension (case-insensitive), if any. */
        public static Optional<Type> of(Path file) {
            Path name = file.getFileName();
            String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            for (Type t : values()) {
                if (s.endsWith(t.extension)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- load

    /**
     * Reads the game in {@code file}, choosing the format by extension ({@code .nfg}, {@code .json})
     * or, for other extensions, by the first characters of the file.
     *
     * @throws GameFormatException when the content is malformed (with file, line and column)
     * @throws IOException         when the file cannot be read
     */
    public static NormalFormGame load(Path file) throws IOException {
        Optional<Type> type = Type.of(file);
        if (type.isPresent()) {
            return type.get() == Type.NFG ? NfgReader.read(file) : JsonGameFormat.read(file);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".efg")) {
            throw new GameFormatException(file.toString(), 0, 0,
                    "extensive-form (.efg) games are not supported; convert the game to its strategic form (.nfg)");
        }
        String text = NfgReader.decode(readBytes(file)).stripLeading();
        if (text.startsWith("NFG")) {
            return NfgReader.parse(text, file.toString());
        }
        if (text.startsWith("{")) {
            return JsonGameFormat.parse(text, file.toString());
        }
        throw new GameFormatException(file.toString(), 0, 0,
                "unknown game file type: expected a Gambit .nfg file (starting with NFG) or a GT Lab .json game");
    }

    /**
     * All bytes of {@code file}; failures name the file and the reason
     * ({@code cannot read g.nfg: no such file or folder}).
     */
    static byte[] readBytes(Path file) throws IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("cannot read " + file + ": it is a folder, not a game file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw AtomicFiles.explain("read", file, e);
        } catch (OutOfMemoryError e) {
            throw new IOException("cannot read " + file + ": the file is too large to load", e);
        }
    }

    // ---------------------------------------------------------------- save

    /**
     * Writes the game atomically, in the format given by the extension: {@code .nfg} in Gambit's
     * outcome version (as Gambit writes table games), {@code .json} in {@link JsonGameFormat}.
     *
     * @throws IllegalArgumentException if the extension is neither {@code .nfg} nor {@code .json}
     */
    public static void save(Path file, NormalFormGame game) throws IOException {
        Type type = Type.of(file).orElseThrow(() -> new IllegalArgumentException("cannot save \"" + file
                + "\": unknown file type; use the extension .nfg (Gambit) or .json (GT Lab)"));
        if (type == Type.NFG) {
            saveNfg(file, game, NfgWriter.Form.OUTCOME);
        } else {
            writeAtomically(file, JsonGameFormat.toJson(game));
        }
    }

    /**
     * Writes a parametric game atomically: {@code .json} keeps the parameters, their ranges and the
     * payoff expressions ({@link JsonGameFormat#toJson(org.gtlab.game.ParametricGame)}); {@code .nfg}
     * has no parameters, so the expressions are expanded to exact numbers at the current values.
     *
     * @throws IllegalArgumentException for an unknown extension, or a division by zero at the
     *         current values (naming the cell)
     */
    public static void save(Path file, org.gtlab.game.ParametricGame game) throws IOException {
        Type type = Type.of(file).orElseThrow(() -> new IllegalArgumentException("cannot save \"" + file
                + "\": unknown file type; use the extension .nfg (Gambit) or .json (GT Lab)"));
        if (type == Type.NFG) {
            saveNfg(file, game.game(), NfgWriter.Form.OUTCOME);
        } else {
            writeAtomically(file, JsonGameFormat.toJson(game));
        }
    }

    /**
     * The parametric game in a {@code .json} file, or null when the file is not JSON or declares no
     * parameters (then {@link #load} reads it as an ordinary game).
     */
    public static org.gtlab.game.ParametricGame loadParametric(Path file) throws IOException {
        if (Type.of(file).orElse(null) != Type.JSON) {
            return null;
        }
        return JsonGameFormat.readParametric(file);
    }

    /** Writes the game atomically as a Gambit .nfg file in the chosen version (any extension). */
    public static void saveNfg(Path file, NormalFormGame game, NfgWriter.Form form) throws IOException {
        writeAtomically(file, NfgWriter.toString(game, form));
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically ({@link AtomicFiles#write(Path, String)}). */
    public static void writeAtomically(Path target, String text) throws IOException {
        AtomicFiles.write(target, text);
    }

    /** Writes {@code bytes} to {@code target} atomically ({@link AtomicFiles#write(Path, byte[])}). */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, bytes);
    }

    // ---------------------------------------------------------------- resolve

    /**
     * The game named by a user: an existing file (loaded with {@link #load}), otherwise a
     * {@link GameCatalog} name ({@code stag-hunt}; case, spaces and underscores are forgiven).
     *
     * @throws IllegalArgumentException if neither exists; the message lists the closest catalog
     *                                  names and all names
     * @throws IOException              if the file exists but cannot be read or parsed
     */
    public static NormalFormGame resolve(String fileOrCatalogName) throws IOException {
        if (fileOrCatalogName == null || fileOrCatalogName.isBlank()) {
            throw new IllegalArgumentException("no game given: expected a file (.nfg, .json) or a catalog name ("
                    + String.join(", ", GameCatalog.names()) + ")");
        }
        String s = fileOrCatalogName.strip();
        Path path = null;
        try {
            path = Paths.get(s);
        } catch (InvalidPathException notAPath) {
            // fall through to the catalog
        }
        if (path != null && Files.isRegularFile(path)) {
            return load(path);
        }
        Optional<GameCatalog.Entry> entry = GameCatalog.find(s);
        if (entry.isPresent()) {
            return entry.get().game();
        }
        if (path != null && Files.isDirectory(path)) {
            throw new IllegalArgumentException("\"" + s + "\" is a folder, not a game file");
        }
        List<String> close = closeNames(s);
        StringBuilder msg = new StringBuilder();
        if (looksLikePath(s)) {
            msg.append("no such file: \"").append(s).append("\" (and no catalog game of that name)");
        } else {
            msg.append("unknown game \"").append(s).append("\": no such file and no catalog game of that name");
        }
        if (!close.isEmpty()) {
            msg.append("; did you mean ").append(String.join(" or ", close)).append('?');
        }
        msg.append(" Catalog games: ").append(String.join(", ", GameCatalog.names())).append('.');
        throw new IllegalArgumentException(msg.toString());
    }

    private static boolean looksLikePath(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return s.contains("/") || s.contains("\\") || l.endsWith(".nfg") || l.endsWith(".json");
    }

    /** Catalog names within a small edit distance of {@code s} or containing it, closest first (at most 3). */
    static List<String> closeNames(String s) {
        String key = GameCatalog.normalize(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1));
        String base = key.replaceAll("\\.(nfg|json)$", "");
        List<String> hits = new ArrayList<>();
        List<Integer> dist = new ArrayList<>();
        for (String name : GameCatalog.names()) {
            int d = editDistance(base, name);
            boolean contains = base.length() >= 3 && (name.contains(base) || base.contains(name));
            if (d <= Math.max(2, name.length() / 4) || contains) {
                hits.add(name);
                dist.add(contains ? Math.min(d, 1) : d);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(dist::get));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, order.size()); i++) {
            out.add(hits.get(order.get(i)));
        }
        return out;
    }

    /** Levenshtein distance (insert, delete, substitute; each costs 1). */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
