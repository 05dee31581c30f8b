package org.gtlab.io;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gtlab.game.NormalFormGame;
import org.gtlab.testutil.Corpus;

/**
 * A seeded fuzzer of GT Lab's game readers (.nfg in both versions, the JSON game file, lrsnash's
 * input format): it mutates files made from the reference corpus — byte flips, number blow-ups
 * ({@code 1e10000000}, 5,000-digit numbers, {@code 1e400} in inexact games), huge declared sizes,
 * truncation, deep nesting, spliced chunks — and feeds each to its reader, recording every
 * exception that is not a {@link GameFormatException}, the slowest input and the largest
 * allocation. Deterministic for a seed.
 */
final class GameFileFuzzer {

    /** A format and its reader. */
    enum Format {
        NFG, JSON, LRS;

        NormalFormGame read(String text) throws GameFormatException {
            switch (this) {
                case NFG:
                    return NfgReader.parse(text, "fuzz.nfg");
                case JSON:
                    return JsonGameFormat.parse(text, "fuzz.json");
                default:
                    return LrsnashFormat.read(text, "fuzz.lrs");
            }
        }
    }

    /** What a run found. */
    static final class Result {
        int inputs;
        int refused;
        long maxNanos;
        String slowest = "";
        long maxBytes;
        final List<String> failures = new ArrayList<>();

        @Override
        public String toString() {
            return inputs + " inputs (" + refused + " refused with GameFormatException), slowest "
                    + maxNanos / 1_000_000 + " ms, most allocated " + maxBytes / (1 << 20) + " MB, "
                    + failures.size() + " undocumented exceptions";
        }
    }

    private static final String[] BLOW_UPS = {"1e10000000", "1E999999999", "-9e+2147483648", "1e400", "-1e400",
        "1e-400", "1e1001", "1e1000", "1e-1000", "4.9e-324", "1.8e308", "1/0", "0/0", "1e99999/1e-99999",
        "99999999999999999999999999999999999999/7", "NaN", "Infinity", "-", "+", ".", "e5", "1e", "1/", "--1",
        "0x10", "1_000", "１", "1.2.3", "1e+-5"};
    private static final String[] SIZES = {"20000000", "2147483647", "2147483648", "99999999999999999999", "0", "-1",
        "4472", "65536", "1048577", "19999999"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[./]\\d+)?");

    private final SplittableRandom random;
    private final List<String[]> seeds = new ArrayList<>(); // {format, text}
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    GameFileFuzzer(long seed) {
        this.random = new SplittableRandom(seed);
        for (Corpus.Entry e : Corpus.all()) {
            NormalFormGame g = e.game();
            seeds.add(new String[] {"NFG", NfgWriter.toString(g, NfgWriter.Form.OUTCOME)});
            seeds.add(new String[] {"NFG", NfgWriter.toString(g, NfgWriter.Form.PAYOFF)});
            seeds.add(new String[] {"JSON", JsonGameFormat.toJson(g)});
            seeds.add(new String[] {"LRS", LrsnashFormat.write(g)});
        }
        NormalFormGame three = NormalFormGame.ofDoubles("3p", List.of("a", "b", "c"),
                List.of(List.of("x", "y"), List.of("z"), List.of("u", "v")),
                new double[][] {{0.1, 2, 3, 4}, {1, 2, 3, 4}, {5, 6, 7, 8}});
        seeds.add(new String[] {"JSON", JsonGameFormat.toJson(three)});
        seeds.add(new String[] {"NFG", NfgWriter.toString(three, NfgWriter.Form.OUTCOME)});
    }

    /** Runs {@code n} mutated inputs. */
    Result run(int n) {
        Result r = new Result();
        boolean allocation = threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled();
        long me = Thread.currentThread().getId();
        for (int i = 0; i < n; i++) {
            String[] seed = seeds.get(random.nextInt(seeds.size()));
            Format f = Format.valueOf(seed[0]);
            String input = mutate(seed[1], f);
            // a quarter of the inputs also go to a reader of another format
            Format reader = random.nextInt(4) == 0 ? Format.values()[random.nextInt(3)] : f;
            long bytes0 = allocation ? threads.getThreadAllocatedBytes(me) : 0;
            // CPU time of this thread (not wall-clock, which a loaded machine stretches)
            long t0 = threads.getCurrentThreadCpuTime();
            try {
                reader.read(input);
            } catch (GameFormatException expected) {
                r.refused++;
            } catch (Throwable t) {
                r.failures.add(reader + " " + t + " on: " + abbreviate(input));
            }
            long dt = threads.getCurrentThreadCpuTime() - t0;
            long bytes = allocation ? threads.getThreadAllocatedBytes(me) - bytes0 : 0;
            r.inputs++;
            if (dt > r.maxNanos) {
                r.maxNanos = dt;
                r.slowest = reader + ": " + abbreviate(input);
            }
            r.maxBytes = Math.max(r.maxBytes, bytes);
        }
        return r;
    }

    String mutate(String text, Format f) {
        int kind = random.nextInt(8);
        switch (kind) {
            case 0:
                return flipBytes(text, 1 + random.nextInt(8));
            case 1:
                return replaceNumber(text, BLOW_UPS[random.nextInt(BLOW_UPS.length)]);
            case 2:
                return replaceNumber(text, "9".repeat(1 + random.nextInt(1200)) + (random.nextBoolean() ? ""
                        : "e" + random.nextInt(5000)));
            case 3:
                return declareHugeSize(text, f);
            case 4:
                return text.substring(0, random.nextInt(text.length() + 1));
            case 5:
                return nest(text);
            case 6:
                return splice(text);
            default:
                // several mutations at once
                String t = text;
                for (int k = 0, m = 2 + random.nextInt(3); k < m; k++) {
                    t = mutate(t, f);
                }
                return t;
        }
    }

    private String flipBytes(String text, int flips) {
        if (text.isEmpty()) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int k = 0; k < flips; k++) {
            int pos = random.nextInt(c.length);
            c[pos] = random.nextInt(4) == 0 ? "{}[],\":/e-.0123456789 \n\\".charAt(random.nextInt(23))
                    : (char) random.nextInt(random.nextBoolean() ? 128 : 0x3000);
        }
        return new String(c);
    }

    private String replaceNumber(String text, String by) {
        List<int[]> spans = numbers(text);
        if (spans.isEmpty()) {
            return text + by;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String replacement = by;
        if (text.charAt(Math.max(0, s[0] - 1)) != '"' && random.nextBoolean() && text.startsWith("{")) {
            replacement = "\"" + by + "\""; // JSON: as a string as well as a bare number
        }
        return text.substring(0, s[0]) + replacement + text.substring(s[1]);
    }

    private String declareHugeSize(String text, Format f) {
        String size = SIZES[random.nextInt(SIZES.length)];
        switch (f) {
            case NFG: {
                // the strategy block as counts: { 20000000 1 }
                int open = text.indexOf("\n\n{ ");
                int close = open < 0 ? -1 : text.indexOf("}\n\"", open);
                if (open < 0 || close < 0) {
                    return replaceNumber(text, size);
                }
                int players = (int) text.substring(0, open).chars().filter(ch -> ch == '"').count() / 2 - 1;
                StringBuilder counts = new StringBuilder("\n\n{ ");
                for (int p = 0; p < Math.max(1, players); p++) {
                    counts.append(p == 0 || random.nextBoolean() ? size : "1").append(' ');
                }
                return text.substring(0, open) + counts + text.substring(close);
            }
            case JSON: {
                Matcher m = Pattern.compile("\"strategies\" : \\[[^\\]]*\\](?:,\\s*\\[[^\\]]*\\])*\\s*\\]").matcher(text);
                if (!m.find()) {
                    return replaceNumber(text, size);
                }
                String layout = random.nextBoolean() ? "" : ", \"payoffLayout\": \"profiles\"";
                return text.substring(0, m.start()) + "\"strategies\" : [" + size + ", 1]" + layout
                        + text.substring(m.end());
            }
            default: {
                int nl = text.indexOf('\n');
                return (random.nextBoolean() ? size + " " + size : size + " 1") + (nl < 0 ? "" : text.substring(nl));
            }
        }
    }

    private String nest(String text) {
        int depth = random.nextBoolean() ? 50 + random.nextInt(100) : 2_000 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : random.nextBoolean() ? "{\"a\":" : "{";
        String close = open.equals("[") ? "]" : "}";
        int pos = random.nextInt(text.length() + 1);
        List<int[]> spans = numbers(text);
        if (!spans.isEmpty() && random.nextBoolean()) {
            int[] s = spans.get(random.nextInt(spans.size()));
            return text.substring(0, s[0]) + open.repeat(depth) + "1" + close.repeat(random.nextBoolean() ? depth : 0)
                    + text.substring(s[1]);
        }
        return text.substring(0, pos) + open.repeat(depth) + text.substring(pos);
    }

    private String splice(String text) {
        if (text.length() < 2) {
            return text + text;
        }
        int a = random.nextInt(text.length());
        int b = a + random.nextInt(Math.min(200, text.length() - a));
        String chunk = text.substring(a, b);
        int at = random.nextInt(text.length() + 1);
        if (random.nextBoolean()) {
            return text.substring(0, a) + text.substring(b); // delete
        }
        return text.substring(0, at) + chunk.repeat(1 + random.nextInt(20)) + text.substring(at);
    }

    private static List<int[]> numbers(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
