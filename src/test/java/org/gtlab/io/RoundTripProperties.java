package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/** Random N-player games with awkward labels and numbers survive both file formats unchanged. */
class RoundTripProperties {

    @Property(tries = 300)
    void nfgOutcomeVersion(@ForAll("games") NormalFormGame g) throws IOException {
        assertEquals(g, NfgReader.parse(NfgWriter.toString(g, NfgWriter.Form.OUTCOME), "p.nfg"));
    }

    @Property(tries = 300)
    void nfgPayoffVersion(@ForAll("games") NormalFormGame g) throws IOException {
        assertEquals(g, NfgReader.parse(NfgWriter.toString(g, NfgWriter.Form.PAYOFF), "p.nfg"));
    }

    @Property(tries = 300)
    void json(@ForAll("games") NormalFormGame g) throws IOException {
        assertEquals(g, JsonGameFormat.parse(JsonGameFormat.toJson(g), "p.json"));
    }

    @Provide
    Arbitrary<NormalFormGame> games() {
        Arbitrary<int[]> shapes = Arbitraries.integers().between(1, 3).array(int[].class).ofMinSize(1).ofMaxSize(4);
        return shapes.flatMap(shape -> {
            int n = shape.length;
            int profiles = 1;
            for (int s : shape) {
                profiles *= s;
            }
            Arbitrary<List<String>> names = text().list().ofSize(n);
            List<Arbitrary<List<String>>> perPlayer = new ArrayList<>();
            for (int s : shape) {
                perPlayer.add(text().list().ofSize(s));
            }
            Arbitrary<List<List<String>>> labels = Combinators.combine(perPlayer).as(l -> l);
            Arbitrary<List<Rational>> pay = rationals().list().ofSize(n * profiles);
            int k = profiles;
            return Combinators.combine(text(), text(), names, labels, pay).as((title, comment, pl, lab, values) -> {
                Rational[][] u = new Rational[n][k];
                for (int p = 0; p < n; p++) {
                    for (int i = 0; i < k; i++) {
                        u[p][i] = values.get(p * k + i);
                    }
                }
                return NormalFormGame.of(title, pl, lab, u).withComment(comment);
            });
        });
    }

    /** Strings with quotes, backslashes, braces, commas, blanks, line breaks and non-ASCII letters. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab \"\\{},\n\r\té€").ofMaxLength(8),
                Arbitraries.strings().alpha().ofMaxLength(6),
                Arbitraries.strings().all().ofMaxLength(5));
    }

    private static Arbitrary<Rational> rationals() {
        Arbitrary<Rational> small = Combinators.combine(Arbitraries.longs().between(-50, 50),
                Arbitraries.longs().between(1, 12)).as(Rational::of);
        Arbitrary<Rational> big = Combinators.combine(Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(25))).as(Rational::of);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, small),
                net.jqwik.api.Tuple.of(1, big),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Rational.ZERO)));
    }
}
