package org.gtlab.io.recipe;

import java.util.Locale;

/**
 * What a {@link Recipe} re-makes. The JSON name ({@link #id()}) is the recipe's {@code "kind"} field.
 *
 * <ul>
 *   <li>{@link #RUN}: one run (its {@code RunSpec}, steps done): its data (CSV/JSON) or a metric chart;</li>
 *   <li>{@link #RUN_CHART}: several runs, one metric (or one run's strategy frequencies);</li>
 *   <li>{@link #PORTRAIT}: a phase portrait ({@code PortraitSpec});</li>
 *   <li>{@link #LAB_FIGURE}: a figure or data table of the team Lab (curves, meta-game, weights, policy);</li>
 *   <li>{@link #MATRIX}: a payoff table as shown (the game and the table's texts and marks);</li>
 *   <li>{@link #DIAGRAM}: a best-response square or upper envelope (the game and its equilibria);</li>
 *   <li>{@link #REPEATED}: a repeated-games lab figure or table (tournament standings, payoff heat map,
 *       Moran shares) re-made by re-running its tournament or Moran run;</li>
 *   <li>{@link #COOPETITION}: a figure of the coopetition lab (item and parameters, {@code figure.CoopetitionFigure});</li>
 *   <li>{@link #SELF_PLAY}: a preference run of the self-play lab as a simplex or iterate chart.</li>
 * </ul>
 */
public enum RecipeKind {
    RUN("run"), RUN_CHART("run-chart"), PORTRAIT("portrait"), LAB_FIGURE("lab-figure"), MATRIX("matrix"),
    DIAGRAM("diagram"), SWEEP("sweep"), REPEATED("repeated"), COOPETITION("coopetition"), SELF_PLAY("self-play"),
    QRE("qre");

    private final String id;

    RecipeKind(String id) {
        this.id = id;
    }

    /** The name in the recipe's {@code "kind"} field. */
    public String id() {
        return id;
    }

    /**
     * The kind named {@code id}.
     *
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    public static RecipeKind of(String id) {
        for (RecipeKind k : values()) {
            if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (RecipeKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.id);
        }
        throw new IllegalArgumentException("unknown recipe kind \"" + id + "\" (known: " + known + ")");
    }
}
