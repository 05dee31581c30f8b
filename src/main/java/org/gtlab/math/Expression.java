package org.gtlab.math;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A payoff expression of named parameters, evaluated exactly: numbers (integers, decimals,
 * fractions written as division), parameter names ({@code [A-Za-z_][A-Za-z0-9_]*}), unary minus,
 * {@code + − * /}, integer powers {@code ^} and parentheses, with the usual precedence
 * ({@code ^} binds tightest and is right-associative; {@code -a^2 = -(a^2)}). Examples:
 * {@code 3+a}, {@code -c/2}, {@code b*b}, {@code (1-p)^2}. Values are {@link Rational}, so the result
 * is exact when the parameters are rational.
 *
 * <p>Failure modes, each one {@link IllegalArgumentException} naming the expression and the
 * 1-based column: a syntax error ({@link #parse}); an unknown parameter, a division by zero at the
 * given values, or an exponent that is not an integer of magnitude ≤ 64 ({@link #evaluate}).
 * Immutable and thread-safe.
 */
public final class Expression {

    private sealed interface Node permits Num, Var, Neg, Bin {
    }

    private record Num(Rational v) implements Node {
    }

    private record Var(String name, int column) implements Node {
    }

    private record Neg(Node a) implements Node {
    }

    private record Bin(char op, Node a, Node b, int column) implements Node {
    }

    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException "expression "3+*a": unexpected '*' at column 3"
     */
    public static Expression parse(String text) {
        Parser p = new Parser(text);
        p.skip();
        if (p.pos == text.length()) {
            throw p.error("empty expression");
        }
        Node n = p.sum();
        p.skip();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return new Expression(text, n);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The parameter names used, sorted. */
    public Set<String> parameters() {
        Set<String> s = new TreeSet<>();
        collect(root, s);
        return s;
    }

    private static void collect(Node n, Set<String> s) {
        if (n instanceof Var v) {
            s.add(v.name());
        } else if (n instanceof Neg g) {
            collect(g.a(), s);
        } else if (n instanceof Bin b) {
            collect(b.a(), s);
            collect(b.b(), s);
        }
    }

    /** True if the expression uses no parameter. */
    public boolean isConstant() {
        return parameters().isEmpty();
    }

    /**
     * The exact value at the given parameter values.
     *
     * @throws IllegalArgumentException for an unknown parameter, a division by zero or a bad exponent,
     *                                  naming the expression and the column
     */
    public Rational evaluate(Map<String, Rational> values) {
        return eval(root, values);
    }

    private Rational eval(Node n, Map<String, Rational> values) {
        if (n instanceof Num x) {
            return x.v();
        }
        if (n instanceof Var v) {
            Rational r = values.get(v.name());
            if (r == null) {
                throw new IllegalArgumentException("expression \"" + text + "\": unknown parameter '" + v.name()
                        + "' at column " + v.column() + (values.isEmpty() ? "" : " (known: "
                        + String.join(", ", new TreeSet<>(values.keySet())) + ")"));
            }
            return r;
        }
        if (n instanceof Neg g) {
            return eval(g.a(), values).negate();
        }
        Bin b = (Bin) n;
        Rational x = eval(b.a(), values);
        Rational y = eval(b.b(), values);
        switch (b.op()) {
            case '+':
                return x.add(y);
            case '-':
                return x.subtract(y);
            case '*':
                return x.multiply(y);
            case '/':
                if (y.isZero()) {
                    throw new IllegalArgumentException("expression \"" + text + "\": division by zero at column "
                            + b.column() + " at the current parameter values");
                }
                return x.divide(y);
            default:
                return power(x, y, b.column());
        }
    }

    private Rational power(Rational x, Rational y, int column) {
        if (!y.isInteger() || y.abs().compareTo(Rational.of(64)) > 0) {
            throw new IllegalArgumentException("expression \"" + text + "\": the exponent at column " + column
                    + " must be an integer between -64 and 64, got " + y);
        }
        int e = y.intValue();
        if (e < 0 && x.isZero()) {
            throw new IllegalArgumentException("expression \"" + text + "\": division by zero (0 to a negative power) at column " + column);
        }
        Rational r = Rational.ONE;
        for (int i = 0; i < Math.abs(e); i++) {
            r = r.multiply(x);
        }
        return e < 0 ? r.reciprocal() : r;
    }

    /**
     * The same expression with every use of parameter {@code from} renamed to {@code to}, the rest of
     * the text (spacing, parentheses) kept as written: {@code "3 + a*a"} with a → b is {@code "3 + b*b"}.
     */
    public Expression renamed(String from, String to) {
        java.util.List<Var> uses = new java.util.ArrayList<>();
        vars(root, uses);
        uses.sort((x, y) -> Integer.compare(y.column(), x.column()));
        StringBuilder b = new StringBuilder(text);
        boolean any = false;
        for (Var v : uses) {
            if (v.name().equals(from)) {
                b.replace(v.column() - 1, v.column() - 1 + from.length(), to);
                any = true;
            }
        }
        return any ? parse(b.toString()) : this;
    }

    private static void vars(Node n, java.util.List<Var> out) {
        if (n instanceof Var v) {
            out.add(v);
        } else if (n instanceof Neg g) {
            vars(g.a(), out);
        } else if (n instanceof Bin b) {
            vars(b.a(), out);
            vars(b.b(), out);
        }
    }

    /** True if {@code name} is a parameter name: a letter or _ followed by letters, digits or _. */
    public static boolean isName(String name) {
        return name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression e && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Recursive descent: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*; unary := '-' unary | power; power := atom ('^' unary)?. */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("expression \"" + s + "\": " + what + " at column " + (pos + 1));
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean at(char c) {
            skip();
            return pos < s.length() && s.charAt(pos) == c;
        }

        Node sum() {
            Node n = product();
            while (at('+') || at('-')) {
                char op = s.charAt(pos);
                int col = ++pos;
                n = new Bin(op, n, product(), col);
            }
            return n;
        }

        Node product() {
            Node n = unary();
            while (at('*') || at('/')) {
                char op = s.charAt(pos);
                int col = ++pos;
                n = new Bin(op, n, unary(), col);
            }
            return n;
        }

        Node unary() {
            if (at('-')) {
                pos++;
                return new Neg(unary());
            }
            if (at('+')) {
                pos++;
                return unary();
            }
            return power();
        }

        Node power() {
            Node a = atom();
            if (at('^')) {
                int col = ++pos;
                return new Bin('^', a, unary(), col);
            }
            return a;
        }

        Node atom() {
            skip();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = sum();
                if (!at(')')) {
                    throw error("missing ')'");
                }
                pos++;
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                String num = s.substring(start, pos);
                try {
                    return new Num(Rational.of(new java.math.BigDecimal(num)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("bad number '" + num + "'");
                }
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                return new Var(s.substring(start, pos), start + 1);
            }
            throw error("unexpected '" + c + "'");
        }
    }
}
