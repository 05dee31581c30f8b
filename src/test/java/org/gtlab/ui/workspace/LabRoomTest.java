package org.gtlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.ui.common.DirectExecutor;
import org.gtlab.ui.lab.LabShell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one hook a lab uses to reach the app: a registered {@link LabRoom} is offered in the Lab
 * menu, opens in a tab of its own with the shell's context, and is told when its tab closes.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabRoomTest {

    private TabPane tabs; // made in start: a control built before the toolkit is up breaks every later UI test

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        stage.setScene(new javafx.scene.Scene(tabs, 400, 300));
        stage.show();
    }

    /** A view that counts its closes. */
    static final class CountingView extends Label implements AutoCloseable {
        final AtomicInteger closed = new AtomicInteger();
        final LabContext context;

        CountingView(LabContext context) {
            super("lab view");
            this.context = context;
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void aRegisteredLabIsOfferedOpensInItsOwnTabAndIsClosedWithIt() {
        LabRoom room = new LabRoom() {
            @Override
            public String id() {
                return "test-lab";
            }

            @Override
            public String title() {
                return "Test lab";
            }

            @Override
            public String description() {
                return "a lab for this test";
            }

            @Override
            public Node open(LabContext context) {
                return new CountingView(context);
            }
        };
        RunExecutor runs = RunExecutor.synchronous();
        LabContext ctx = new LabContext(() -> runs, StandardMethods.catalog(), new DirectExecutor(), () -> null,
                new SimpleObjectProperty<>(ChartStyle.paper()));
        CountingView[] view = new CountingView[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            LabShell shell = new LabShell(tabs, () -> null, () -> runs);
            shell.addRooms(List.of(room), ctx);
            Menu menu = shell.menu();
            Menu labs = (Menu) menu.getItems().stream().filter(i -> "labRooms".equals(i.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no 'Open lab' submenu"));
            MenuItem item = labs.getItems().get(0);
            assertEquals("labRoom-test-lab", item.getId());
            assertEquals("Test lab", item.getText());
            item.fire();
            Tab t = tabs.getSelectionModel().getSelectedItem();
            assertNotNull(t);
            assertEquals("Test lab", t.getText());
            assertTrue(shell.keeps(t), "the shell keeps the lab's tab when documents change");
            view[0] = (CountingView) t.getContent();
            assertSame(ctx, view[0].context);
            assertEquals(0, view[0].closed.get());
            // closing the tab as the user does (the close event, then removal)
            javafx.event.Event.fireEvent(t, new javafx.event.Event(Tab.CLOSED_EVENT));
            tabs.getTabs().remove(t);
        });
        assertEquals(1, view[0].closed.get(), "the lab is told its tab closed (to cancel its runs)");
    }
}
