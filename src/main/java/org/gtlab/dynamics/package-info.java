/**
 * Population dynamics on products of simplices.
 * <ul>
 *   <li>State space: {@link org.gtlab.dynamics.SimplexProduct} (flat {@code double[]}, grids,
 *       projection).</li>
 *   <li>Fields: {@link org.gtlab.dynamics.GameDynamics} = {@link org.gtlab.dynamics.PopulationGame}
 *       (one population for a symmetric game, one per player otherwise) +
 *       {@link org.gtlab.dynamics.Dynamic} (replicator, replicator–mutation, logit, best response,
 *       BNN, Smith); any {@link org.gtlab.dynamics.VectorField} works with the tools below.</li>
 *   <li>Integrators: {@link org.gtlab.dynamics.RungeKutta4},
 *       {@link org.gtlab.dynamics.DormandPrince}; {@link org.gtlab.dynamics.Trajectory}.</li>
 *   <li>Portraits: {@link org.gtlab.dynamics.Portraits} (field samples with speed, basins of
 *       attraction), {@link org.gtlab.dynamics.RestPoints} (rest points with Jacobian eigenvalues and
 *       stability).</li>
 *   <li>Finite populations: {@link org.gtlab.dynamics.MoranProcess} (exact and simulated fixation).</li>
 * </ul>
 */
package org.gtlab.dynamics;
