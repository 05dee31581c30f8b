/** The Body-Reservoir Governance lab's desktop view ({@link org.gtlab.ui.reservoir.ReservoirLab}). */
package org.gtlab.ui.reservoir;
