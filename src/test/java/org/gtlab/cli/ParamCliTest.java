package org.gtlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gtlab solve METHOD FILE --param NAME=VALUE} on a JSON game whose cells are expressions of
 * its {@code "parameters"}: hawk–dove with value v and cost c has the mixed equilibrium
 * (v/c, 1 − v/c) for each player (Maynard Smith 1982), so the defaults v = 2, c = 4 give 1/2 and
 * {@code --param c=6} gives 1/3; unknown parameters (in a cell or on the command line) and bad
 * expressions are one error line naming the file position, the cell and the parameter.
 */
class ParamCliTest {

    @TempDir
    Path dir;

    private static final String HAWK_DOVE = """
            {
              "format": "gtlab-game",
              "version": 1,
              "title": "Hawk-dove (v, c)",
              "players": ["Row", "Column"],
              "strategies": [["Hawk", "Dove"], ["Hawk", "Dove"]],
              "parameters": {"v": "2", "c": "4"},
              "payoffs": [
                [["(v-c)/2", "v"], ["0", "v/2"]],
                [["(v-c)/2", "0"], ["v", "v/2"]]
              ]
            }
            """;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void expressionCellsAreEvaluatedAtTheDefaultsAndAtTheGivenParameters() throws Exception {
        Path f = write("hd.json", HAWK_DOVE);
        CliTest.Run d = CliTest.run("solve", "enummixed", f.toString());
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("NE,1/2,1/2,1/2,1/2"), d.out());
        CliTest.Run six = CliTest.run("solve", "enummixed", f.toString(), "--param", "c=6");
        assertEquals(0, six.code(), six.err());
        assertTrue(six.out().contains("NE,1/3,2/3,1/3,2/3"), six.out());
        assertTrue(!six.out().contains("NE,1/2,1/2,1/2,1/2"), six.out());
        // both at once, exact fractions: v = 1, c = 3/2 → hawk with probability 2/3
        CliTest.Run frac = CliTest.run("solve", "enummixed", f.toString(), "--param", "v=1,c=3/2");
        assertEquals(0, frac.code(), frac.err());
        assertTrue(frac.out().contains("NE,2/3,1/3,2/3,1/3"), frac.out());
        // the pure equilibria (Hawk, Dove) and (Dove, Hawk) are there too
        assertTrue(six.out().contains("NE,1,0,0,1") && six.out().contains("NE,0,1,1,0"), six.out());
    }

    @Test
    void unknownParametersAndBadExpressionsNameTheCellAndTheParameter() throws Exception {
        Path f = write("hd.json", HAWK_DOVE);
        CliTest.Run x = CliTest.run("solve", "enummixed", f.toString(), "--param", "x=1");
        assertEquals(2, x.code());
        assertTrue(x.err().contains("unknown parameter 'x'") && x.err().contains("declared: v, c"), x.err());
        assertTrue(x.err().contains("hd.json"), x.err());

        Path z = write("z.json", HAWK_DOVE.replace("\"v/2\"]],\n    [[", "\"v/2+z\"]],\n    [["));
        CliTest.Run zr = CliTest.run("solve", "enummixed", z.toString());
        assertEquals(2, zr.code());
        // file:line:column of the cell, the cell's text and the parameter
        assertTrue(zr.err().contains("z.json:9:") && zr.err().contains("\"v/2+z\" (cell /payoffs/0/1/1)")
                && zr.err().contains("unknown parameter 'z'"), zr.err());

        Path bad = write("bad.json", HAWK_DOVE.replace("\"(v-c)/2\", \"v\"]", "\"(v-c/2\", \"v\"]"));
        CliTest.Run br = CliTest.run("solve", "enummixed", bad.toString());
        assertEquals(2, br.code());
        assertTrue(br.err().contains("bad.json:9:") && br.err().contains("bad payoff expression"), br.err());

        Path zero = write("zero.json", HAWK_DOVE);
        CliTest.Run zz = CliTest.run("solve", "enummixed", zero.toString(), "--param", "v=1,c=0");
        // (v-c)/2 is fine at c = 0; a cell dividing by c is not
        assertEquals(0, zz.code(), zz.err());
        Path div = write("div.json", HAWK_DOVE.replace("\"0\", \"v/2\"", "\"0\", \"v/c\""));
        CliTest.Run dz = CliTest.run("solve", "enummixed", div.toString(), "--param", "c=0");
        assertEquals(2, dz.code());
        assertTrue(dz.err().contains("div.json:9:") && dz.err().contains("\"v/c\""), dz.err());

        // a cell without parameter names is still a number under the file's limits: "1/0" is a bad payoff
        Path num = write("num.json", HAWK_DOVE.replace("\"0\", \"v/2\"", "\"1/0\", \"v/2\""));
        CliTest.Run nr = CliTest.run("solve", "enummixed", num.toString());
        assertEquals(2, nr.code());
        assertTrue(nr.err().contains("num.json:9:") && nr.err().contains("bad payoff"), nr.err());

        // --param on a game without parameters, and on a non-JSON game
        CliTest.Run np = CliTest.run("solve", "enummixed", "battle-of-the-sexes", "--param", "a=1");
        assertEquals(2, np.code());
        assertTrue(np.err().contains("--param needs a GT Lab JSON game file"), np.err());
    }

    /** {@code --set a=2} (the spelling) works like --param; its errors name --set. */
    @Test
    void setIsTheSameAsParam() throws Exception {
        Path f = write("hd.json", HAWK_DOVE);
        CliTest.Run six = CliTest.run("solve", "enummixed", f.toString(), "--set", "c=6");
        assertEquals(0, six.code(), six.err());
        assertTrue(six.out().contains("NE,1/3,2/3,1/3,2/3"), six.out());
        CliTest.Run bad = CliTest.run("solve", "enummixed", f.toString(), "--set", "c=six");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--set c: \"six\" is not a number"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        CliTest.Run name = CliTest.run("solve", "enummixed", f.toString(), "--set", "2c=1");
        assertEquals(2, name.code());
        assertTrue(name.err().contains("is not a parameter name"), name.err());
    }

    /** {@code gtlab sweep --list --game FILE} lists the game's parameters; they work as axes. */
    @Test
    void sweepListsAndSweepsTheGameParameters() throws Exception {
        Path f = write("hd.json", HAWK_DOVE);
        CliTest.Run list = CliTest.run("sweep", "--list", "--game", f.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("\n  v\n  c\n"), list.out());
        Path out = dir.resolve("out");
        CliTest.Run run = CliTest.run("sweep", "--game", f.toString(), "--x", "v:0:4:5", "--y", "c:0:4:5",
                "--metric", "equilibria", "--no-refine", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String csv = Files.readString(out.resolve("grid.csv"));
        // v = 1, c = 3: hawk-dove with c > v has three equilibria; v = 3, c = 1: one
        assertTrue(csv.contains("\n1,3,3,") && csv.contains("\n3,1,1,"), csv);
        assertTrue(Files.readString(out.resolve("recipe.json")).contains("(v-c)/2"));
    }
}
