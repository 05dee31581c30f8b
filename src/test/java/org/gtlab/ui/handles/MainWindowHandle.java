package org.gtlab.ui.handles;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.input.KeyCode;

import org.gtlab.ui.app.DocumentViewModel;
import org.gtlab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page object for the main window: intent-level steps for UI flows. */
public final class MainWindowHandle {

    private final FxRobot robot;
    private final MainWindow window;

    public MainWindowHandle(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    public DocumentViewModel active() {
        return window.model().getActive();
    }

    /** Clicks a catalog entry by its title. */
    public MainWindowHandle openFromCatalog(String title) {
        javafx.scene.Node cell = robot.lookup("#catalog .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> title.equals(c.getText())).query();
        robot.clickOn(cell);
        settle();
        return this;
    }

    /** Types {@code text} into the grid at the cursor and presses Enter. */
    public MainWindowHandle typeInGrid(String text) {
        robot.clickOn("#payoffGrid");
        robot.interact(() -> window.viewOf(active()).grid().requestFocus());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        settle();
        return this;
    }

    public MainWindowHandle shortcut(KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        settle();
        return this;
    }

    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 10 s) until {@code condition} holds on the FX thread. */
    public void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                boolean[] r = new boolean[1];
                robot.interact(() -> r[0] = condition.getAsBoolean());
                return r[0];
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
