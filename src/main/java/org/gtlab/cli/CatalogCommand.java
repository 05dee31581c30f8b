package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gtlab catalog list | show NAME}. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "The named games of the catalog.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the catalog's games.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (String name : GameCatalog.names()) {
                GameCatalog.Entry e = GameCatalog.get(name);
                NormalFormGame g = e.game();
                out.printf("%-32s %-12s %s%n", name, shape(g), e.title());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one catalog game with its reference and known equilibria.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            GameCatalog.Entry e = GameCatalog.get(name);
            NormalFormGame g = e.game();
            out.println(e.title() + " (" + name + ", " + shape(g) + ")");
            out.println(e.description());
            out.println("Reference: " + e.reference());
            out.println();
            out.print(Table.render(g));
            if (!e.knownEquilibria().isEmpty()) {
                out.println();
                out.println("Known equilibria:");
                for (StrategyProfile p : e.knownEquilibria()) {
                    out.println(Output.line("NE", p, -1));
                }
            }
            out.flush();
            return 0;
        }
    }

    static String shape(NormalFormGame g) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            sb.append(p == 0 ? "" : "x").append(g.numStrategies(p));
        }
        return sb.toString();
    }
}
