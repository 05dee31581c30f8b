package org.gtlab.io.recipe;

/** Size presets for charts, in points (tables are always exported at their natural size). */
public enum ExportSize {
    PAPER_COLUMN("Paper column (3.5 in, 4:3)", 252, 189),
    PAPER_WIDE("Paper, full width (6.5 in)", 468, 300),
    SLIDE("Slide 16:9", 640, 360),
    SCREEN("As on screen (5 in × 3.75 in)", 360, 270);

    private final String label;
    private final double width;
    private final double height;

    ExportSize(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    @Override
    public String toString() {
        return label;
    }
}
