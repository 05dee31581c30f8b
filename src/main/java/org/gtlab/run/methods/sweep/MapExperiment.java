package org.gtlab.run.methods.sweep;

import java.util.List;

import org.gtlab.run.Snapshot;
import org.gtlab.sweep.MapOverlay;
import org.gtlab.sweep.PhaseDiagram;

/**
 * An experiment whose snapshots are a two-parameter map: a game sweep ({@link SweepExperiment}) or a
 * stand-alone model's map that needs no game ({@code coop-map}: the coopetition maps of spec
 * coopetition.md §8; {@code brg-phase}: the BRG (d × τ_env) grid). The Phase diagram view and the
 * sweep recipe draw any of them through the one chart path ({@code figure.PhaseDiagramFigure}).
 */
public interface MapExperiment {

    /** The horizontal axis. */
    org.gtlab.sweep.Axis xAxis();

    /** The vertical axis. */
    org.gtlab.sweep.Axis yAxis();

    /** What a cell's value is. */
    org.gtlab.sweep.SweepMetric mapMetric();

    /** The map a snapshot of this experiment carries (cells not yet known are NaN). */
    PhaseDiagram diagram(Snapshot s);

    /** The overlays the map declares (contours, bands, points); none by default. */
    default List<MapOverlay> overlays() {
        return List.of();
    }
}
