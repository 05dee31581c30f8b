package org.gtlab.ui.workspace;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Replay of the runs' recorded snapshots at a watchable speed — the team Lab's presets end within
 * a second, too fast to watch live. "Replay" starts at step 0 and plays the runs' charts forward
 * over {@link #PLAY_SECONDS} seconds (the owner's animation timer calls {@link #advance}); the
 * slider scrubs to any step; "Live" shows the runs as they are. State: {@link RunList#replayStepProperty()}.
 */
public final class ReplayBar extends HBox {

    /** How long a replay from the first to the last step takes. */
    static final double PLAY_SECONDS = 12;

    private final RunList<?> list;
    private final Slider slider = new Slider(0, 1, 0);
    private final Button play = new Button("Replay", Icons.play());
    private final Button live = new Button("Live");
    private final Label step = new Label();
    private boolean playing;
    private double position;
    private boolean updating;

    public ReplayBar(RunList<?> list) {
        super(6);
        this.list = list;
        getStyleClass().add("replay-bar");
        setAlignment(Pos.CENTER_LEFT);
        play.setId("replayPlay");
        play.setTooltip(new Tooltip("Replay the recorded snapshots from the start, slowly enough to watch"));
        play.setOnAction(e -> {
            if (playing) {
                playing = false;
            } else {
                if (!list.replaying() || list.replayStepProperty().get() >= list.lastStep()) {
                    position = 0;
                    list.replayStepProperty().set(0);
                }
                position = list.replayStepProperty().get();
                playing = true;
            }
            refresh();
        });
        live.setId("replayLive");
        live.setTooltip(new Tooltip("Show the runs as they are (end the replay)"));
        live.setOnAction(e -> {
            playing = false;
            list.replayStepProperty().set(RunList.LIVE);
            refresh();
        });
        slider.setId("replaySlider");
        slider.setTooltip(new Tooltip("Drag to see the charts at an earlier step"));
        slider.setPrefWidth(140);
        slider.setMinWidth(40);
        HBox.setHgrow(slider, Priority.SOMETIMES);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                playing = false;
                position = b.doubleValue();
                list.replayStepProperty().set(Math.round(position));
                refresh();
            }
        });
        step.getStyleClass().add("muted");
        step.setMinWidth(Region.USE_PREF_SIZE);
        play.setMinWidth(Region.USE_PREF_SIZE);
        live.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(play, slider, live, step);
        list.replayStepProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * Moves a playing replay forward by the steps {@code seconds} stand for (the owner's
     * animation timer); at the last step it stops there.
     */
    public void advance(double seconds) {
        if (!playing) {
            refresh();
            return;
        }
        long last = list.lastStep();
        position = Math.min(last, position + Math.max(1, last) * seconds / PLAY_SECONDS);
        list.replayStepProperty().set(Math.round(position));
        if (position >= last) {
            playing = false;
        }
        refresh();
    }

    /** True while a replay plays forward. */
    public boolean playing() {
        return playing;
    }

    private void refresh() {
        long last = list.lastStep();
        boolean replaying = list.replaying();
        updating = true;
        try {
            slider.setMax(Math.max(1, last));
            slider.setValue(replaying ? list.replayStepProperty().get() : last);
        } finally {
            updating = false;
        }
        setDisable(list.rows().isEmpty());
        live.setDisable(!replaying);
        String t = playing ? "Pause" : "Replay";
        if (!t.equals(play.getText())) {
            play.setText(t);
            play.setGraphic(playing ? Icons.pause() : Icons.play());
        }
        step.setText(replaying ? String.format(Locale.ROOT, "step %,d of %,d", list.replayStepProperty().get(), last)
                : "live");
    }
}
