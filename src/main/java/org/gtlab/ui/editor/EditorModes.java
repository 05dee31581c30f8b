package org.gtlab.ui.editor;

import org.gtlab.game.NormalFormGame;

/**
 * The editor's game constraints as modes (issue 9 §5: EditorViewModel split along its
 * responsibilities): switching zero-sum or symmetric mode on makes the game so as one undo step,
 * or refuses with the reason ({@link GameConstraints}) and switches the mode off again; the two
 * modes exclude each other.
 */
final class EditorModes {

    private final EditorViewModel vm;

    EditorModes(EditorViewModel vm) {
        this.vm = vm;
    }

    void enforceZeroSum() {
        NormalFormGame g = vm.getGame();
        if (GameConstraints.zeroSumRefusal(g) != null) {
            vm.guardModes(true);
            vm.zeroSumProperty().set(false);
            vm.guardModes(false);
            vm.say(GameConstraints.zeroSumRefusal(g));
            return;
        }
        if (vm.symmetricProperty().get()) {
            vm.guardModes(true);
            vm.symmetricProperty().set(false);
            vm.guardModes(false);
        }
        vm.cursorPlayerProperty().set(0);
        if (!g.isZeroSum()) {
            vm.apply(new EditorState(GameConstraints.zeroSum(g), GameConstraints.dropPlayer(vm.getInvalid(), 1)),
                    "make zero-sum");
            vm.say("Zero-sum mode: player 2's payoffs are now minus player 1's");
        }
    }

    void enforceSymmetric() {
        NormalFormGame g = vm.getGame();
        if (GameConstraints.symmetricRefusal(g) != null) {
            vm.guardModes(true);
            vm.symmetricProperty().set(false);
            vm.guardModes(false);
            vm.say(GameConstraints.symmetricRefusal(g));
            return;
        }
        if (vm.zeroSumProperty().get()) {
            vm.guardModes(true);
            vm.zeroSumProperty().set(false);
            vm.guardModes(false);
        }
        if (!g.isSymmetric()) {
            vm.apply(new EditorState(GameConstraints.symmetric(g), GameConstraints.dropPlayer(vm.getInvalid(), 1)),
                    "make symmetric");
            vm.say("Symmetric mode: player 2's payoffs are now player 1's, transposed");
        }
    }

    /** Switches off a mode the game {@code g} no longer satisfies (without enforcing anything). */
    void dropBroken(NormalFormGame g) {
        vm.guardModes(true);
        try {
            if (vm.zeroSumProperty().get() && !(g.isTwoPlayer() && g.isZeroSum())) {
                vm.zeroSumProperty().set(false);
            }
            if (vm.symmetricProperty().get() && !g.isSymmetric()) {
                vm.symmetricProperty().set(false);
            }
        } finally {
            vm.guardModes(false);
        }
    }

    /** A seeded random game in the current modes, as one undo step; refusals in the message line. */
    boolean randomGame(int rows, int columns, long lo, long hi, long seed) {
        try {
            return vm.replaceGame(EditorViewModel.randomFor(rows, columns, lo, hi, seed, vm.zeroSumProperty().get(),
                    vm.symmetricProperty().get()), "random game (seed " + seed + ")");
        } catch (IllegalArgumentException e) {
            vm.say("No game generated: " + e.getMessage());
            return false;
        }
    }
}
