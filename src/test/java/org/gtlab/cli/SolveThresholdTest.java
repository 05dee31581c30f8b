package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gtlab.solve.SolveOptions;
import org.gtlab.ui.solve.SolveViewModel;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Issue 16 §6: the app's confirmation and the CLI's refusal of a long exact solve use the one
 * threshold of the solve API, {@link SolveOptions#DEFAULT_MAX_SECONDS} (they were 10 s and 30 s).
 */
class SolveThresholdTest {

    @Test
    void theAppAndTheCliUseTheSolveApisOneThreshold() {
        CommandLine cli = new CommandLine(new SolveCommand());
        CommandLine.Model.OptionSpec max = cli.getCommandSpec().findOption("--max-seconds");
        assertEquals(SolveOptions.DEFAULT_MAX_SECONDS, (double) (Double) max.getValue(), "gtlab solve --max-seconds default");
        assertEquals(SolveOptions.DEFAULT_MAX_SECONDS, SolveOptions.DEFAULT.maxSeconds());
        assertEquals(SolveOptions.DEFAULT_MAX_SECONDS, SolveViewModel.CONFIRM_SECONDS, "the app's confirmation");
        String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.replaceAll("\\s+", " ").contains("(default: " + SolveOptions.DEFAULT_MAX_SECONDS + ")"),
                "the help shows the threshold: " + help);
    }
}
