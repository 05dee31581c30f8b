package org.gtlab.io;

import java.io.IOException;

/**
 * Splits Gambit game-file text into tokens: '{', '}', ',', quoted strings and
 * words (numbers and keywords such as {@code NFG}, {@code R}).
 *
 * <p>Lexical rules (Gambit's file-format documentation, "Conventions common to all file formats"):
 * whitespace separates tokens and is otherwise insignificant; inside double quotes every character
 * is kept, {@code \"} stands for a quote and {@code \\} for a backslash (any other backslash is kept
 * as it is, so Windows-style paths in labels survive). A word is a maximal run of characters that
 * are neither whitespace nor one of the four characters <code>{ } , "</code>.
 *
 * <p>Positions are 1-based; {@code \r\n}, {@code \n} and a lone {@code \r} each end a line.
 */
final class NfgLexer {

    enum Kind { LBRACE, RBRACE, COMMA, STRING, WORD, EOF }

    /** One token with the position of its first character. */
    record Token(Kind kind, String text, int line, int column) {

        /** How the token is quoted in error messages. */
        String describe() {
            switch (kind) {
                case EOF:
                    return "end of file";
                case LBRACE:
                    return "'{'";
                case RBRACE:
                    return "'}'";
                case COMMA:
                    return "','";
                case STRING:
                    return "the string \"" + abbreviate(text) + "\"";
                default:
                    return "\"" + abbreviate(text) + "\"";
            }
        }

        private static String abbreviate(String s) {
            String oneLine = s.replace("\r", "\\r").replace("\n", "\\n");
            return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
        }
    }

    private final String text;
    private final String file;
    private int pos;
    private int line = 1;
    private int column = 1;
    private boolean lastWasCr;
    private Token peeked;

    NfgLexer(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /** Characters after the last token scanned (a bound on what the rest of the file can hold). */
    int remaining() {
        return text.length() - pos;
    }

    /** Length of the whole text. */
    int length() {
        return text.length();
    }

    /** The next token without consuming it. */
    Token peek() throws IOException {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    /** The next token, consumed. */
    Token next() throws IOException {
        Token t = peek();
        peeked = null;
        return t;
    }

    GameFormatException error(Token at, String detail) {
        return new GameFormatException(file, at.line(), at.column(), detail);
    }

    // ---------------------------------------------------------------- scanning

    private int peekChar() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private int readChar() throws IOException {
        int c = peekChar();
        if (c < 0) {
            return c;
        }
        pos++;
        if (c == '\n') {
            if (!lastWasCr) {
                line++;
            }
            column = 1;
        } else if (c == '\r') {
            line++;
            column = 1;
        } else {
            column++;
        }
        lastWasCr = c == '\r';
        return c;
    }

    private Token scan() throws IOException {
        int c = peekChar();
        while (c >= 0 && Character.isWhitespace(c) || c == '\uFEFF') {
            readChar();
            c = peekChar();
        }
        int l = line;
        int col = column;
        if (c < 0) {
            return new Token(Kind.EOF, "", l, col);
        }
        switch (c) {
            case '{':
                readChar();
                return new Token(Kind.LBRACE, "{", l, col);
            case '}':
                readChar();
                return new Token(Kind.RBRACE, "}", l, col);
            case ',':
                readChar();
                return new Token(Kind.COMMA, ",", l, col);
            case '"':
                readChar();
                return new Token(Kind.STRING, scanString(l, col), l, col);
            default:
                int start = pos;
                while (c >= 0 && !Character.isWhitespace(c) && c != '{' && c != '}' && c != ',' && c != '"') {
                    readChar();
                    c = peekChar();
                }
                return new Token(Kind.WORD, text.substring(start, pos), l, col);
        }
    }

    private String scanString(int l, int col) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = readChar();
            if (c < 0) {
                throw new GameFormatException(file, l, col, "unterminated string: the quote opened here is never closed");
            }
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                int d = peekChar();
                if (d == '"' || d == '\\') {
                    sb.append((char) readChar());
                    continue;
                }
            }
            sb.append((char) c);
        }
    }

    /**
     * Quotes {@code s} so that {@link NfgLexer} reads it back unchanged: {@code "} becomes
     * {@code \"}; a backslash is doubled when a quote, a backslash or the closing quote follows it.
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append("\\\"");
            } else if (c == '\\') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : '"';
                sb.append(next == '"' || next == '\\' ? "\\\\" : "\\");
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
