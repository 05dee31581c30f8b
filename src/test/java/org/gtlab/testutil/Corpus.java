package org.gtlab.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * The reference corpus in the test resources ({@code src/test/resources/corpus}, read from the test
 * class path): for each game its matrices and the reference results computed by Gambit and lrsnash
 * (see the corpus README for the fields and PROVENANCE.md for where each game comes from). Nothing
 * outside the repository is read.
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One corpus game with its references. Absent references are empty optionals. */
    public record Entry(String name, String category, Path nfg, NormalFormGame game,
            Set<StrategyProfile> pureEquilibria,
            Optional<Set<StrategyProfile>> extremeEquilibria,
            Optional<Integer> extremeCount,
            Optional<Set<Set<StrategyProfile>>> maximalNashSubsets,
            Optional<Set<StrategyProfile>> lemkeHowsonReachable,
            Optional<Set<StrategyProfile>> lemkeHowsonGambit,
            Optional<Rational> zeroSumValue) {

        public boolean degenerate() {
            return category.startsWith("degen");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {
    }

    /** The class-path folder of the corpus (copied by Maven to {@code target/test-classes/corpus}). */
    private static final String RESOURCE = "/corpus/index.json";

    /** The corpus folder on the test class path. */
    public static Path dir() {
        URL index = Corpus.class.getResource(RESOURCE);
        if (index == null) {
            throw new IllegalStateException("game corpus not found on the test class path: " + RESOURCE
                    + " (it lives in src/test/resources/corpus)");
        }
        try {
            Path p = Paths.get(index.toURI()).getParent();
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("game corpus is not a folder: " + p);
            }
            return p;
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalStateException("game corpus at " + index + " is not a folder on disk", e);
        }
    }

    /** Every game listed in index.json, in index order. */
    public static List<Entry> all() {
        try {
            JsonNode index = JSON.readTree(dir().resolve("index.json").toFile());
            List<Entry> out = new ArrayList<>();
            for (JsonNode n : index) {
                out.add(load(n.get("game").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Entry load(String name) {
        try {
            JsonNode j = JSON.readTree(dir().resolve(name + ".json").toFile());
            NormalFormGame g = NormalFormGame.bimatrix(matrix(j.get("A")), matrix(j.get("B")));
            return new Entry(name, j.path("category").asText(""), dir().resolve(name + ".nfg"), g,
                    profiles(j.get("pure_equilibria")).orElse(Set.of()),
                    profiles(j.get("extreme_equilibria")),
                    j.has("extreme_equilibria_count") ? Optional.of(j.get("extreme_equilibria_count").asInt())
                            : Optional.empty(),
                    subsets(j.get("maximal_nash_subsets")),
                    profiles(j.get("lemke_howson_reachable")),
                    profiles(j.get("lemke_howson_gambit")),
                    j.has("zero_sum_value_row") && !j.get("zero_sum_value_row").isNull()
                            ? Optional.of(Rational.parse(j.get("zero_sum_value_row").asText()))
                            : Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rational[][] matrix(JsonNode m) {
        Rational[][] a = new Rational[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            a[i] = new Rational[m.get(i).size()];
            for (int j = 0; j < m.get(i).size(); j++) {
                a[i][j] = Rational.parse(m.get(i).get(j).asText());
            }
        }
        return a;
    }

    private static StrategyProfile profile(JsonNode n) {
        List<List<String>> l = new ArrayList<>();
        for (JsonNode s : n) {
            List<String> probs = new ArrayList<>();
            s.forEach(x -> probs.add(x.asText()));
            l.add(probs);
        }
        return StrategyProfile.parse(l);
    }

    private static Optional<Set<StrategyProfile>> profiles(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        Set<StrategyProfile> s = new HashSet<>();
        n.forEach(p -> s.add(profile(p)));
        return Optional.of(s);
    }

    private static Optional<Set<Set<StrategyProfile>>> subsets(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        Set<Set<StrategyProfile>> s = new HashSet<>();
        n.forEach(c -> {
            Set<StrategyProfile> set = new HashSet<>();
            c.forEach(p -> set.add(profile(p)));
            s.add(set);
        });
        return Optional.of(s);
    }
}
