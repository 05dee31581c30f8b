package org.gtlab.ui.app;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;
import org.gtlab.figure.Numbers;
import org.gtlab.ui.solve.EquilibriumRow;

/**
 * The inspector on the right: facts about the active game (size, zero-sum, symmetric, exact) and
 * the selected equilibrium with each player's strategy, payoff and the exact NashConv check.
 */
public final class Inspector extends ScrollPane {

    private final VBox box = new VBox(4);
    private DocumentViewModel doc;
    /**
     * Game and solve versions change several times per edit (and up to 30 times a second while a
     * parameter slider moves): the inspector is rebuilt once per burst, after the changes, not per change.
     */
    private final ChangeListener<Object> refresh = (o, a, b) -> scheduleUpdate();
    private boolean updatePending;

    private void scheduleUpdate() {
        if (!updatePending) {
            updatePending = true;
            javafx.application.Platform.runLater(() -> {
                updatePending = false;
                update();
            });
        }
    }

    public Inspector() {
        box.getStyleClass().add("inspector");
        box.setId("inspector");
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(250);
        setMinWidth(200);
        update();
    }

    public void show(DocumentViewModel d) {
        if (doc != null) {
            doc.editor().versionProperty().removeListener(refresh);
            doc.solve().versionProperty().removeListener(refresh);
        }
        doc = d;
        if (d != null) {
            d.editor().versionProperty().addListener(refresh);
            d.solve().versionProperty().addListener(refresh);
        }
        update();
    }

    private String described;

    /**
     * Shows the active tab's own description (a {@link org.gtlab.ui.workspace.TabDescription}),
     * one fact a line, instead of the document's; null goes back to the document.
     */
    public void describe(String text) {
        if (java.util.Objects.equals(text, described)) {
            return;
        }
        described = text;
        update();
    }

    private void update() {
        box.getChildren().clear();
        if (described != null) {
            VBox lines = new VBox(4);
            lines.setId("inspectorDescription");
            for (String line : described.split("\\R")) {
                Label l = new Label(line);
                l.getStyleClass().add("value");
                l.setWrapText(true);
                lines.getChildren().add(l);
            }
            box.getChildren().add(lines);
            return;
        }
        if (doc == null) {
            box.getChildren().add(muted("No game open"));
            return;
        }
        NormalFormGame g = doc.game();
        box.getChildren().add(title("GAME"));
        StringBuilder shape = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            shape.append(p == 0 ? "" : " × ").append(g.numStrategies(p));
        }
        box.getChildren().add(row("Size", shape + " (" + g.numPlayers() + " players)"));
        for (int p = 0; p < g.numPlayers(); p++) {
            Label l = new Label(g.playerName(p) + " · " + g.numStrategies(p) + " strategies");
            l.getStyleClass().add("player-" + Math.min(4, p + 1));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.getChildren().add(row("Zero-sum", g.isZeroSum() ? "yes" : g.isConstantSum() ? "constant-sum" : "no"));
        box.getChildren().add(row("Symmetric", g.isSymmetric() ? "yes" : "no"));
        int bad = doc.editor().invalidCount();
        if (bad > 0) {
            Label l = new Label(bad + " entr" + (bad == 1 ? "y is" : "ies are") + " not a number");
            l.getStyleClass().add("error-text");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (!g.comment().isBlank()) {
            // a description belongs to the payoffs it was written for
            String text = doc.isEdited() && !g.comment().startsWith(DocumentViewModel.ORIGINAL_PREFIX)
                    ? DocumentViewModel.ORIGINAL_PREFIX + g.comment() : g.comment();
            Label c = new Label(text);
            c.setId("gameDescription");
            c.setWrapText(true);
            c.getStyleClass().add("muted");
            box.getChildren().add(c);
        }
        EquilibriumRow e = doc.solve().selectedRow();
        box.getChildren().add(title("SELECTED EQUILIBRIUM"));
        if (e == null || doc.solve().solvedGameProperty().get() != g) {
            box.getChildren().add(muted(doc.solve().rows().isEmpty() ? "None — press F5 to solve"
                    : "The game changed — press F5"));
            return;
        }
        box.getChildren().add(row("Number", "#" + e.number() + " (" + e.kind() + ")"));
        boolean dec = doc.editor().decimalsProperty().get();
        Label named = new Label(e.namedText(g, dec));
        named.setId("inspectorProfile");
        named.setWrapText(true);
        named.getStyleClass().add("value");
        box.getChildren().add(named);
        for (int p = 0; p < g.numPlayers(); p++) {
            Label who = new Label(g.playerName(p));
            who.getStyleClass().add("player-" + Math.min(4, p + 1));
            Label s = new Label(e.strategyText(p, dec));
            s.setId("inspectorStrategy" + (p + 1));
            s.setWrapText(true);
            s.getStyleClass().add("value");
            s.setTooltip(new Tooltip("Probability of each of " + g.playerName(p) + "'s strategies "
                    + g.strategyLabels(p)));
            Label u = new Label("payoff " + Numbers.value(e.payoffs().get(p), dec));
            u.getStyleClass().add("muted");
            u.setTooltip(new Tooltip("Expected payoff of " + g.playerName(p) + " when everyone plays this profile"));
            box.getChildren().addAll(who, s, u);
        }
        Rational nc = Evaluation.nashConv(g, e.profile());
        Label check = new Label("NashConv " + Numbers.value(nc, dec) + (nc.isZero() ? " (exact equilibrium)" : ""));
        check.setId("inspectorNashConv");
        check.setTooltip(new Tooltip("NashConv: the sum over players of the gain from the best deviation;\n"
                + "exactly 0 at a Nash equilibrium"));
        check.getStyleClass().add(nc.isZero() ? "muted" : "error-text");
        box.getChildren().add(check);
        if (e.group() > 0) {
            box.getChildren().add(row("Nash subset", "set " + e.group()));
        }
    }

    private static Label title(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    private static Label row(String k, String v) {
        Label l = new Label(k + ": " + v);
        l.getStyleClass().add("value");
        l.setWrapText(true);
        return l;
    }
}
