package org.gtlab.ui.editor;

/** Player {@code player}'s payoff at the pure profile with index {@code profile} (Gambit order). */
public record CellKey(int player, int profile) {
}
