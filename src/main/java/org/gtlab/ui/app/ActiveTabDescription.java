package org.gtlab.ui.app;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.gtlab.ui.workspace.TabDescription;

/**
 * Makes the window title, the status bar and the inspector describe the active tab (issue 9 §4).
 * The active tab is the selected top-level tab's content; for a document ({@link DocumentView})
 * the content of its selected inner tab (Matrix, Diagrams, Dynamics, …). When that node is a
 * {@link TabDescription}, its {@code tabTitle()}, {@code statusLine()} and {@code inspectorText()}
 * are shown and re-read whenever {@code descriptionVersion()} changes, polled {@value #POLLS_PER_SECOND}
 * times a second by a {@link Timeline} that runs only while such a tab is active (a view that
 * builds its content on first use is found at the next poll after its tab is selected).
 * Otherwise the title names the active document and the status bar and inspector show the
 * document's solve status and game, as before.
 */
final class ActiveTabDescription {

    /** How often the active description's version is read. */
    static final int POLLS_PER_SECOND = 4;

    private final TabPane tabs;
    private final Stage stage;
    private final MainViewModel vm;
    private final StatusBar statusBar;
    private final Inspector inspector;
    private final Timeline poll;
    private final Set<DocumentView> watched = Collections.newSetFromMap(new WeakHashMap<>());
    private TabDescription active;
    private long version = Long.MIN_VALUE;

    ActiveTabDescription(TabPane tabs, Stage stage, MainViewModel vm, StatusBar statusBar, Inspector inspector) {
        this.tabs = tabs;
        this.stage = stage;
        this.vm = vm;
        this.statusBar = statusBar;
        this.inspector = inspector;
        poll = new Timeline(new KeyFrame(Duration.millis(1000.0 / POLLS_PER_SECOND), e -> refresh(true)));
        poll.setCycleCount(Timeline.INDEFINITE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refresh());
        vm.activeProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.titleProperty().addListener((oo, x, y) -> refresh());
            }
            refresh();
        });
        refresh();
    }

    /** The description of the active tab, or null. */
    TabDescription find() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        Node n = t == null ? null : t.getContent();
        if (n instanceof DocumentView d) {
            if (watched.add(d)) {
                d.views().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refresh());
            }
            Tab inner = d.views().getSelectionModel().getSelectedItem();
            n = inner == null ? null : inner.getContent();
        }
        return n instanceof TabDescription td ? td : null;
    }

    /** Reads the active tab again (selection and title changes). */
    void refresh() {
        refresh(false);
    }

    private void refresh(boolean polled) {
        TabDescription td = find();
        if (td != active) {
            active = td;
            version = Long.MIN_VALUE;
            if (td == null) {
                poll.stop();
            } else {
                poll.play();
            }
        }
        if (td == null) {
            statusBar.describe(null);
            inspector.describe(null);
            setTitle(vm.getActive() == null ? null : vm.getActive().titleProperty().get());
            // a tab whose content is built on first use: keep looking for a second after a change
            if (!polled) {
                pollsLeft = POLLS_PER_SECOND;
                poll.play();
            } else if (--pollsLeft <= 0) {
                poll.stop();
            }
            return;
        }
        long v = td.descriptionVersion();
        if (v == version) {
            return;
        }
        version = v;
        setTitle(td.tabTitle());
        statusBar.describe(td.statusLine());
        inspector.describe(td.inspectorText());
    }

    private int pollsLeft;

    private void setTitle(String part) {
        stage.setTitle("GT Lab" + (part == null || part.isBlank() ? "" : " — " + part));
    }
}
