package org.gtlab.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The one way the app makes a dialog fit: every dialog is resizable, sized to its content but
 * never larger than 90 % of the screen it opens on (or its owner window, when that is smaller),
 * scrollable when the content is longer, and centred on its owner. Works with and without a
 * window manager: the size and position are set explicitly, because without a window manager
 * nothing else clamps a dialog to the screen and buttons below the bottom edge become unreachable.
 *
 * <p>Use {@link #fit(Dialog, Window)} on any {@link Dialog} (including ones built elsewhere, such
 * as the export dialog) before showing it; {@link #message} and {@link #error} build simple ones.
 */
public final class Dialogs {

    /** Smallest width a dialog gets, so header texts wrap rather than squeeze the buttons. */
    public static final double MIN_WIDTH = 360;

    private Dialogs() {
    }

    /**
     * Makes {@code d} fit: resizable, owner set, content wrapped in a scroll pane that lets it
     * shrink, size clamped to the screen, centred on the owner when shown. Returns {@code d}.
     */
    public static <R> Dialog<R> fit(Dialog<R> d, Window owner) {
        if (owner != null && d.getOwner() == null) {
            d.initOwner(owner);
        }
        d.setResizable(true);
        DialogPane pane = d.getDialogPane();
        pane.getStyleClass().add("fitted-dialog");
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            ScrollPane sp = new ScrollPane(content);
            sp.setFitToWidth(true);
            sp.setFitToHeight(true);
            sp.getStyleClass().add("dialog-scroll");
            sp.setId("dialogScroll");
            if (content instanceof Region r) {
                sp.prefViewportWidthProperty().bind(r.prefWidthProperty());
            }
            pane.setContent(sp);
        }
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setMinWidth(MIN_WIDTH);
        // the button bar is never squeezed: it keeps its preferred height whatever the size
        Node bar = pane.lookup(".button-bar");
        if (bar instanceof ButtonBar bb) {
            bb.setMinHeight(Region.USE_PREF_SIZE);
        }
        d.setOnShown(e -> place(d, owner));
        return d;
    }

    /** Clamps the shown dialog to the visible screen area and centres it on the owner. */
    static void place(Dialog<?> d, Window owner) {
        Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
        if (w == null) {
            return;
        }
        Rectangle2D screen = screenOf(owner);
        double maxW = screen.getWidth() * 0.9;
        double maxH = screen.getHeight() * 0.9;
        double width = Math.min(Math.max(w.getWidth(), MIN_WIDTH), maxW);
        double height = Math.min(w.getHeight(), maxH);
        w.setWidth(width);
        w.setHeight(height);
        double cx = owner != null && owner.getWidth() > 0 ? owner.getX() + owner.getWidth() / 2
                : screen.getMinX() + screen.getWidth() / 2;
        double cy = owner != null && owner.getHeight() > 0 ? owner.getY() + owner.getHeight() / 2
                : screen.getMinY() + screen.getHeight() / 2;
        double x = Math.max(screen.getMinX(), Math.min(cx - width / 2, screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(cy - height / 2, screen.getMaxY() - height));
        w.setX(x);
        w.setY(y);
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** A fitted alert with a header and a wrapping body text (selectable by the user's eyes, not cut). */
    public static Alert alert(Alert.AlertType type, Window owner, String title, String header, String body) {
        Alert a = new Alert(type);
        a.setTitle(title);
        a.setHeaderText(header);
        if (body != null && !body.isEmpty()) {
            Label l = new Label(body);
            l.setWrapText(true);
            l.setMaxWidth(640);
            l.setId("dialogBody");
            a.getDialogPane().setContent(l);
        }
        fit(a, owner);
        return a;
    }

    /** An error dialog (not yet shown). */
    public static Alert error(Window owner, String title, String header, String body) {
        return alert(Alert.AlertType.ERROR, owner, title, header, body);
    }

    /** An information dialog (not yet shown). */
    public static Alert message(Window owner, String title, String header, String body) {
        return alert(Alert.AlertType.INFORMATION, owner, title, header, body);
    }

    /** A "Close" button type for dialogs that only inform. */
    public static ButtonType close() {
        return new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
