/**
 * Strategic coopetition after Pant &amp; Yu (University of Toronto technical reports, 2025–2026;
 * specification {@code specs/coopetition.md}): the TR-1 interdependence/complementarity model
 * ({@link org.gtlab.coopetition.tr1}), the TR-3 team-production-with-loyalty model
 * ({@link org.gtlab.coopetition.tr3}), the TR-2 two-layer trust update ({@link org.gtlab.coopetition.tr2}),
 * the per-cell functions of the two-parameter maps ({@link org.gtlab.coopetition.phase}) and the 43
 * reproduction checks of the specification ({@link org.gtlab.coopetition.Reproduction}).
 *
 * <p>Equations follow the authors' released validation code (the report bodies are not reproduced);
 * every reference number carries a provenance label P (published), R (reproduced from the released
 * code), D (derived analytically). Numbers that appear only in the repository READMEs are not
 * reproduced by either code version and are never used here (spec §5.7).
 *
 * <p>A model room: imports game, solve, eval, dynamics, math and compute only; never prints.
 */
package org.gtlab.coopetition;
