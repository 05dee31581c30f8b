package org.gtlab.ui.handles;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Layout check of a window at a given size (issue 16 §8, "nothing clipped"): walks the visible
 * nodes under a root and reports every node that extends beyond the window's right or bottom edge,
 * or beyond the visible area of a clipping ancestor (a split pane's or tab pane's content clip), and
 * every {@link Labeled} whose text is shown shortened (the skin's text differs from the label's,
 * e.g. ends in "…") — unless its tooltip holds the whole text (issue 16 §8: "wrap, abbreviate with
 * a tooltip, or collapse the side panels"), or it shows only its graphic.
 * <p>
 * Content of scrollable containers ({@link ScrollPane} viewports, the virtual flows of lists and
 * tables, and the text of text fields, which scrolls inside its field) may extend beyond them by design: the walk checks the container itself and, inside it,
 * only the ellipsis of labels. Nodes of zero width or height, invisible nodes and nodes of an
 * invisible ancestor are skipped. Tolerance: half a pixel (sub-pixel layout rounding).
 * <p>
 * Call it on the FX thread after a layout pass ({@code applyCss(); layout()}).
 */
public final class LayoutCheck {

    /** Sub-pixel slack of the bounds comparison. */
    public static final double SLACK = 0.5;

    private LayoutCheck() {
    }

    /** Every problem under the scene's root (empty when the window is whole). */
    public static List<String> problems(Scene scene) {
        return problems(scene.getRoot());
    }

    /** Every problem under {@code root}, against the window (scene) edges and clipping ancestors. */
    public static List<String> problems(Node root) {
        root.applyCss();
        if (root instanceof Parent p) {
            p.layout();
        }
        Scene s = root.getScene();
        if (s == null) {
            return List.of("not in a scene: " + describe(root));
        }
        List<String> out = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, s.getWidth(), s.getHeight());
        // the visible rectangle of the root's ancestors (their clips)
        Bounds visible = window;
        for (Node a = root.getParent(); a != null; a = a.getParent()) {
            visible = clipOf(a, visible);
        }
        walk(root, visible, false, out);
        return out;
    }

    private static void walk(Node n, Bounds visible, boolean scrolled, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (!scrolled && b.getWidth() > 0 && b.getHeight() > 0 && !(n instanceof Text)) {
            if (b.getMaxX() > visible.getMaxX() + SLACK || b.getMaxY() > visible.getMaxY() + SLACK) {
                out.add("cut: " + describe(n) + " ends at " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY())
                        + " beyond " + Math.round(visible.getMaxX()) + "," + Math.round(visible.getMaxY()));
                return; // its children are cut too: one line per cut subtree
            }
        }
        if (n instanceof Labeled l && b.getWidth() > 0) {
            String shown = shownText(l);
            String text = l.getText() == null ? null : l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (shown != null && text != null && !text.isEmpty() && !shown.equals(text)
                    && !wrappedSame(shown, text) && !l.getContentDisplay().equals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY)
                    && !abbreviatedWithTooltip(l, text)) {
                out.add("shortened: " + describe(n) + " shows '" + shown + "' for '" + l.getText() + "'");
            }
        }
        if (!(n instanceof Parent p)) {
            return;
        }
        boolean inner = scrolled || n instanceof ScrollPane || n instanceof VirtualFlow<?>
                || n instanceof javafx.scene.control.TextInputControl;
        Bounds v = clipOf(n, visible);
        for (Node c : p.getChildrenUnmodifiable()) {
            walk(c, v, inner, out);
        }
    }

    /** {@code visible} narrowed by the node's clip, if it has one. */
    private static Bounds clipOf(Node n, Bounds visible) {
        Node clip = n.getClip();
        if (clip == null) {
            return visible;
        }
        Bounds c = n.localToScene(clip.getBoundsInParent());
        double minX = Math.max(visible.getMinX(), c.getMinX());
        double minY = Math.max(visible.getMinY(), c.getMinY());
        double maxX = Math.min(visible.getMaxX(), c.getMaxX());
        double maxY = Math.min(visible.getMaxY(), c.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** The text the skin of a label draws, or null before it has a skin. */
    private static String shownText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    /** Issue 16 §8 allows "abbreviate with a tooltip": the label's tooltip holds its whole text. */
    private static boolean abbreviatedWithTooltip(Labeled l, String text) {
        return l.getTooltip() != null && l.getTooltip().getText() != null && l.getTooltip().getText().contains(text);
    }

    private static boolean wrappedSame(String shown, String text) {
        return shown.replaceAll("\\s+", " ").strip().equals(text.replaceAll("\\s+", " ").strip());
    }

    private static String describe(Node n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            b.append('#').append(n.getId());
        }
        if (n instanceof Labeled l && l.getText() != null) {
            b.append(" '").append(l.getText().length() > 40 ? l.getText().substring(0, 40) + "…" : l.getText())
                    .append('\'');
        }
        Node p = n.getParent();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (p.getId() != null) {
                b.append(" in #").append(p.getId());
                break;
            }
        }
        return b.toString();
    }
}
