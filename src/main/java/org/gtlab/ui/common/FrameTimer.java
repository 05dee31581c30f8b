package org.gtlab.ui.common;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * An animation timer that calls a frame action at most once per {@code minNanos} nanoseconds
 * (pulses closer to the previous frame are skipped), and runs only while its node is in a scene:
 * it starts when the node gets a scene and stops when the node leaves it.
 */
public final class FrameTimer {

    private FrameTimer() {
    }

    /**
     * Creates the timer for {@code node} and ties it to the node's scene.
     *
     * @param node     whose scene decides whether the timer runs
     * @param minNanos least time between two frames, in nanoseconds (1e9 / 30 for 30 frames a second)
     * @param frame    the action, called on the FX thread
     * @return the timer (not yet started unless the node gains a scene)
     */
    public static AnimationTimer attach(Node node, long minNanos, Runnable frame) {
        AnimationTimer timer = new AnimationTimer() {
            private long lastFrame;

            @Override
            public void handle(long now) {
                if (now - lastFrame < minNanos) {
                    return;
                }
                lastFrame = now;
                frame.run();
            }
        };
        node.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
        return timer;
    }
}
