package org.gtlab.io;

import java.io.IOException;

/**
 * A game file could not be read because its content is malformed.
 *
 * <p>The message reads like a compiler diagnostic, {@code file:line:column: detail}, for example
 * {@code game.nfg:3:14: expected '}' but found "x"}. Lines and columns are 1-based; a column counts
 * characters (a tab is one column). When the position is unknown, line and column are 0 and the
 * message is {@code file: detail}.
 *
 * <p>It is a checked {@link IOException} because it arises while reading files, next to the other
 * I/O failures a caller has to handle anyway (missing file, no permission).
 */
public final class GameFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /**
     * @param file   display name of the file (a path or a name such as {@code <clipboard>})
     * @param line   1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     * @param detail what is wrong, without the position
     */
    public GameFormatException(String file, int line, int column, String detail) {
        this(file, line, column, detail, null);
    }

    public GameFormatException(String file, int line, int column, String detail, Throwable cause) {
        super(format(file, line, column, detail), cause);
        this.file = file == null ? "<input>" : file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.detail = detail;
    }

    private static String format(String file, int line, int column, String detail) {
        String f = file == null ? "<input>" : file;
        return line > 0 ? f + ":" + line + ":" + Math.max(column, 1) + ": " + detail : f + ": " + detail;
    }

    /** Display name of the file. */
    public String file() {
        return file;
    }

    /** 1-based line of the error, 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, 0 if unknown. */
    public int column() {
        return column;
    }

    /** The message without the {@code file:line:column:} prefix. */
    public String detail() {
        return detail;
    }
}
