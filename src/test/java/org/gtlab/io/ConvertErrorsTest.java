package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import org.gtlab.cli.Main;

/**
 * Issue 16 §13 for {@code gtlab convert}: every bad-input line says what is wrong (never only a
 * path, never a temporary file), and outputs follow the umask and leave no temporary file.
 */
class ConvertErrorsTest {

    private static String[] convert(String in, String out) {
        CommandLine cl = Main.commandLine("convert", in, out);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("convert", in, out);
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    private static void fails(String in, String out, String expectedLine) {
        String[] r = convert(in, out);
        assertEquals("2", r[0], r[1]);
        assertEquals(expectedLine, r[1]);
        assertFalse(r[1].contains(".tmp"), r[1]);
    }

    @Test
    void everyErrorLineSaysWhatIsWrong(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.json");
        fails("battle-of-the-sexes", dir.resolve("missing").resolve("o.json").toString(),
                "gtlab: cannot write " + dir.resolve("missing").resolve("o.json") + ": the folder "
                        + dir.resolve("missing") + " does not exist");
        fails("battle-of-the-sexes", dir.toString() + "/", "gtlab: cannot save \"" + dir
                + "\": unknown file type; use the extension .nfg (Gambit) or .json (GT Lab)");
        Path sub = Files.createDirectory(dir.resolve("sub.json"));
        fails("battle-of-the-sexes", sub.toString(), "gtlab: cannot write " + sub + ": it is a folder");
        Path bad = Files.writeString(dir.resolve("bad.nfg"), "NFG 1 R \"\" { \"A\" } { 1 } 1e10000000\n");
        fails(bad.toString(), out.toString(), "gtlab: " + bad
                + ":1:26: bad number: number \"1e10000000\": exponent out of range (at most ±1000)");
        Path folder = Files.createDirectory(dir.resolve("games.nfg"));
        fails(folder.toString(), out.toString(), "gtlab: \"" + folder + "\" is a folder, not a game file");
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void outputsFollowTheUmask(@TempDir Path dir) throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("bos.nfg");
        String[] r = convert("battle-of-the-sexes", out.toString());
        assertEquals("0", r[0], r[1]);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }
}
