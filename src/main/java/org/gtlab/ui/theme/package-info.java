/**
 * Light and dark themes: the {@code -gt-*} CSS tokens ({@link org.gtlab.ui.theme.ThemeTokens}) and
 * their application to a scene ({@link org.gtlab.ui.theme.Theme}). Views style themselves through
 * these tokens, never with hard-coded colours.
 *
 * <p>Contract: imports JavaFX, AtlantaFX and chart's palette model only; no computing room, no other
 * ui package. FX thread only.
 */
package org.gtlab.ui.theme;
