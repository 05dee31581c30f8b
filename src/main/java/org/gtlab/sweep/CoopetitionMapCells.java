package org.gtlab.sweep;

import java.util.List;
import java.util.Locale;

import org.gtlab.coopetition.phase.CoopetitionMap;
import org.gtlab.coopetition.phase.CoopetitionMaps;
import org.gtlab.coopetition.tr3.WelfareMode;

/**
 * The 13 two-parameter maps of the coopetition lab (spec {@code coopetition.md} §8; 17 panels, e.g.
 * {@code 8-power} and {@code 8-log}) as sweep metrics, axes and per-cell functions, so the sweep engine
 * ({@link SweepEngine}: progressive refinement, cell cache) draws each map like any other phase diagram.
 *
 * <p>A cell's value is the map's per-cell function {@link CoopetitionMap#cell()} at the axis values
 * (TR-3 maps: closed forms of §4.6; TR-1 maps: one Gauss–Seidel equilibrium solve per cell, §2.6;
 * TR-2 maps: the trust update of §6). Integer axes (team size n) use {@link Axis.Scale#INTEGER}. The
 * value does not depend on the seed (the models are deterministic). A TR-1 cell whose solver does
 * not converge throws the solver's message with its last iterate (the engine reports the failure).
 */
public final class CoopetitionMapCells {

    private CoopetitionMapCells() {
    }

    /** The map ids in spec order ("1" … "13", with panel suffixes). */
    public static List<String> ids() {
        return CoopetitionMaps.all(WelfareMode.SUMMED).stream().map(CoopetitionMap::id).toList();
    }

    /** The map with this id for the teammate-welfare mode (TR-3 maps; ignored by TR-1/TR-2 maps). */
    public static CoopetitionMap map(String id, WelfareMode mode) {
        return CoopetitionMaps.byId(id, mode);
    }

    /**
     * The sweep metric of a map: continuous, named {@code coop_map_<id>}, labelled with the map's value,
     * on the colour scale the map declares (logarithmic for map 1).
     */
    public static SweepMetric metric(CoopetitionMap m) {
        return SweepMetric.continuous("coop_map_" + m.id().toLowerCase(Locale.ROOT).replace('-', '_'),
                m.value() + " — " + m.title()).withLogColour(m.logColour());
    }

    /**
     * The sweep axis of one of the map's axes with {@code n} values (integer axes get at most as many
     * values as integers in their range).
     */
    public static Axis axis(CoopetitionMap.Axis a, int n) {
        if (a.integer()) {
            int count = (int) Math.min(n, Math.round(a.max() - a.min()) + 1);
            return new Axis(a.name(), a.min(), a.max(), count, Axis.Scale.INTEGER);
        }
        return new Axis(a.name(), a.min(), a.max(), n, Axis.Scale.LINEAR);
    }

    /** The per-cell function: the map's cell at (x, y), for any seed. */
    public static CellFunction cells(CoopetitionMap m) {
        return (xs, ys, seed) -> {
            double[] v = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                v[k] = m.cell().at(xs[k], ys[k]);
            }
            return v;
        };
    }

    /**
     * The overlays the map declares (spec §8): its contours as iso-lines, its bands, its labelled
     * points. A contour or band whose field is the map's own cell function uses the map's values
     * (no second solve per cell).
     */
    public static List<MapOverlay> overlays(CoopetitionMap m) {
        List<MapOverlay> l = new java.util.ArrayList<>();
        for (CoopetitionMap.Band b : m.bands()) {
            l.add(MapOverlay.band(b.label(), b.lo(), b.hi(), field(m, b.field())));
        }
        for (CoopetitionMap.Contour c : m.contours()) {
            l.add(MapOverlay.isoline(c.label(), c.level(), field(m, c.field())));
        }
        if (!m.points().isEmpty()) {
            l.add(MapOverlay.points("points", m.points().stream()
                    .map(p -> new MapOverlay.Point(p.label(), p.x(), p.y())).toList()));
        }
        return List.copyOf(l);
    }

    private static MapOverlay.Field field(CoopetitionMap m, CoopetitionMap.Cell f) {
        return f == m.cell() ? null : f::at;
    }

    /**
     * A sweep engine over the whole map at nx × ny cells (memory cache), its cells spread over the
     * installed worker budget ({@link org.gtlab.compute.Backends#workers()}; values as on one thread).
     * A step computes {@link #chunk} cells, so a 256 × 256 map takes about 32 snapshots rather than 256
     * (each snapshot copies the whole grid).
     */
    public static SweepEngine engine(CoopetitionMap m, int nx, int ny, boolean refine) {
        Axis ax = axis(m.x(), nx);
        Axis ay = axis(m.y(), ny);
        return new SweepEngine(ax, ay, metric(m), cells(m), 1, refine, 0.02, chunk(ax.n() * ay.n()),
                CellCache.inMemory(), org.gtlab.compute.Backends.workers());
    }

    /** Cells per step: at least 256, at most a 32nd of the map. */
    public static int chunk(int cells) {
        return Math.max(256, cells / 32);
    }
}
