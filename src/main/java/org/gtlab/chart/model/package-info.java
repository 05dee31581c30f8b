/**
 * Chart models: immutable descriptions of a picture (the sealed {@link org.gtlab.chart.model.Chart}
 * family, styles, palettes and the simplex/square geometry of phase portraits). Knows nothing of
 * layout, drawing or LaTeX; every other part of {@code chart} depends on it, never the reverse.
 */
package org.gtlab.chart.model;
