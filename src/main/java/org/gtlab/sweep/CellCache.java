package org.gtlab.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cell values keyed by (x, y, seed) for one sweep definition without its axes (the game, method,
 * metric and fixed values: {@code key}), so that a resumed sweep and a widened or refined one with
 * the same definition recompute nothing they already computed. In memory, optionally backed by an
 * append-only text file {@code DIR/cells-KEY.tsv} (lines {@code xbits ybits seed valuebits}, the
 * doubles' bits in hex, so values survive exactly). A torn last line (a crash while appending) is
 * ignored on reading. Thread-safe.
 */
public final class CellCache {

    private record Key(long x, long y, long seed) {
    }

    private final Map<Key, Double> values = new HashMap<>();
    private final Path file;
    private long hits;

    private CellCache(Path file) {
        this.file = file;
    }

    /** A cache in memory only. */
    public static CellCache inMemory() {
        return new CellCache(null);
    }

    /**
     * A cache backed by {@code dir/cells-KEY.tsv}, loading what is there.
     *
     * @param key a file-name-safe identity of the sweep definition (e.g. a hash of its JSON without axes)
     * @throws UncheckedIOException if the directory cannot be created or the file read
     */
    public static CellCache onDisk(Path dir, String key) {
        Objects.requireNonNull(dir, "dir");
        if (!key.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("cache key must be letters, digits, _ or -, got \"" + key + "\"");
        }
        CellCache c = new CellCache(dir.resolve("cells-" + key + ".tsv"));
        try {
            Files.createDirectories(dir);
            if (Files.exists(c.file)) {
                List<String> lines = Files.readAllLines(c.file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    String[] f = line.split("\t");
                    if (f.length != 4) {
                        continue;
                    }
                    try {
                        c.values.put(new Key(Long.parseUnsignedLong(f[0], 16), Long.parseUnsignedLong(f[1], 16),
                                Long.parseLong(f[2])), Double.longBitsToDouble(Long.parseUnsignedLong(f[3], 16)));
                    } catch (NumberFormatException e) {
                        // a torn line: ignore
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** The cached value, or null. Counts hits. */
    public synchronized Double get(double x, double y, long seed) {
        Double v = values.get(new Key(Double.doubleToLongBits(x), Double.doubleToLongBits(y), seed));
        if (v != null) {
            hits++;
        }
        return v;
    }

    /**
     * Stores values (and appends them to the file).
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public synchronized void putAll(double[] xs, double[] ys, long seed, double[] v) {
        StringBuilder sb = file == null ? null : new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            Key k = new Key(Double.doubleToLongBits(xs[i]), Double.doubleToLongBits(ys[i]), seed);
            if (values.put(k, v[i]) == null && sb != null) {
                sb.append(Long.toHexString(k.x)).append('\t').append(Long.toHexString(k.y)).append('\t')
                        .append(seed).append('\t').append(Long.toHexString(Double.doubleToLongBits(v[i]))).append('\n');
            }
        }
        if (sb != null && sb.length() > 0) {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(sb.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Number of values held. */
    public synchronized int size() {
        return values.size();
    }

    /** Number of successful look-ups so far. */
    public synchronized long hits() {
        return hits;
    }

    /** The backing file, or null. */
    public Path file() {
        return file;
    }
}
