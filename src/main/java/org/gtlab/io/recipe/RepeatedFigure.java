package org.gtlab.io.recipe;

import java.util.List;

import org.gtlab.chart.model.Chart;
import org.gtlab.figure.TournamentFigures;
import org.gtlab.run.Json;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.Snapshot;

/**
 * Re-makes the figures of {@code repeated} recipes: the tournament's or Moran run's spec is run
 * again (same roster, settings, stage game and seed give the same matches), cut at the recorded
 * steps, and drawn by {@link TournamentFigures}. Items: {@code standings} (chart; CSV = the
 * standings table), {@code heat-map}, {@code box-plot} (scores per repetition), {@code wins},
 * {@code cooperation} (rates), {@code moran}.
 *
 * <p>Failure modes: {@link IllegalArgumentException} naming the field ({@code item}, {@code run})
 * that is missing or does not fit.
 */
final class RepeatedFigure {

    private RepeatedFigure() {
    }

    private static RunRecord record(Recipe r, MethodCatalog catalog) {
        RunSpec spec = RunSpec.fromJson(Json.field(r.source(), "run"), null, catalog);
        long steps = r.source().path("steps").asLong(0);
        return FigureMaker.rerun(new Recipe.RunEntry("run", 0, spec, steps));
    }

    private static List<String> roster(RunSpec spec) {
        Object p = spec.params().asMap().get("players");
        if (p == null) {
            throw new IllegalArgumentException("field \"run\": not a tournament or Moran run (no players)");
        }
        Object user = spec.params().asMap().get("strategies");
        return TournamentFigures.rosterNames(p.toString(), user == null ? "" : user.toString());
    }

    static Chart chart(Recipe r, MethodCatalog catalog) {
        String item = r.text("item", "standings");
        RunSpec spec = RunSpec.fromJson(Json.field(r.source(), "run"), null, catalog);
        RunRecord rec = record(r, catalog);
        String caption = r.text("caption", "");
        List<String> names = roster(spec);
        return switch (item) {
            case "standings" -> TournamentFigures.standingsChart(TournamentFigures.standings(names, last(rec)), caption);
            case "heat-map" -> TournamentFigures.heatMap(names, last(rec), caption);
            case "box-plot" -> TournamentFigures.scoreBoxPlot(names, last(rec), caption);
            case "wins" -> TournamentFigures.winChart(names, last(rec), caption);
            case "cooperation" -> TournamentFigures.cooperationChart(names, last(rec), caption);
            case "moran" -> TournamentFigures.moranShares(names, rec.snapshots(), caption);
            default -> throw new IllegalArgumentException("field \"item\": unknown repeated-games figure \"" + item
                    + "\" (standings, heat-map, box-plot, wins, cooperation, moran)");
        };
    }

    static String csv(Recipe r, MethodCatalog catalog) {
        String item = r.text("item", "standings");
        if (!item.equals("standings")) {
            throw new IllegalArgumentException("CSV is made for the standings; this recipe is \"" + item + "\"");
        }
        RunSpec spec = RunSpec.fromJson(Json.field(r.source(), "run"), null, catalog);
        return TournamentFigures.csv(TournamentFigures.standings(roster(spec), last(record(r, catalog))));
    }

    private static Snapshot last(RunRecord rec) {
        for (int i = rec.size() - 1; i >= 0; i--) {
            if (!rec.get(i).payloads().isEmpty()) {
                return rec.get(i);
            }
        }
        throw new IllegalArgumentException("field \"run\": the run reported no results");
    }
}
