package org.gtlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gtlab.io.GameFiles;
import org.gtlab.io.recipe.FigureMaker;
import org.gtlab.io.recipe.Recipe;
import org.gtlab.io.recipe.Recipes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab export RECIPE.json --format png|svg|pdf|tex OUT}: re-makes a figure the app exported
 * from the recipe written beside it (any recipe kind: run, run-chart, portrait, lab-figure, matrix,
 * diagram; recipes of the previous version too). Runs are run again deterministically; the figure is
 * drawn by the same code as in the app, at the recipe's size and dpi unless overridden. Writes OUT and
 * its own recipe beside it ({@code OUT.recipe.json}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Re-make an exported figure (or a run's data) from its recipe (NAME.EXT.recipe.json).",
            "Formats: png, svg, pdf, tex (TikZ), pgfplots; csv and json for run recipes."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECIPE", description = "a recipe file written beside an export")
    Path recipe;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "png, svg, pdf, tex, pgfplots, csv or json (default: from OUT's extension)")
    String format;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default: the recipe's)")
    Integer dpi;

    @Option(names = "--size", paramLabel = "WxH", description = "chart size in points, e.g. 468x300 (default: the recipe's)")
    String size;

    @Option(names = {"-q", "--quiet"}, description = "print nothing on success")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        org.gtlab.run.MethodCatalog catalog = org.gtlab.run.methods.StandardMethods.catalog();
        Recipe r = Recipes.read(recipe, catalog);
        String f = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(out);
        Recipe.Output o = r.output() == null ? new Recipe.Output("", f, 0, 0, 300, true, "paper") : r.output();
        double w = o.widthPt();
        double h = o.heightPt();
        if (size != null) {
            String[] p = size.toLowerCase(Locale.ROOT).split("x");
            try {
                if (p.length != 2) {
                    throw new NumberFormatException();
                }
                w = Double.parseDouble(p[0]);
                h = Double.parseDouble(p[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--size must be WIDTHxHEIGHT in points, e.g. 468x300, got '" + size + "'");
            }
            if (!(w > 0 && h > 0)) {
                throw new IllegalArgumentException("--size must be positive, got '" + size + "'");
            }
        }
        if (dpi != null && (dpi < 10 || dpi > 2400)) {
            throw new IllegalArgumentException("--dpi must be between 10 and 2400, got " + dpi);
        }
        Recipe.Output used = new Recipe.Output(out.getFileName().toString(), f, w, h, dpi == null ? o.dpi() : dpi,
                o.standalone(), o.theme());
        byte[] bytes = FigureMaker.render(r, f, used, catalog);
        GameFiles.writeAtomically(out, bytes);
        Path written = Recipes.writeBeside(r, used, out);
        if (!quiet) {
            spec.commandLine().getOut().println("wrote " + out + " (" + bytes.length + " bytes, " + r.kind().id()
                    + " recipe) and " + written.getFileName());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static String formatOf(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pgf.tex")) {
            return "pgfplots";
        }
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("OUT has no extension; give --format png|svg|pdf|tex|pgfplots|csv|json");
        }
        return n.substring(dot + 1);
    }
}
