/**
 * The Body-Reservoir Governance lab's catalog methods ({@code brg-exp1} … {@code brg-exp10}, {@code brg-phase}):
 * typed configs, presets and metrics over the model room {@code org.gtlab.reservoir} (spec brg.md §5–§6);
 * the phase diagram runs on the sweep room's engine.
 */
package org.gtlab.run.methods.reservoir;
