package org.gtlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gtlab.io.GameFiles;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;
import org.gtlab.repeated.StrategyFiles;
import org.gtlab.repeated.akata.AkataPresets;
import org.gtlab.repeated.akata.OrdinalGames;

/** Shared argument handling of {@code gtlab tournament} and {@code gtlab match}. */
final class RepeatedGames {

    private RepeatedGames() {
    }

    /**
     * The stage game named by a user: {@code akata-pd}, {@code akata-bos}, {@code ordinal-N}
     * (1–144, as published; {@code ordinal-strict-N} for the strict variant), else a file or a catalog
     * name.
     */
    static StageGame stage(String name) throws IOException {
        String n = name == null ? "" : name.strip();
        if (n.equals("akata-pd")) {
            return AkataPresets.PD;
        }
        if (n.equals("akata-bos")) {
            return AkataPresets.BOS;
        }
        if (n.matches("ordinal-(strict-)?[0-9]+")) {
            boolean strict = n.contains("strict");
            int k = Integer.parseInt(n.substring(n.lastIndexOf('-') + 1));
            return OrdinalGames.game(k, strict ? OrdinalGames.Variant.STRICT_ORDINAL : OrdinalGames.Variant.AS_PUBLISHED);
        }
        return StageGame.from(GameFiles.resolve(n));
    }

    /**
     * A strategy: a library name (or transformed name), a JSON strategy file ({@code file:PATH},
     * or a path ending in {@code .json}; {@link org.gtlab.io.RepeatedFiles}) or a {@code .strategy}
     * text file.
     */
    static Strategy strategy(String spec) throws IOException {
        if (spec.startsWith("file:") || spec.endsWith(".json")) {
            Path f = Path.of(spec.startsWith("file:") ? spec.substring(5) : spec);
            if (!Files.isRegularFile(f)) {
                throw new IOException("cannot read " + f + ": no such file");
            }
            if (f.getFileName().toString().endsWith(".strategy")) {
                return StrategyFiles.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString());
            }
            return org.gtlab.io.RepeatedFiles.readStrategy(f).toStrategy();
        }
        Path p = Path.of(spec);
        if (spec.endsWith(".strategy") || Files.isRegularFile(p)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("cannot read " + spec + ": no such file");
            }
            return StrategyFiles.parse(Files.readString(p, StandardCharsets.UTF_8), p.getFileName().toString());
        }
        return Strategies.get(spec);
    }

    /** A roster: "all" or comma-separated names and files. */
    static List<Strategy> roster(String spec) throws IOException {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("--players: the roster is empty");
        }
        if (spec.strip().equals("all")) {
            return Strategies.all();
        }
        List<Strategy> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            if (!part.isBlank()) {
                out.add(strategy(part.strip()));
            }
        }
        return out;
    }
}
