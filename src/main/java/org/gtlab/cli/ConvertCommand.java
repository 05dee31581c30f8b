package org.gtlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gtlab convert IN OUT}: between .nfg and .json (by extension); the game is unchanged. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a game between Gambit .nfg and GT Lab .json (chosen by the file extensions).")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "input .nfg/.json file or catalog name")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "output .nfg or .json file (written atomically)")
    Path out;

    @Override
    public Integer call() throws Exception {
        NormalFormGame g = GameFiles.resolve(in);
        GameFiles.save(out, g);
        return 0;
    }
}
