package org.gtlab.ui.workspace;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.ui.common.BackgroundExecutor;

/**
 * What the shell hands a {@link LabRoom} when it opens: the app's services (nothing static) and the
 * state a lab may follow.
 *
 * @param runs       the app's one run executor (tests pass the synchronous one)
 * @param methods    the method catalog of the composition root
 * @param background UI background work (results delivered on the FX thread)
 * @param activeGame the active matrix document's game, or null (a repeated-game lab uses it as its
 *                   stage game)
 * @param chartStyle the theme's chart style; lab canvases follow it
 */
public record LabContext(Supplier<RunExecutor> runs, MethodCatalog methods, BackgroundExecutor background,
        Supplier<NormalFormGame> activeGame, ObservableValue<ChartStyle> chartStyle) {

    public LabContext {
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(activeGame, "activeGame");
        Objects.requireNonNull(chartStyle, "chartStyle");
    }
}
