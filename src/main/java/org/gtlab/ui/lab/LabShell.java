package org.gtlab.ui.lab;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGames;
import org.gtlab.run.GameSpec;
import org.gtlab.run.RunExecutor;

/**
 * What the main window needs to host team-game documents: the "Lab" menu (open a team game,
 * reproduce a figure of the FXP paper, open the active matrix game as one-agent teams, run / pause /
 * cancel), and the document tabs it adds to the window's tab pane, each a {@link TeamDocumentView}
 * whose runs use the app's shared {@link RunExecutor} and method catalog (given by the composition root). The shell asks it
 * which tabs are its own ({@link #owns}), whether a lab tab is selected and to export it.
 */
public final class LabShell {

    private final TabPane documents;
    private final Supplier<NormalFormGame> activeGame;
    private Supplier<RunExecutor> executor;
    private final org.gtlab.run.MethodCatalog catalog;
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(this, "chartStyle",
            ChartStyle.paper());
    private final java.util.List<org.gtlab.ui.workspace.LabRoom> rooms = new java.util.ArrayList<>();
    private org.gtlab.ui.workspace.LabContext roomContext;
    private final ReadOnlyBooleanWrapper labSelected = new ReadOnlyBooleanWrapper(this, "labSelected");

    /** With the standard catalog (tests). */
    public LabShell(TabPane documents, Supplier<NormalFormGame> activeGame, Supplier<RunExecutor> executor) {
        this(documents, activeGame, executor, org.gtlab.run.methods.StandardMethods.catalog());
    }

    /**
     * @param documents  the main window's document tabs
     * @param activeGame the active matrix document's game, or null (for "open as one-agent teams")
     * @param executor   the app's run executor
     * @param catalog    the app's method catalog
     */
    public LabShell(TabPane documents, Supplier<NormalFormGame> activeGame, Supplier<RunExecutor> executor,
            org.gtlab.run.MethodCatalog catalog) {
        this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
        this.documents = documents;
        this.activeGame = activeGame;
        this.executor = executor;
        documents.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> labSelected.set(owns(b)));
    }

    /**
     * Runs labs opened from now on with this executor (tests pass the synchronous one, so that a
     * loaded machine cannot time them out).
     */
    public void useExecutor(Supplier<RunExecutor> runs) {
        this.executor = java.util.Objects.requireNonNull(runs, "runs");
    }

    /**
     * Offers these labs in the menu's "Open lab" submenu (call before {@link #menu()}); each opens
     * in a new tab with the given context.
     */
    public void addRooms(java.util.List<org.gtlab.ui.workspace.LabRoom> labs,
            org.gtlab.ui.workspace.LabContext context) {
        rooms.addAll(labs);
        roomContext = java.util.Objects.requireNonNull(context, "context");
    }

    /**
     * Opens a lab in a new tab and selects it; the tab's user data is the room.
     *
     * @return the lab's view
     */
    /** The registered lab that owns a document format ({@link org.gtlab.ui.workspace.LabRoom#documentFormat()}), or null. */
    public org.gtlab.ui.workspace.LabRoom roomFor(String format) {
        if (format == null) {
            return null;
        }
        return rooms.stream().filter(r -> format.equals(r.documentFormat())).findFirst().orElse(null);
    }

    /** The registered labs, in menu order. */
    public java.util.List<org.gtlab.ui.workspace.LabRoom> rooms() {
        return java.util.List.copyOf(rooms);
    }

    public javafx.scene.Node openRoom(org.gtlab.ui.workspace.LabRoom room) {
        javafx.scene.Node view = room.open(roomContext);
        Tab t = new Tab(room.title(), view);
        t.setId("labRoomTab-" + room.id());
        t.setUserData(room);
        if (view instanceof AutoCloseable c) {
            t.setOnClosed(e -> {
                try {
                    c.close();
                } catch (Exception ex) {
                    System.getLogger(LabShell.class.getName()).log(System.Logger.Level.WARNING,
                            "closing lab " + room.id() + " failed", ex);
                }
            });
        }
        documents.getTabs().add(t);
        documents.getSelectionModel().select(t);
        return view;
    }

    /** True for the tabs this shell keeps open: team-game documents and opened labs. */
    public boolean keeps(Tab t) {
        return owns(t) || t != null && t.getUserData() instanceof org.gtlab.ui.workspace.LabRoom;
    }

    /** True for the tabs of team-game documents. */
    public boolean owns(Tab t) {
        return t != null && t.getContent() instanceof TeamDocumentView;
    }

    /** The team-game document tabs, in order. */
    public List<Tab> tabs() {
        return documents.getTabs().stream().filter(this::owns).toList();
    }

    /** True while a team-game document is the selected tab. */
    public ReadOnlyBooleanProperty labSelectedProperty() {
        return labSelected.getReadOnlyProperty();
    }

    /** The selected team-game document, or null. */
    public TeamDocumentView active() {
        Tab t = documents.getSelectionModel().getSelectedItem();
        return owns(t) ? (TeamDocumentView) t.getContent() : null;
    }

    /** The style of the lab canvases (the shell passes the theme's). */
    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    /** Opens a team-game document with a new lab on {@code game} and selects it. */
    public TeamDocumentView open(GameSpec game) {
        LabViewModel vm = new LabViewModel(executor.get(), catalog);
        if (game != null) {
            vm.setGame(game);
        }
        return add(vm);
    }

    /** Opens a catalog team game ({@code fxp-example}, {@code sad}, {@code team-rps}) with its defaults. */
    public TeamDocumentView open(String family) {
        return open(GameSpec.resolve(family, java.util.Map.of(), null));
    }

    /**
     * Runs a preset: again in the open tab that shows it (or in the selected lab tab if it has no
     * runs yet), else in a new tab.
     */
    public TeamDocumentView reproduce(LabPreset p) {
        TeamDocumentView v = null;
        for (Tab t : tabs()) {
            TeamDocumentView d = (TeamDocumentView) t.getContent();
            if (d.model().presetProperty().get() == p) {
                v = d;
                documents.getSelectionModel().select(t);
                break;
            }
        }
        if (v == null && active() != null && active().model().runs().isEmpty()) {
            v = active();
        }
        if (v == null) {
            v = add(new LabViewModel(executor.get(), catalog));
        }
        v.showLab();
        v.model().reproduce(p);
        v.lab().frame();
        return v;
    }

    private TeamDocumentView add(LabViewModel vm) {
        TeamDocumentView v = new TeamDocumentView(vm);
        v.chartStyleProperty().bind(chartStyle);
        Tab t = new Tab(vm.title(), v);
        t.setUserData(vm);
        Runnable title = () -> t.setText(vm.title());
        vm.gameProperty().addListener((o, a, b) -> title.run());
        t.setOnClosed(e -> vm.cancelAll());
        documents.getTabs().add(t);
        documents.getSelectionModel().select(t);
        return v;
    }

    /** Opens the export dialog of the selected lab; false if no lab is selected. */
    public boolean exportActive() {
        TeamDocumentView v = active();
        if (v == null) {
            return false;
        }
        v.showLab();
        v.lab().exportChartDialog();
        return true;
    }

    /** The "Lab" menu. */
    public Menu menu() {
        Menu m = new Menu("Lab");
        m.setId("labMenu");
        Menu open = new Menu("Open team game");
        for (String f : TeamGames.names()) {
            MenuItem i = new MenuItem(switch (f) {
                case "fxp-example" -> "Counter-example game (fxp-example)";
                case "sad" -> "Seek-Attack-Defend (sad)";
                case "team-rps" -> "Team rock-paper-scissors (team-rps)";
                default -> f;
            });
            i.setId("labOpen-" + f);
            i.setOnAction(e -> open(f));
            open.getItems().add(i);
        }
        Menu figures = new Menu("Reproduce the paper's figure");
        for (LabPreset p : LabPreset.values()) {
            MenuItem i = new MenuItem(p.title());
            i.setId("labReproduce-" + p.name());
            i.setOnAction(e -> reproduce(p));
            figures.getItems().add(i);
        }
        MenuItem asTeams = new MenuItem("Open the current matrix game as one-agent teams");
        asTeams.setId("labAsTeams");
        asTeams.setOnAction(e -> {
            NormalFormGame g = activeGame.get();
            if (g != null) {
                try {
                    open(GameSpec.of(g.title().isBlank() ? "matrix game" : g.title(), g));
                } catch (IllegalArgumentException ex) {
                    javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.INFORMATION, ex.getMessage());
                    a.setHeaderText("Only symmetric zero-sum two-player games can be viewed as one-agent teams");
                    a.show();
                }
            }
        });
        MenuItem run = new MenuItem("Run selected algorithms");
        run.setAccelerator(KeyCombination.keyCombination("Shortcut+Enter"));
        run.setOnAction(e -> {
            TeamDocumentView v = active();
            if (v != null) {
                v.showLab();
                v.model().run();
            }
        });
        MenuItem pause = new MenuItem("Pause all runs");
        pause.setOnAction(e -> {
            if (active() != null) {
                active().model().pauseAll();
            }
        });
        MenuItem cancel = new MenuItem("Cancel all runs");
        cancel.setOnAction(e -> {
            if (active() != null) {
                active().model().cancelAll();
            }
        });
        run.disableProperty().bind(labSelected.not());
        pause.disableProperty().bind(labSelected.not());
        cancel.disableProperty().bind(labSelected.not());
        m.getItems().addAll(open, figures, asTeams, new SeparatorMenuItem(), run, pause, cancel);
        if (!rooms.isEmpty()) {
            Menu labs = new Menu("Open lab");
            labs.setId("labRooms");
            for (org.gtlab.ui.workspace.LabRoom r : rooms) {
                MenuItem i = new MenuItem(r.title());
                i.setId("labRoom-" + r.id());
                i.setOnAction(e -> openRoom(r));
                labs.getItems().add(i);
            }
            m.getItems().addAll(0, java.util.List.of(labs, new SeparatorMenuItem()));
        }
        return m;
    }
}
