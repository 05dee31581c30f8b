package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;

import org.gtlab.game.TeamGames;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameKind;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;

/** {@code gtlab run --list}: every method of the catalog with its parameters, presets and metrics. */
final class MethodList {

    private MethodList() {
    }

    static void print(MethodCatalog catalog, PrintWriter w) {
        boolean teamHeader = false;
        for (ExperimentFactory f : catalog.all()) {
            Limits l = f.defaultLimits();
            if (f.gameKind() == GameKind.TEAM && !teamHeader) {
                teamHeader = true;
                printTeamHeader(w);
            }
            if (f.gameKind() == GameKind.TEAM) {
                w.printf(Locale.ROOT, "%-11s %s [team games] (runs until it stops, at most %,d oracle steps; snapshot "
                        + "every %d)%n", f.name(), f.title(), l.maxSteps(), l.reportEvery());
            } else {
                w.printf(Locale.ROOT, "%-11s %s (default %d steps, report every %d)%n", f.name(), f.title(), l.maxSteps(),
                        l.reportEvery());
            }
            w.printf(Locale.ROOT, "%-11s %s%n", "", f.description());
            for (Param p : f.params()) {
                String range = p.rangeText();
                w.printf(Locale.ROOT, "%-11s   %-12s %-7s default %-14s %s%s%n", "", p.name(),
                        p.type().name().toLowerCase(Locale.ROOT), p.defaultText(), range.isEmpty() ? "" : range + "  ",
                        p.doc());
            }
            for (MethodPreset p : f.presets()) {
                w.printf(Locale.ROOT, "%-11s   preset %-16s %s%s%n", "", p.name(), p.label(),
                        p.settings().isEmpty() ? "" : " (" + settings(p) + ")");
            }
            w.printf(Locale.ROOT, "%-11s   metrics: %s%n", "", metrics(f));
            w.println();
        }
        w.println("Set parameters with --set name=value (\"auto\" for automatic defaults), or start from a preset");
        w.println("with --preset NAME (--set values override the preset's).");
    }

    /** The metric names with their meaning; families indexed by player/action end in "…". */
    private static String metrics(ExperimentFactory f) {
        StringJoiner j = new StringJoiner(", ");
        for (MetricSpec m : declared(f)) {
            j.add(m.name() + (m.name().endsWith("_p") || m.name().endsWith("_") ? "…" : ""));
        }
        return j.toString();
    }

    /** The declared metrics on a small example game of the method's kind (families shown once). */
    private static java.util.List<MetricSpec> declared(ExperimentFactory f) {
        try {
            org.gtlab.run.GameSpec g = f.gameKind() == GameKind.TEAM
                    ? org.gtlab.run.GameSpec.ofTeam(TeamGames.names().get(0), TeamGames.create(TeamGames.names().get(0)))
                    : org.gtlab.run.GameSpec.of("rock-paper-scissors",
                            org.gtlab.game.GameCatalog.get("rock-paper-scissors").game());
            java.util.List<MetricSpec> all = f.metrics(f.configure(java.util.Map.of()), g);
            java.util.List<MetricSpec> out = new java.util.ArrayList<>();
            java.util.Set<String> families = new java.util.HashSet<>();
            for (MetricSpec m : all) {
                String family = m.name().replaceAll("\\d+(_\\d+)?$", "");
                if (!family.equals(m.name())) {
                    if (families.add(family)) {
                        out.add(new MetricSpec(family, m.label(), m.unit(), m.scale(), m.goal(), m.formula()));
                    }
                } else {
                    out.add(m);
                }
            }
            return out;
        } catch (RuntimeException e) {
            return java.util.List.of();
        }
    }

    private static String settings(MethodPreset p) {
        StringJoiner j = new StringJoiner(", ");
        p.settings().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    private static void printTeamHeader(PrintWriter w) {
        w.println("Team-game methods: --game " + String.join(" | ", TeamGames.names())
                + " with game parameters by --game-set KEY=VALUE, or --game team:GAME for a symmetric zero-sum");
        w.println("two-player game as one-agent teams. sp, fp and replicator on a team game are the methods below, on a");
        w.println("normal-form game the ones above. metrics.csv: step = oracle steps, team_exploitability, "
                + "population_size, …;");
        w.println("snapshots.json: meta_weights, policy, meta_game payloads. --seeds S: multi-seed global/local shares.");
        for (String name : TeamGames.names()) {
            StringBuilder sb = new StringBuilder();
            TeamGames.create(name).parameters().forEach((k, v) -> sb.append(' ').append(k).append('=')
                    .append(v == Math.rint(v) ? Long.toString((long) (double) v) : Double.toString(v)));
            w.printf(Locale.ROOT, "  %-11s game parameters (defaults):%s%n", name, sb);
        }
        w.println();
    }
}
