package org.gtlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.gtlab.reservoir.Reproduction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab reproduce brg [--quick] [--group NAME]…}: the checks of spec brg.md §11 (Body-Reservoir
 * Governance), computed by {@link Reproduction}: one tab-separated line per check
 * {@code ID·check measured reference tolerance PASS|FAIL|SOFT|SOFT-FAIL|INFO}, then a summary; exit 0
 * when every HARD check passes. The full run (20 seeds everywhere, d up to 100) takes a long time on 2 cores;
 * {@code --quick} runs the unit checks and the small variants of Exp 4 (8 seeds, H ≤ 30) and Exp 9
 * (d ∈ {10, 30}, L ∈ {10, 100, 500}, 4 seeds).
 */
@Command(name = "brg", mixinStandardHelpOptions = true,
        description = "Body-Reservoir Governance (Nakamura 2026): the checks of spec §11 (U1…U9c, P1…P18).")
public final class ReproduceBrgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "unit checks plus small Exp 4 and Exp 9 variants (a few minutes)")
    boolean quick;

    @Option(names = "--group", paramLabel = "NAME", description = "run only these groups (repeatable): units, exp2, "
            + "exp4, exp5, exp6, exp7, exp8, exp9, exp10")
    List<String> groups;

    static Map<String, Supplier<List<Reproduction.Result>>> groups(boolean quick) {
        Map<String, Supplier<List<Reproduction.Result>>> g = new LinkedHashMap<>();
        g.put("units", Reproduction::units);
        if (quick) {
            g.put("exp4", () -> Reproduction.exp4(8, 30, 15));
            g.put("exp9", () -> Reproduction.exp9(4, new int[] {10, 30}, new int[] {10, 100, 500}));
            return g;
        }
        g.put("exp2", () -> Reproduction.exp2(20, 21, true));
        g.put("exp6", () -> Reproduction.exp6(20));
        g.put("exp7", () -> Reproduction.exp7(20));
        g.put("exp10", () -> Reproduction.exp10(20, true));
        g.put("exp4", () -> Reproduction.exp4(20, 300, 15));
        g.put("exp9", () -> Reproduction.exp9(20, new int[] {5, 10, 20, 30, 50, 75}, new int[] {10, 50, 100, 200, 500}));
        g.put("exp8", () -> Reproduction.exp8(20, new int[] {5, 10, 15, 20, 30, 50, 75, 100}, 11, true));
        g.put("exp5", () -> Reproduction.exp5(20, new int[] {0, 10, 25, 50, 100, 200}, 11));
        return g;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Supplier<List<Reproduction.Result>>> all = groups(quick);
        List<String> run = new ArrayList<>(all.keySet());
        if (groups != null && !groups.isEmpty()) {
            run = new ArrayList<>();
            for (String g : groups) {
                String k = g.strip().toLowerCase(Locale.ROOT);
                if (!groups(false).containsKey(k)) {
                    throw new IllegalArgumentException("--group: unknown group '" + g + "' (known: "
                            + String.join(", ", groups(false).keySet()) + ")");
                }
                run.add(k);
            }
            all = groups(false);
            if (quick) {
                all.putAll(groups(true));
            }
        }
        int hard = 0;
        int hardPass = 0;
        int soft = 0;
        int softPass = 0;
        out.println("ID check\tmeasured\treference\ttolerance\tverdict");
        for (String g : run) {
            long t0 = System.nanoTime();
            err.printf(Locale.ROOT, "brg: %s …%n", g);
            err.flush();
            for (Reproduction.Result r : all.get(g).get()) {
                out.println(r.line());
                if (r.level() == Reproduction.Level.HARD) {
                    hard++;
                    hardPass += r.pass() ? 1 : 0;
                } else if (r.level() == Reproduction.Level.SOFT) {
                    soft++;
                    softPass += r.pass() ? 1 : 0;
                }
            }
            out.flush();
            err.printf(Locale.ROOT, "brg: %s done in %.1f s%n", g, (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
        out.println(ReproduceCommand.summary("brg", hardPass, hard) + " (HARD); SOFT " + softPass + "/" + soft
                + " within the spec's bands");
        out.flush();
        return hardPass == hard ? 0 : 1;
    }
}
