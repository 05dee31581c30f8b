package org.gtlab.coopetition;

import org.gtlab.coopetition.checks.Reproduction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.gtlab.cli.Main;
import org.junit.jupiter.api.Test;

/** The 43 checks of spec §11 as rows ({@code gtlab reproduce coopetition}) all pass, in order T-01 … T-43. */
class ReproductionTest {

    @Test
    void allFortyThreeChecksPass() {
        List<Check> checks = Reproduction.run();
        assertEquals(Reproduction.ids(), checks.stream().map(Check::id).toList());
        for (Check c : checks) {
            assertTrue(c.pass(), c.id() + " " + c.title() + ": " + c.detail());
            assertTrue(c.detail().isEmpty());
            assertTrue(!c.measured().isBlank() && !c.reference().isBlank() && !c.label().isBlank(), c.id());
        }
    }

    @Test
    void aFailedConditionFailsTheCheckWithItsDetail() {
        Check c = Reproduction.run("t-11");
        assertEquals("T-11", c.id());
        assertTrue(c.pass());
        assertThrows(IllegalArgumentException.class, () -> Reproduction.run("T-99"));
    }

    @Test
    void commandPrintsTabSeparatedRowsAndASummary() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine("reproduce").setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("reproduce", "coopetition", "--check", "T-07", "--check", "T-39");
        String[] lines = out.toString().strip().split("\n");
        assertEquals(0, code, err.toString());
        assertEquals(3, lines.length, out.toString());
        String[] f = lines[0].split("\t");
        assertEquals(5, f.length, lines[0]);
        assertEquals("T-07", f[0]);
        assertEquals("PASS", f[4]);
        assertTrue(lines[1].startsWith("T-39\t0.538080") || lines[1].startsWith("T-39\t0.53808"), lines[1]);
        assertEquals("coopetition: 2/2 checks passed", lines[2]);
        int bad = Main.commandLine("reproduce").setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("reproduce", "nolab");
        assertEquals(2, bad);
        assertTrue(err.toString().contains("unknown lab"), err.toString());
    }
}
