package org.gtlab.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.PortraitGeometry;
import org.gtlab.dynamics.DormandPrince;
import org.gtlab.dynamics.GameDynamics;
import org.gtlab.dynamics.Integrator;
import org.gtlab.dynamics.PopulationGame;
import org.gtlab.dynamics.Portraits;
import org.gtlab.dynamics.RestPoint;
import org.gtlab.dynamics.RestPoints;
import org.gtlab.dynamics.RungeKutta4;
import org.gtlab.dynamics.Trajectory;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Cancellation;
import org.gtlab.run.Config;
import org.gtlab.run.Experiment;
import org.gtlab.run.Json;
import org.gtlab.run.Param;
import org.gtlab.run.RunSpec;
import org.gtlab.run.methods.DynamicsExperiment;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.catalog.Solvers;

/**
 * Computes a phase portrait from its {@link PortraitSpec}: the field on a lattice, the rest points
 * with their stability ({@link RestPoints}), the exact Nash equilibria from a solver, trajectories
 * from the chosen starts and, on request, the basins of attraction of the stable rest points
 * ({@link Portraits#basins}). Pure and deterministic: the same spec gives the same picture and the
 * same data; safe to call on any thread (it checks for cancellation).
 *
 * <p>Which picture: one population with 2 strategies → {@link PortraitChart.Kind#LINE}; one
 * population with 3 strategies → {@link PortraitChart.Kind#SIMPLEX}; two populations with 2
 * strategies each → {@link PortraitChart.Kind#SQUARE} (x₁, y₁). Other games have no portrait.
 *
 * <p>Equilibria: the solver {@code enummixed} (all extreme equilibria) when it is registered,
 * otherwise the union of {@code enumpure} and {@code lcp} (Lemke–Howson may miss equilibria
 * outside its path component). In the one-population picture only symmetric equilibria (x, x) are
 * states of the population and are drawn.
 */
public final class PortraitBuilder {

    /** Parameters of the dynamics methods that concern the integration, not the field. */
    public static final Set<String> NUMERIC_PARAMS = Set.of("integrator", "dt", "tolerance", "interval", "init");

    /** Series-colour indices of the basins, in attractor order (players' blue and vermillion last). */
    static final int[] BASIN_COLOURS = {2, 4, 5, 3, 0, 1, 6, 7};

    /** Points per trajectory. */
    static final int TRAJECTORY_POINTS = 300;
    /** Max-norm distance at which a basin start counts as arrived. */
    static final double BASIN_RADIUS = 1e-2;
    /** Basin starts are pulled this fraction toward the barycentre (off the invariant boundary). */
    static final double BASIN_NUDGE = 1e-3;

    private PortraitBuilder() {
    }

    /** Everything computed for one spec. Immutable. */
    public record Result(PortraitSpec spec, PortraitChart chart, Mapping mapping, List<RestPoint> restPoints,
            List<double[]> equilibria, String solver, Portraits.BasinMap basinMap) {

        /** The same result with basins. */
        Result withBasins(PortraitChart c, Portraits.BasinMap map) {
            return new Result(spec, c, mapping, restPoints, equilibria, solver, map);
        }
    }

    /** How population states map to the portrait's natural coordinates. */
    public record Mapping(PortraitChart.Kind kind, GameDynamics field) {

        /** Natural coordinates of a population state. */
        public double[] toNatural(double[] state) {
            return switch (kind) {
                case LINE -> new double[] {state[0]};
                case SIMPLEX -> new double[] {state[0], state[1], state[2]};
                case SQUARE -> new double[] {state[0], state[2]};
            };
        }

        /** The population state of natural coordinates (clamped into the state space). */
        public double[] toState(double[] natural) {
            double[] x = PortraitGeometry.clamp(kind, natural);
            return switch (kind) {
                case LINE -> new double[] {x[0], 1 - x[0]};
                case SIMPLEX -> x;
                case SQUARE -> new double[] {x[0], 1 - x[0], x[1], 1 - x[1]};
            };
        }

        /** A velocity of the population state in natural coordinates. */
        public double[] velocityToNatural(double[] dx) {
            return toNatural(dx);
        }

        /**
         * A mixed profile of the game (one row per player) in natural coordinates, or null if the
         * profile is not a state of this picture (one population: the players' mixes differ).
         */
        public double[] profileToNatural(double[][] profile) {
            if (kind == PortraitChart.Kind.SQUARE) {
                return new double[] {profile[0][0], profile[1][0]};
            }
            for (int i = 0; i < profile[0].length; i++) {
                if (Math.abs(profile[0][i] - profile[1][i]) > 1e-12) {
                    return null;
                }
            }
            return toNatural(profile[0]);
        }
    }

    /**
     * Why a dynamic on this game has no portrait, or null if it has one.
     *
     * @param populations "auto", "one" or "per_player"
     */
    public static String unsupported(NormalFormGame game, String populations) {
        if (game.numPlayers() != 2) {
            return "Phase portraits are drawn for two-player games; this game has " + game.numPlayers() + " players.";
        }
        boolean one = populations.equals("one") || populations.equals("auto") && game.isSymmetric();
        int m = game.numStrategies(0);
        int n = game.numStrategies(1);
        if (one) {
            if (!game.isSymmetric()) {
                return "One population needs a symmetric game (B = Aᵀ); choose two populations.";
            }
            if (m == 2 || m == 3) {
                return null;
            }
            return "One-population portraits are drawn for 2 or 3 strategies (a line or a triangle); this game has "
                    + m + ".";
        }
        if (m == 2 && n == 2) {
            return null;
        }
        return "Two-population portraits are drawn for 2×2 games (the unit square); this game is " + m + "×" + n
                + ". Symmetric 3×3 games are drawn in the simplex with one population.";
    }

    /** The mapping of a spec's dynamic. */
    public static Mapping mapping(PortraitSpec spec) {
        Experiment<?> e = spec.dynamics().experiment();
        if (!(e instanceof DynamicsExperiment)) {
            throw new IllegalArgumentException("a portrait needs a population dynamic (replicator, logit, br, bnn, "
                    + "smith); \"" + spec.dynamics().method() + "\" is not one");
        }
        GameDynamics field = ((DynamicsExperiment) e).field();
        PopulationGame pg = field.game();
        int[] sizes = field.space().sizes();
        PortraitChart.Kind kind;
        if (pg.mode() == PopulationGame.Mode.ONE_POPULATION && sizes[0] == 2) {
            kind = PortraitChart.Kind.LINE;
        } else if (pg.mode() == PopulationGame.Mode.ONE_POPULATION && sizes[0] == 3) {
            kind = PortraitChart.Kind.SIMPLEX;
        } else if (pg.mode() == PopulationGame.Mode.PER_PLAYER && sizes.length == 2 && sizes[0] == 2 && sizes[1] == 2) {
            kind = PortraitChart.Kind.SQUARE;
        } else {
            String why = unsupported(pg.game(), pg.mode() == PopulationGame.Mode.ONE_POPULATION ? "one" : "per_player");
            throw new IllegalArgumentException(why == null ? "no portrait for this game" : why);
        }
        return new Mapping(kind, field);
    }

    /** The integrator of a dynamics recipe (as the run uses it). */
    public static Integrator integrator(RunSpec spec) {
        Config c = spec.params();
        return c.text("integrator").equals("rk4") ? new RungeKutta4(c.real("dt"))
                : new DormandPrince(c.real("tolerance"), c.real("tolerance"), c.real("dt"));
    }

    /** Field, rest points, equilibria, trajectories and (if the spec asks) basins. */
    public static Result build(PortraitSpec spec) {
        Result r = buildFast(spec);
        return spec.basins() ? addBasins(r) : r;
    }

    /** Everything but the basins (fast: a few milliseconds for a 3×3 game). */
    public static Result buildFast(PortraitSpec spec) {
        Mapping m = mapping(spec);
        GameDynamics field = m.field();
        PortraitChart.Kind kind = m.kind();
        // field
        List<PortraitChart.Arrow> arrows = new ArrayList<>();
        double[] dx = new double[field.space().dimension()];
        for (double[] nat : PortraitGeometry.lattice(kind, spec.fieldResolution())) {
            double[] x = m.toState(nat);
            field.derivative(x, dx);
            double s = 0;
            for (double d : dx) {
                s += d * d;
            }
            arrows.add(new PortraitChart.Arrow(nat, m.velocityToNatural(dx), Math.sqrt(s)));
        }
        Cancellation.check();
        // rest points
        List<RestPoint> rest = RestPoints.find(field);
        List<PortraitChart.Point> points = new ArrayList<>();
        for (RestPoint rp : rest) {
            PortraitChart.PointKind k = switch (rp.stability()) {
                case STABLE -> PortraitChart.PointKind.STABLE;
                case UNSTABLE -> PortraitChart.PointKind.UNSTABLE;
                case NEUTRAL -> PortraitChart.PointKind.NEUTRAL;
            };
            points.add(new PortraitChart.Point(m.toNatural(rp.state()), k, ""));
        }
        // exact equilibria
        List<double[]> eq = new ArrayList<>();
        String solver = equilibria(spec.game(), m, eq);
        for (double[] e : eq) {
            points.add(new PortraitChart.Point(e, PortraitChart.PointKind.EQUILIBRIUM, ""));
        }
        Cancellation.check();
        // trajectories
        Integrator integ = integrator(spec.dynamics());
        // the runs drawn over the portrait on screen first, then the trajectories (as the view composes them)
        List<PortraitChart.Curve> curves = new ArrayList<>(spec.runs());
        for (double[] start : spec.starts()) {
            curves.add(trajectory(m, integ, start, spec.horizon()));
        }
        PortraitChart chart = new PortraitChart(title(spec), caption(spec), kind, labels(spec.game(), kind), arrows,
                curves, points, null);
        return new Result(spec, chart, m, List.copyOf(rest), List.copyOf(eq), solver, null);
    }

    /** One trajectory from natural coordinates {@code start} over the spec's horizon. */
    public static PortraitChart.Curve trajectory(Mapping m, Integrator integ, double[] start, double horizon) {
        Trajectory t = Trajectory.integrate(m.field(), m.toState(start), integ, horizon / TRAJECTORY_POINTS,
                TRAJECTORY_POINTS);
        List<double[]> pts = new ArrayList<>(t.size());
        for (int k = 0; k < t.size(); k++) {
            pts.add(m.toNatural(t.state(k)));
        }
        return new PortraitChart.Curve("from " + format(start), pts, -1, true);
    }

    /** Adds the basins of the stable rest points (the slow part: up to a second for fine lattices). */
    public static Result addBasins(Result r) {
        List<double[]> attractors = new ArrayList<>();
        for (RestPoint rp : r.restPoints()) {
            if (rp.isStable()) {
                attractors.add(rp.state());
            }
        }
        if (attractors.isEmpty()) {
            return r.withBasins(r.chart().withBasins(null), null);
        }
        Mapping m = r.mapping();
        PortraitSpec spec = r.spec();
        double[] centre = m.field().space().barycentre();
        List<double[]> starts = new ArrayList<>();
        for (double[] nat : PortraitGeometry.lattice(m.kind(), spec.basinResolution())) {
            double[] x = m.toState(nat);
            for (int i = 0; i < x.length; i++) {
                x[i] = (1 - BASIN_NUDGE) * x[i] + BASIN_NUDGE * centre[i];
            }
            starts.add(x);
        }
        Portraits.BasinMap map = Portraits.basins(m.field(), basinIntegrator(spec.dynamics()), starts, attractors,
                spec.horizon(), BASIN_RADIUS);
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < attractors.size(); i++) {
            colours.add(BASIN_COLOURS[i % BASIN_COLOURS.length]);
        }
        PortraitChart.Basins b = new PortraitChart.Basins(m.kind(), spec.basinResolution(), map.labels(), colours);
        return r.withBasins(r.chart().withBasins(b), map);
    }

    /** Basins only need to find the attractor: adaptive steps (RK4 recipes use Dormand–Prince with max step 10·dt). */
    private static Integrator basinIntegrator(RunSpec spec) {
        Config c = spec.params();
        return c.text("integrator").equals("rk4") ? new DormandPrince(1e-6, 1e-8, Math.max(0.05, 10 * c.real("dt")))
                : integrator(spec);
    }

    private static String equilibria(NormalFormGame g, Mapping m, List<double[]> out) {
        List<NashSolver> solvers = new ArrayList<>();
        String name;
        try {
            solvers.add(Solvers.byName("enummixed"));
            name = "enummixed";
        } catch (IllegalArgumentException none) {
            solvers.add(Solvers.byName("enumpure"));
            solvers.add(Solvers.byName("lcp"));
            name = "enumpure + lcp";
        }
        for (NashSolver s : solvers) {
            SolveResult r;
            try {
                r = s.solve(g);
            } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
                continue;
            }
            for (StrategyProfile p : r.equilibria()) {
                double[] x = m.profileToNatural(p.toDoubles());
                if (x != null && out.stream().noneMatch(y -> max(x, y) < 1e-12)) {
                    out.add(x);
                }
            }
        }
        return name;
    }

    private static double max(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    static List<String> labels(NormalFormGame g, PortraitChart.Kind kind) {
        return switch (kind) {
            case LINE, SIMPLEX -> g.strategyLabels(0);
            case SQUARE -> List.of(g.playerName(0) + ": share of " + g.strategyLabels(0).get(0),
                    g.playerName(1) + ": share of " + g.strategyLabels(1).get(0));
        };
    }

    static String title(PortraitSpec spec) {
        return spec.dynamics().factory().title();
    }

    /** "Rock-Paper-Scissors · η = 0.1" (the game and the method's own parameters). */
    static String caption(PortraitSpec spec) {
        StringBuilder b = new StringBuilder();
        String t = spec.game().title();
        b.append(t.isBlank() ? "game" : t);
        for (Param p : spec.dynamics().factory().params()) {
            if (NUMERIC_PARAMS.contains(p.name()) || p.name().equals("populations")) {
                continue;
            }
            Object v = spec.dynamics().params().asMap().get(p.name());
            b.append(" · ").append(symbol(p)).append(" = ").append(v == null ? "auto" : v);
        }
        return b.toString();
    }

    private static String symbol(Param p) {
        String doc = p.doc();
        int colon = doc.indexOf(':');
        if (colon > 0 && colon <= 3) {
            return doc.substring(0, colon);
        }
        return p.name();
    }

    public static String format(double[] x) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < x.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", x[i]));
        }
        return b.append(')').toString();
    }

    /**
     * The portrait's data as JSON: field samples, rest points with eigenvalues, equilibria,
     * trajectories, basins (natural coordinates). The same spec gives the same text.
     */
    public static ObjectNode data(Result r) {
        ObjectNode o = Json.object();
        o.put("kind", r.mapping().kind().name().toLowerCase(Locale.ROOT));
        ArrayNode labels = o.putArray("labels");
        r.chart().labels().forEach(labels::add);
        ArrayNode field = o.putArray("field");
        for (PortraitChart.Arrow a : r.chart().field()) {
            ObjectNode f = field.addObject();
            f.set("at", Json.vector(a.at()));
            f.set("velocity", Json.vector(a.direction()));
            f.set("speed", Json.number(a.speed()));
        }
        ArrayNode rest = o.putArray("restPoints");
        for (RestPoint rp : r.restPoints()) {
            ObjectNode x = rest.addObject();
            x.set("at", Json.vector(r.mapping().toNatural(rp.state())));
            x.set("state", Json.vector(rp.state()));
            x.put("stability", rp.stability().name().toLowerCase(Locale.ROOT));
            x.set("eigenvaluesReal", Json.vector(rp.eigenvaluesReal()));
            x.set("eigenvaluesImaginary", Json.vector(rp.eigenvaluesImaginary()));
            x.set("residual", Json.number(rp.residual()));
        }
        o.put("solver", r.solver());
        ArrayNode eq = o.putArray("equilibria");
        r.equilibria().forEach(e -> eq.add(Json.vector(e)));
        ArrayNode tr = o.putArray("trajectories");
        for (PortraitChart.Curve c : r.chart().curves()) {
            ArrayNode pts = tr.addArray();
            c.points().forEach(p -> pts.add(Json.vector(p)));
        }
        if (r.chart().basins() != null) {
            ObjectNode b = o.putObject("basins");
            b.put("resolution", r.chart().basins().resolution());
            ArrayNode att = b.putArray("attractors");
            for (int i = 0; i < r.basinMap().attractorCount(); i++) {
                att.add(Json.vector(r.mapping().toNatural(r.basinMap().attractor(i))));
            }
            ArrayNode lab = b.putArray("labels");
            for (int l : r.chart().basins().labels()) {
                lab.add(l);
            }
        }
        return o;
    }
}
