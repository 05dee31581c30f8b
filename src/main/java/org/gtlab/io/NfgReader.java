package org.gtlab.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.io.NfgLexer.Kind;
import org.gtlab.io.NfgLexer.Token;
import org.gtlab.math.NumberLimits;
import org.gtlab.math.Rational;

/**
 * Reads strategic games in Gambit's {@code .nfg} format, both versions.
 *
 * <p>Format (Gambit documentation, "Game representation formats", and specs/peers.md §1.3):
 * <pre>
 * NFG 1 R "title" { "player 1" "player 2" … } strategy-block ["comment"]
 * payoff version:  u1(s) u2(s) … for every profile s
 * outcome version: { { "name" u1[,] u2 … } … }  k(s) for every profile s (0 = null outcome)
 * </pre>
 * <ul>
 *   <li>{@code R} may also be the obsolete {@code D}; the version number must be {@code 1}.</li>
 *   <li>The strategy block is either counts {@code { 3 2 }} (labels "1", "2", …) or label lists
 *       {@code { { "U" "D" } { "L" "R" } }}; both are accepted in both versions.</li>
 *   <li>The token after the optional comment decides the version: '{' starts the outcome
 *       list, a number the flat payoff list.</li>
 *   <li>Profiles are listed with player 1's strategy changing fastest (Gambit's order, the same as
 *       {@link NormalFormGame#profileIndex(int...)}).</li>
 *   <li>Numbers (integers, decimals, fractions {@code 1/3}) are read exactly with
 *       {@link Rational#parse(String)}; the resulting game is exact.</li>
 * </ul>
 * Outcome names are not kept (a {@link NormalFormGame} has one payoff vector per profile).
 *
 * <p>Reading is safe on any input: numbers within {@link NumberLimits} (digits, exponents, a digit
 * budget per file), and a declared size (strategy counts) that the rest of the file cannot hold —
 * every profile needs at least one number — is refused before anything is allocated, as is a game
 * of more than {@code max(2^20, 4 × file length)} payoffs. A file of under 1 MB is read or refused
 * in well under a second.
 *
 * <p>Every format error is a {@link GameFormatException} naming file, line and column.
 * Files are read as UTF-8; a file that is not valid UTF-8 is read as ISO-8859-1 (older Gambit
 * files written on Windows).
 */
public final class NfgReader {

    /**
     * Declared sizes above this many payoffs are checked against the characters left in the file
     * before anything is allocated (smaller ones are read, and a short file is reported where it ends).
     */
    private static final long SMALL = 1L << 16;

    private final NfgLexer lex;
    private final NumberLimits limits;

    private NfgReader(String text, String file) {
        this.lex = new NfgLexer(text, file);
        this.limits = NumberLimits.forLength(text.length());
    }

    /** Reads the game in {@code path}; errors name the path as given. */
    public static NormalFormGame read(Path path) throws IOException {
        byte[] bytes = GameFiles.readBytes(path);
        return parse(decode(bytes), path.toString());
    }

    /** Reads a game from {@code text}; errors name {@code displayName}. */
    public static NormalFormGame parse(String text, String displayName) throws GameFormatException {
        try {
            return new NfgReader(text, displayName == null ? "<input>" : displayName).game();
        } catch (GameFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string does not fail", e);
        }
    }

    /** Reads a game from {@code in} (not closed); errors name {@code displayName}. */
    public static NormalFormGame read(Reader in, String displayName) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int r; (r = in.read(buf)) > 0;) {
            sb.append(buf, 0, r);
        }
        return parse(sb.toString(), displayName);
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    // ---------------------------------------------------------------- grammar

    private NormalFormGame game() throws IOException {
        Token t = lex.next();
        if (t.kind() != Kind.WORD || !t.text().equals("NFG")) {
            throw lex.error(t, "expected \"NFG\" at the start of a Gambit strategic game file but found " + t.describe());
        }
        t = lex.next();
        if (t.kind() != Kind.WORD) {
            throw lex.error(t, "expected the format version 1 but found " + t.describe());
        }
        if (!t.text().equals("1")) {
            throw lex.error(t, "unsupported .nfg format version \"" + t.text() + "\" (only version 1 exists)");
        }
        t = lex.next();
        if (t.kind() != Kind.WORD || !(t.text().equals("R") || t.text().equals("D"))) {
            throw lex.error(t, "expected 'R' (or the obsolete 'D') but found " + t.describe());
        }
        String title = string("the game title");

        expect(Kind.LBRACE, "'{' opening the list of player names");
        List<String> players = new ArrayList<>();
        while (true) {
            t = lex.next();
            if (t.kind() == Kind.RBRACE) {
                break;
            }
            if (t.kind() != Kind.STRING) {
                throw lex.error(t, "expected a player name (a quoted string) or '}' but found " + t.describe());
            }
            players.add(t.text());
        }
        if (players.isEmpty()) {
            throw lex.error(t, "the game has no players");
        }
        int n = players.size();

        List<List<String>> labels = strategyBlock(n);
        int profiles = 1;
        for (List<String> l : labels) {
            profiles *= l.size();
        }

        String comment = "";
        if (lex.peek().kind() == Kind.STRING) {
            comment = lex.next().text();
        }

        t = lex.peek();
        Rational[][] pay;
        if (t.kind() == Kind.LBRACE) {
            pay = new Rational[n][profiles];
            outcomeVersion(pay, n, profiles);
        } else if (t.kind() == Kind.WORD) {
            long need = 2L * n * profiles - 1;
            if ((long) n * profiles > SMALL && need > lex.remaining() + t.text().length()) {
                throw lex.error(t, "the game needs " + ((long) n * profiles) + " payoffs (" + n + " players × "
                        + profiles + " profiles), but only " + (lex.remaining() + t.text().length())
                        + " characters are left (the file is truncated or the strategy counts are wrong)");
            }
            pay = new Rational[n][profiles];
            payoffVersion(pay, n, profiles);
        } else {
            throw lex.error(t, "expected the payoffs ('{' starting the outcome list, or a number) but found "
                    + t.describe());
        }
        return NormalFormGame.of(title, players, labels, pay).withComment(comment);
    }

    private List<List<String>> strategyBlock(int n) throws IOException {
        Token open = expect(Kind.LBRACE, "'{' opening the strategy block (counts like { 2 2 } or label lists)");
        List<List<String>> labels = new ArrayList<>();
        Token t = lex.peek();
        if (t.kind() == Kind.WORD) {
            List<Integer> counts = new ArrayList<>();
            long product = 1;
            while (lex.peek().kind() == Kind.WORD) {
                t = lex.next();
                int k = positiveInt(t);
                if (counts.size() == n) {
                    throw lex.error(t, "more strategy counts than players (" + n + ")");
                }
                product *= k;
                if (product > NormalFormGame.MAX_PROFILES) {
                    throw lex.error(open, "game too large: more than " + NormalFormGame.MAX_PROFILES
                            + " pure-strategy profiles");
                }
                counts.add(k);
            }
            // the labels "1".."k" are made only once the rest of the file can hold the payoffs
            if (product > SMALL) {
                checkRoom(open, product);
            }
            for (int k : counts) {
                List<String> l = new ArrayList<>(k);
                for (int i = 1; i <= k; i++) {
                    l.add(Integer.toString(i));
                }
                labels.add(l);
            }
        } else if (t.kind() == Kind.LBRACE) {
            while (lex.peek().kind() == Kind.LBRACE) {
                Token inner = lex.next();
                if (labels.size() == n) {
                    throw lex.error(inner, "more strategy lists than players (" + n + ")");
                }
                List<String> l = new ArrayList<>();
                while (true) {
                    t = lex.next();
                    if (t.kind() == Kind.RBRACE) {
                        break;
                    }
                    if (t.kind() != Kind.STRING) {
                        throw lex.error(t, "expected a strategy label (a quoted string) or '}' but found "
                                + t.describe());
                    }
                    l.add(t.text());
                }
                if (l.isEmpty()) {
                    throw lex.error(inner, "player " + (labels.size() + 1) + " has no strategies");
                }
                labels.add(l);
            }
        } else if (t.kind() != Kind.RBRACE) {
            throw lex.error(t, "expected a strategy count or '{' opening a list of strategy labels but found "
                    + t.describe());
        }
        t = lex.next();
        if (t.kind() != Kind.RBRACE) {
            throw lex.error(t, "expected '}' closing the strategy block but found " + t.describe());
        }
        if (labels.size() != n) {
            throw lex.error(open, "the strategy block gives strategies for " + labels.size() + " players, but the game has "
                    + n);
        }
        long count = 1;
        for (List<String> l : labels) {
            count *= l.size();
            if (count > NormalFormGame.MAX_PROFILES) {
                throw lex.error(open, "game too large: more than " + NormalFormGame.MAX_PROFILES
                        + " pure-strategy profiles");
            }
        }
        if (count > SMALL) {
            checkRoom(open, count);
        }
        long entries = count * n;
        long maxEntries = Math.max(1L << 20, 4L * lex.length());
        if (entries > maxEntries) {
            throw lex.error(open, "the game declares " + n + " players × " + count + " profiles = " + entries
                    + " payoffs, too many for a file of " + lex.length() + " characters (at most " + maxEntries + ")");
        }
        return labels;
    }

    /**
     * Refuses a declared size that the rest of the file cannot hold: every profile needs at least
     * one number and a separator (an outcome index, or a payoff per player).
     */
    private void checkRoom(Token at, long profiles) throws GameFormatException {
        long need = 2 * profiles - 1;
        if (need > lex.remaining()) {
            throw lex.error(at, "the strategy block declares " + profiles + " strategy profiles, but only "
                    + lex.remaining() + " characters follow; each profile needs at least one number (the file is "
                    + "truncated or the counts are wrong)");
        }
    }

    private void payoffVersion(Rational[][] pay, int n, int profiles) throws IOException {
        long total = (long) n * profiles;
        long read = 0;
        for (int k = 0; k < profiles; k++) {
            for (int p = 0; p < n; p++) {
                Token t = lex.next();
                if (t.kind() == Kind.EOF) {
                    throw lex.error(t, "the payoff list ends after " + read + " numbers; expected " + total + " ("
                            + n + " players × " + profiles + " profiles)");
                }
                pay[p][k] = number(t, "a payoff");
                read++;
            }
        }
        Token t = lex.peek();
        if (t.kind() != Kind.EOF) {
            throw lex.error(t, "too many payoffs: expected exactly " + total + " (" + n + " players × " + profiles
                    + " profiles), but found more: " + t.describe());
        }
    }

    private void outcomeVersion(Rational[][] pay, int n, int profiles) throws IOException {
        lex.next(); // '{'
        List<Rational[]> outcomes = new ArrayList<>();
        while (true) {
            Token t = lex.next();
            if (t.kind() == Kind.RBRACE) {
                break;
            }
            if (t.kind() != Kind.LBRACE) {
                throw lex.error(t, "expected '{' starting an outcome, or '}' closing the outcome list, but found "
                        + t.describe());
            }
            int number = outcomes.size() + 1;
            string("the name of outcome " + number);
            Rational[] u = new Rational[n];
            int got = 0;
            while (true) {
                t = lex.next();
                if (t.kind() == Kind.RBRACE) {
                    break;
                }
                if (t.kind() != Kind.WORD) {
                    throw lex.error(t, "expected a payoff or '}' in outcome " + number + " but found " + t.describe());
                }
                if (got == n) {
                    throw lex.error(t, "outcome " + number + " has more than " + n + " payoffs (one per player)");
                }
                u[got++] = number(t, "a payoff");
                if (lex.peek().kind() == Kind.COMMA) {
                    lex.next();
                    if (lex.peek().kind() != Kind.WORD) {
                        throw lex.error(lex.peek(), "expected a payoff after ',' in outcome " + number + " but found "
                                + lex.peek().describe());
                    }
                }
            }
            if (got != n) {
                throw lex.error(t, "outcome " + number + " has " + got + " payoff" + (got == 1 ? "" : "s") + ", expected "
                        + n + " (one per player)");
            }
            outcomes.add(u);
        }
        for (int k = 0; k < profiles; k++) {
            Token t = lex.next();
            if (t.kind() == Kind.EOF) {
                throw lex.error(t, "the outcome indices end after " + k + "; expected " + profiles
                        + " (one per strategy profile)");
            }
            if (t.kind() != Kind.WORD) {
                throw lex.error(t, "expected an outcome index but found " + t.describe());
            }
            long idx;
            try {
                idx = Long.parseLong(t.text());
            } catch (NumberFormatException e) {
                throw lex.error(t, "bad outcome index \"" + t.text() + "\": expected a whole number from 0 to "
                        + outcomes.size());
            }
            if (idx < 0 || idx > outcomes.size()) {
                throw lex.error(t, "unknown outcome " + t.text() + ": the game defines " + outcomes.size()
                        + " outcome" + (outcomes.size() == 1 ? "" : "s") + " (0 is the null outcome)");
            }
            for (int p = 0; p < n; p++) {
                pay[p][k] = idx == 0 ? Rational.ZERO : outcomes.get((int) idx - 1)[p];
            }
        }
        Token t = lex.peek();
        if (t.kind() != Kind.EOF) {
            throw lex.error(t, "too many outcome indices: expected exactly " + profiles
                    + " (one per strategy profile), but found more: " + t.describe());
        }
    }

    // ---------------------------------------------------------------- terminals

    private Token expect(Kind kind, String what) throws IOException {
        Token t = lex.next();
        if (t.kind() != kind) {
            throw lex.error(t, "expected " + what + " but found " + t.describe());
        }
        return t;
    }

    private String string(String what) throws IOException {
        Token t = lex.next();
        if (t.kind() != Kind.STRING) {
            throw lex.error(t, "expected " + what + " (a quoted string) but found " + t.describe());
        }
        return t.text();
    }

    private Rational number(Token t, String what) throws GameFormatException {
        if (t.kind() != Kind.WORD) {
            throw lex.error(t, "expected " + what + " (a number) but found " + t.describe());
        }
        try {
            return limits.parse(t.text());
        } catch (NumberFormatException | ArithmeticException e) {
            if (e.getMessage() != null && !e.getMessage().startsWith("not a number")) {
                throw lex.error(t, "bad number: " + e.getMessage());
            }
            String why = e.getMessage() != null && e.getMessage().contains("denominator is zero") ? " (denominator is zero)"
                    : "";
            throw lex.error(t, "bad number \"" + t.text() + "\"" + why
                    + ": expected " + what + " written as an integer, a decimal or a fraction like 1/3");
        }
    }

    private int positiveInt(Token t) throws GameFormatException {
        try {
            int k = Integer.parseInt(t.text());
            if (k >= 1) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw lex.error(t, "bad strategy count \"" + t.text() + "\": expected a whole number ≥ 1");
    }
}
