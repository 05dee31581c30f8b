package org.gtlab.io.recipe;

/** The formats of the export dialog. */
public enum ExportFormat {
    PNG("PNG image", "png"), SVG("SVG vector image", "svg"), PDF("PDF document", "pdf"),
    LATEX("LaTeX (TikZ / tabular)", "tex");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The format named by a file's extension, or null. */
    public static ExportFormat ofFileName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }
}
