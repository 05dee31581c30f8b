package org.gtlab.learn.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtlab.game.TeamGame;

/**
 * Builds team learners from a method name and string settings, the shape a command line
 * ({@code gtlab run fxp-example sp --set lr=0.1}) or a run spec passes (issue 6). Methods:
 * <ul>
 *   <li>{@code sp}: settings lr, profile=correct|repeat;</li>
 *   <li>{@code fp}, {@code fsp}: lr, eta (fsp, default 0.99), averaging=all|first20;</li>
 *   <li>{@code forel}, {@code replicator}, {@code mwu}, {@code cfr}: lr (authors' defaults 20, 0.8, 10, 10),
 *       profile, steps (1000);</li>
 *   <li>{@code psro}: meta=nash|uniform|uniform_biased|prd|rm|alpharank|fp999 (default nash),
 *       oracle=exact|damped (default exact), reset=true|false (default true), iterations (default 100
 *       for the exact oracle, 12 for damped Nash with reset, otherwise 20), lr;</li>
 *   <li>{@code odo}: Online Double Oracle, mu (1), oracle (damped), reset, iterations (12 with reset, 20
 *       without), lr;</li>
 *   <li>{@code fxp}: iterations (m = 10), eta (0.3), reset (false), meta (nash), counters=damped|exact,
 *       lr.</li>
 * </ul>
 * {@code mode=paper} switches to the paper-faithful variants (FP-999 meta-solver for PSRO/FXP, the
 * {@code np.repeat} self-play profile, first-20 FP averaging) unless a setting says otherwise.
 */
public final class TeamLearners {

    private TeamLearners() {
    }

    /** The method names. */
    public static List<String> methods() {
        return List.of("sp", "fp", "fsp", "forel", "replicator", "mwu", "cfr", "psro", "odo", "fxp");
    }

    /**
     * @throws IllegalArgumentException for an unknown method or setting, or a bad value
     */
    public static TeamLearner<?> create(String method, TeamGame game, Map<String, String> settings) {
        Map<String, String> s = new LinkedHashMap<>();
        settings.forEach((k, v) -> s.put(k.toLowerCase(Locale.ROOT).trim(), v.trim()));
        boolean paper = "paper".equalsIgnoreCase(take(s, "mode", "lab")) ;
        double lr = dbl(s, "lr", SoftBestResponseOracle.DEFAULT_LR);
        TeamLearner<?> l;
        switch (method.toLowerCase(Locale.ROOT)) {
            case "sp":
                l = new SelfPlay(game, new SoftBestResponseOracle(lr, 0, 0, 1000), profile(s, paper));
                break;
            case "fp":
            case "fsp": {
                boolean fsp = method.equalsIgnoreCase("fsp");
                double eta = fsp ? dbl(s, "eta", 0.99) : Double.NaN;
                String avg = take(s, "averaging", paper ? "first20" : "all");
                FictitiousSelfPlay.Averaging a;
                if (avg.equalsIgnoreCase("all")) {
                    a = FictitiousSelfPlay.Averaging.ALL;
                } else if (avg.equalsIgnoreCase("first20")) {
                    a = FictitiousSelfPlay.Averaging.FIRST_20;
                } else {
                    throw new IllegalArgumentException("averaging must be all or first20, got " + avg);
                }
                l = new FictitiousSelfPlay(game, eta, a, new SoftBestResponseOracle(lr, 0, 0, 1000));
                break;
            }
            case "forel":
            case "replicator":
            case "mwu":
            case "cfr": {
                NoRegretSelfPlay.Rule r = NoRegretSelfPlay.Rule.valueOf(method.toUpperCase(Locale.ROOT));
                double rate = settings.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("lr")) ? lr : r.defaultLr();
                l = new NoRegretSelfPlay(game, r, rate, profile(s, paper), integer(s, "steps", 1000));
                break;
            }
            case "psro":
            case "odo": {
                boolean odo = method.equalsIgnoreCase("odo");
                String oracleName = take(s, "oracle", odo ? "damped" : "exact");
                Psro.Oracle oracle;
                if (oracleName.equalsIgnoreCase("exact")) {
                    oracle = Psro.Oracle.EXACT;
                } else if (oracleName.equalsIgnoreCase("damped")) {
                    oracle = Psro.Oracle.DAMPED;
                } else {
                    throw new IllegalArgumentException("oracle must be exact or damped, got " + oracleName);
                }
                boolean reset = bool(s, "reset", true);
                SoftBestResponseOracle d = new SoftBestResponseOracle(lr, 0, 50, 1000);
                if (odo) {
                    double mu = dbl(s, "mu", 1);
                    int m = integer(s, "iterations", reset ? 12 : 20);
                    l = Psro.onlineDoubleOracle(game, mu, oracle, reset, m).withDampedOracle(d);
                } else {
                    String metaName = take(s, "meta", paper ? "fp999" : "nash");
                    MetaSolver meta = MetaSolvers.byName(metaName);
                    int def = oracle == Psro.Oracle.EXACT ? 100 : meta.name().equals("nash") || meta.name().equals("fp999")
                            ? (reset ? 12 : 20) : 20;
                    int m = integer(s, "iterations", def);
                    l = Psro.withSolver(game, meta, oracle, reset, m).withDampedOracle(d);
                }
                break;
            }
            case "fxp": {
                FictitiousCrossPlay f = FictitiousCrossPlay.standard(game)
                        .withMetaSolver(MetaSolvers.byName(take(s, "meta", paper ? "fp999" : "nash")))
                        .withIterations(integer(s, "iterations", 10)).withEta(dbl(s, "eta", 0.3))
                        .withReset(bool(s, "reset", false)).withOracle(new SoftBestResponseOracle(lr, 0, 50, 1000));
                String c = take(s, "counters", "damped");
                if (!c.equalsIgnoreCase("damped") && !c.equalsIgnoreCase("exact")) {
                    throw new IllegalArgumentException("counters must be damped or exact, got " + c);
                }
                l = f.withExactCounters(c.equalsIgnoreCase("exact"));
                break;
            }
            default:
                throw new IllegalArgumentException("unknown team method \"" + method + "\"; known: " + methods());
        }
        s.remove("lr");
        if (!s.isEmpty()) {
            throw new IllegalArgumentException("unknown setting(s) " + s.keySet() + " for method " + method);
        }
        return l;
    }

    private static SelfPlayProfile profile(Map<String, String> s, boolean paper) {
        String p = take(s, "profile", paper ? "repeat" : "correct");
        if (p.equalsIgnoreCase("correct")) {
            return SelfPlayProfile.CORRECT;
        }
        if (p.equalsIgnoreCase("repeat")) {
            return SelfPlayProfile.REPEAT_QUIRK;
        }
        throw new IllegalArgumentException("profile must be correct or repeat, got " + p);
    }

    private static String take(Map<String, String> s, String key, String def) {
        String v = s.remove(key);
        return v == null ? def : v;
    }

    private static double dbl(Map<String, String> s, String key, double def) {
        String v = s.get(key);
        if (!key.equals("lr")) {
            s.remove(key);
        }
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("setting " + key + " = " + v + " is not a finite number");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " = \"" + v + "\" is not a number");
        }
    }

    private static int integer(Map<String, String> s, String key, int def) {
        String v = s.remove(key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " = \"" + v + "\" is not an integer");
        }
    }

    private static boolean bool(Map<String, String> s, String key, boolean def) {
        String v = s.remove(key);
        if (v == null) {
            return def;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("setting " + key + " must be true or false, got " + v);
    }
}
