package org.gtlab.ui.workspace;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small vector icons for the run controls (glyphs such as ⏸ are missing from many fonts). */
public final class Icons {

    private Icons() {
    }

    public static Node pause() {
        return icon("M0,0 H3.5 V11 H0 Z M6.5,0 H10 V11 H6.5 Z");
    }

    public static Node stop() {
        return icon("M0,0 H10 V10 H0 Z");
    }

    public static Node play() {
        return icon("M0,0 L10,5.5 L0,11 Z");
    }

    private static Node icon(String d) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.getStyleClass().add("run-icon");
        return p;
    }
}
