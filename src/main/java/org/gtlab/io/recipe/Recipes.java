package org.gtlab.io.recipe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.run.MethodCatalog;
import org.gtlab.figure.Diagrams;
import org.gtlab.figure.MatrixFigure;
import org.gtlab.figure.PortraitSpec;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.RunSpec;

/**
 * Recipe files: where they go, writing (atomically, only the current {@link Recipe} format) and reading
 * (the current format and the five formats of the previous version, converted on reading):
 *
 * <ul>
 *   <li>{@code gtlab-export-recipe} (matrix and diagram exports: game, method, view) → matrix (the
 *       game's default table, {@link MatrixFigure}) or diagram (the square if the game has one, else
 *       player 1's envelope; the equilibria, not stored then, are computed again with the recorded solver);</li>
 *   <li>{@code gtlab-lab-recipe} (Lab exports: game, runs with labels, metric, log, selection) → lab-figure;</li>
 *   <li>{@code gtlab-runs-chart-recipe} (Dynamics charts of runs) → run-chart;</li>
 *   <li>{@code gtlab-portrait-recipe} (a {@link PortraitSpec}) → portrait;</li>
 *   <li>a bare run recipe ({@link RunSpec} JSON with a {@code method}) → run.</li>
 * </ul>
 *
 * <p>One recipe per exported file: the recipe of {@code dir/NAME.EXT} is {@code dir/NAME.EXT.recipe.json},
 * so a PNG and a PDF of the same name never overwrite each other's recipe.
 */
public final class Recipes {

    /** Suffix added to an exported file's name. */
    public static final String SUFFIX = ".recipe.json";

    private Recipes() {
    }

    /** {@code dir/NAME.EXT} → {@code dir/NAME.EXT.recipe.json}. */
    public static Path pathFor(Path export) {
        return export.resolveSibling(export.getFileName().toString() + SUFFIX);
    }

    /** Writes a recipe (pretty JSON, atomically). */
    public static void write(Recipe r, Path file) throws IOException {
        GameFiles.writeAtomically(file, Json.write(r.toJson()));
    }

    /**
     * Writes the recipe of an exported file beside it, naming the file in its output.
     *
     * @return the recipe's path ({@link #pathFor})
     */
    public static Path writeBeside(Recipe r, Recipe.Output output, Path export) throws IOException {
        Path p = pathFor(export);
        write(r.withOutput(output), p);
        return p;
    }

    /**
     * Reads a recipe file of any supported version.
     *
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException "FILE: reason" if it is not JSON or not a recipe
     */
    public static Recipe read(Path file, MethodCatalog catalog) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(Json.parse(text), catalog);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads recipe JSON of any supported version.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static Recipe parse(JsonNode n, MethodCatalog catalog) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a recipe is a JSON object");
        }
        String format = n.path("format").asText("");
        switch (format) {
            case Recipe.FORMAT:
                return Recipe.fromJson(n);
            case "gtlab-export-recipe":
                return fromExportRecipe(n);
            case "gtlab-lab-recipe":
                return fromLabRecipe(n, catalog);
            case "gtlab-runs-chart-recipe":
                return fromRunsChartRecipe(n, catalog);
            case PortraitSpec.FORMAT:
                return Recipe.portrait(PortraitSpec.fromJson(n, null, catalog)).withOutput(legacyOutput(n));
            default:
                if (n.has("method")) {
                    RunSpec s = RunSpec.fromJson(n, null, catalog);
                    return Recipe.run(new Recipe.RunEntry(null, 0, s, 0), null, false);
                }
                throw new IllegalArgumentException("not a GT Lab recipe (field \"format\" is \"" + format
                        + "\"; expected \"" + Recipe.FORMAT + "\" or a recipe of GT Lab 0.1)");
        }
    }

    private static Recipe.Output legacyOutput(JsonNode n) {
        String ff = n.path("fileFormat").asText("").toLowerCase(Locale.ROOT);
        if (ff.equals("latex")) {
            ff = "tex";
        }
        return new Recipe.Output(n.path("output").asText(""), ff,
                n.has("widthPt") ? n.get("widthPt").asDouble() : ExportSize.PAPER_WIDE.width(),
                n.has("heightPt") ? n.get("heightPt").asDouble() : ExportSize.PAPER_WIDE.height(),
                n.path("dpi").asInt(300), true, "paper");
    }

    private static Recipe fromExportRecipe(JsonNode n) {
        NormalFormGame g = parseGame(Json.field(n, "game"));
        String method = n.path("method").asText("");
        String view = n.path("view").asText("matrix");
        Recipe r;
        if (view.equals("diagram")) {
            r = Recipe.diagram(g, method, Diagrams.hasSquare(g) ? "square" : "envelope-1",
                    Diagrams.equilibria(g, method));
        } else {
            r = Recipe.matrix(g, method, MatrixFigure.of(g, ""));
        }
        return r.withOutput(legacyOutput(n));
    }

    private static NormalFormGame parseGame(JsonNode game) {
        return Recipe.parseGame(game);
    }

    private static Recipe fromLabRecipe(JsonNode n, MethodCatalog catalog) {
        List<Recipe.RunEntry> runs = new ArrayList<>();
        int i = 0;
        for (JsonNode e : Json.field(n, "runs")) {
            runs.add(new Recipe.RunEntry(Json.field(e, "label").asText(), i++,
                    RunSpec.fromJson(Json.field(e, "recipe"), null, catalog), 0));
        }
        GameSpec g = n.hasNonNull("game") ? GameSpec.fromJson(n.get("game"), null) : null;
        Recipe r = Recipe.labFigure(labItem(n.path("export").asText(""), n.path("chartType").asText("")),
                n.hasNonNull("metric") ? n.get("metric").asText() : null, n.path("log").asBoolean(true),
                n.path("paperFaithful").asBoolean(false), n.path("selected").asInt(-1),
                n.hasNonNull("preset") ? n.get("preset").asText() : null, g, runs);
        return r.withOutput(legacyOutput(n));
    }

    /** The lab item of an old export name ("Exploitability curves", "curves", …). */
    public static String labItem(String what, String chartType) {
        String w = what.toLowerCase(Locale.ROOT);
        if (w.contains("meta-game") || w.contains("meta game")) {
            return "meta-game";
        }
        if (w.contains("weights")) {
            return "weights";
        }
        if (w.contains("policy")) {
            return "policy";
        }
        if (w.contains("joint")) {
            return "joint-matrix";
        }
        if (w.contains("curves") || chartType.equals("curves")) {
            return "curves";
        }
        return w.isEmpty() ? "curves" : w;
    }

    private static Recipe fromRunsChartRecipe(JsonNode n, MethodCatalog catalog) {
        List<Recipe.RunEntry> runs = new ArrayList<>();
        int i = 0;
        for (JsonNode s : Json.field(n, "runs")) {
            RunSpec spec = RunSpec.fromJson(s, null, catalog);
            runs.add(new Recipe.RunEntry("#" + (i + 1) + " " + spec.method() + " (seed " + spec.seed() + ")", i,
                    spec, 0));
            i++;
        }
        return Recipe.runChart(n.path("chart").asText("metric"),
                n.hasNonNull("metric") ? n.get("metric").asText() : null, n.path("log").asBoolean(false), runs)
                .withOutput(legacyOutput(n));
    }
}
