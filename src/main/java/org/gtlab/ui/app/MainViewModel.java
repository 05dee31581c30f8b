package org.gtlab.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.io.GameFiles;
import org.gtlab.io.GameFormatException;
import org.gtlab.solve.NashSolver;
import org.gtlab.ui.common.BackgroundExecutor;
import org.gtlab.ui.common.RecentFiles;
import org.gtlab.ui.common.RecoveryStore;
import org.gtlab.ui.theme.Theme;

/**
 * The main window's view model: open documents (one game each), the active one, recent files,
 * the catalog, the theme, autosave/recovery and the status line. File reading and writing run in
 * the background; errors become one clear status message and never close a document.
 */
public final class MainViewModel {

    /**
     * A refused or failed action the user must see now: a title, the full message, and a serial
     * number so that the same problem twice is two events.
     */
    public record Problem(String title, String message, long serial) {
    }

    private long problems;

    private final AppServices services;
    private final BackgroundExecutor executor;
    private final List<NashSolver> solvers;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Problem> problem =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "problem");
    private final ObservableList<DocumentViewModel> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentViewModel> active = new SimpleObjectProperty<>(this, "active");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final java.util.Map<String, Object> autosaved = new java.util.HashMap<>();
    private final Session session = new Session(this);
    private int untitled;

    /** With services that keep their settings in memory (tests and tools). */
    public MainViewModel(BackgroundExecutor executor, List<NashSolver> solvers, RecentFiles recent,
            RecoveryStore recovery) {
        this(AppServices.of(executor, solvers, recent, recovery));
    }

    /** The view model of the app session that shares {@code services}. */
    public MainViewModel(AppServices services) {
        this.services = services;
        this.executor = services.background();
        this.solvers = services.solvers();
        this.recent = services.recent();
        this.recovery = services.recovery();
    }

    public AppServices services() {
        return services;
    }

    /**
     * The last refused or failed action that needs a dialog (a malformed file, a refused save);
     * every new problem is a new value, so listeners see each one. The status line says it too.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reports a problem: in the status line and, through {@link #problemProperty()}, in a dialog. */
    public void report(String title, String message) {
        status.set(message);
        problem.set(new Problem(title, message, ++problems));
    }

    public ObservableList<DocumentViewModel> documents() {
        return documents;
    }

    public ObjectProperty<DocumentViewModel> activeProperty() {
        return active;
    }

    public DocumentViewModel getActive() {
        return active.get();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String s) {
        status.set(s);
    }

    public RecentFiles recent() {
        return recent;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    public List<NashSolver> solvers() {
        return solvers;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    /** Catalog entries for the side panel. */
    public List<GameCatalog.Entry> catalog() {
        return GameCatalog.entries();
    }

    // ------------------------------------------------------------------ documents

    /** A new 2×2 game of zeros. */
    public DocumentViewModel newDocument() {
        NormalFormGame g = NormalFormGame.zeros(2, 2);
        return add(new DocumentViewModel(g, null, executor, solvers, "Untitled " + (++untitled)));
    }

    /** Opens a catalog game in a new document. */
    public DocumentViewModel openCatalog(GameCatalog.Entry e) {
        for (DocumentViewModel open : documents) {
            if (e.name().equals(open.source()) && !open.isDirty()) {
                active.set(open);
                return open;
            }
        }
        DocumentViewModel d = add(new DocumentViewModel(e.game(), null, executor, solvers, e.title()));
        d.setSource(e.name());
        status.set("Opened \"" + e.title() + "\" from the catalog — " + e.reference());
        d.solve().gameChanged();
        return d;
    }

    /** Opens a generated game (random games) in a new document. */
    public DocumentViewModel openGenerated(NormalFormGame g, String name) {
        DocumentViewModel d = add(new DocumentViewModel(g, null, executor, solvers, name));
        d.solve().gameChanged();
        return d;
    }

    /** Adds a document and makes it active. */
    public DocumentViewModel add(DocumentViewModel d) {
        documents.add(d);
        active.set(d);
        return d;
    }

    /**
     * Reads {@code file} in the background and opens it; a malformed file gives a status message
     * with file, line and column, and nothing else changes.
     */
    public void open(Path file, Consumer<DocumentViewModel> opened) {
        for (DocumentViewModel d : documents) {
            if (file.toAbsolutePath().normalize().equals(d.getFile() == null ? null
                    : d.getFile().toAbsolutePath().normalize())) {
                active.set(d);
                return;
            }
        }
        status.set("Opening " + file.getFileName() + "…");
        executor.submit(() -> DocumentViewModel.Loaded.read(file), loaded -> {
            NormalFormGame g = loaded.game();
            try {
                DocumentViewModel d = add(new DocumentViewModel(g, file, executor, solvers, file.getFileName()
                        .toString()));
                d.useParameters(loaded.parametric()); // a .json game with "parameters" opens with them
                recent.add(file);
                status.set("Opened " + file + " (" + shape(g) + ")");
                d.solve().gameChanged();
                if (opened != null) {
                    opened.accept(d);
                }
            } catch (IllegalArgumentException e) {
                report("Cannot open " + file.getFileName(), "Cannot open " + file.getFileName() + ": " + e.getMessage());
            }
        }, e -> report("Cannot open " + file.getFileName(), openError(file, e)));
    }

    static String openError(Path file, Throwable e) {
        if (e instanceof GameFormatException) {
            return "Cannot open: " + e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "Cannot open " + file + ": the file does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Cannot open " + file + ": permission denied";
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException) {
            return "Cannot open " + file.getFileName() + ": " + e.getMessage();
        }
        return "Cannot open " + file.getFileName() + ": " + e;
    }

    static String shape(NormalFormGame g) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < g.numPlayers(); p++) {
            b.append(p == 0 ? "" : "×").append(g.numStrategies(p));
        }
        return b + " game";
    }

    /** Saves the active document to its file (Save As when it has none). Returns false if it needs a file. */
    public boolean save(DocumentViewModel d) {
        if (d.getFile() == null) {
            return false;
        }
        saveAs(d, d.getFile(), DocumentViewModel.Format.of(d.getFile()));
        return true;
    }

    /** Saves (atomically) on the calling thread: small games write in milliseconds. */
    public void saveAs(DocumentViewModel d, Path target, DocumentViewModel.Format format) {
        try {
            d.saveTo(target, format);
            recent.add(target);
            recovery.delete(d.id());
            autosaved.remove(d.id());
            status.set("Saved " + target);
        } catch (IllegalStateException e) {
            report("Not saved", e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            report("Not saved", "Not saved: " + e.getMessage() + " — your work is still open and autosaved");
        }
    }

    /** Closes a document (the caller asked about unsaved changes) and drops its autosave. */
    public void close(DocumentViewModel d) {
        int i = documents.indexOf(d);
        documents.remove(d);
        recovery.delete(d.id());
        autosaved.remove(d.id());
        if (active.get() == d) {
            active.set(documents.isEmpty() ? null : documents.get(Math.max(0, i - 1)));
        }
    }

    // ------------------------------------------------------------------ autosave / recovery

    /**
     * Writes every changed, unsaved document to the recovery folder (on the calling thread;
     * documents are immutable snapshots, so the app may call this from a worker with the
     * states taken on the UI thread). Returns the number written.
     */
    public int autosave() {
        recordSession();
        int n = 0;
        for (DocumentViewModel d : List.copyOf(documents)) {
            var state = d.editor().state();
            if (!d.isDirty()) {
                if (autosaved.remove(d.id()) != null) {
                    recovery.delete(d.id());
                }
                continue;
            }
            Object[] last = (Object[]) autosaved.get(d.id());
            if (last != null && last[0] == d.editor().getGame() && last[1] == d.editor().getInvalid()) {
                continue;
            }
            try {
                recovery.save(d.id(), d.getFile(), state, d.editor().zeroSumProperty().get(),
                        d.editor().symmetricProperty().get());
                autosaved.put(d.id(), new Object[] {d.editor().getGame(), d.editor().getInvalid()});
                n++;
            } catch (IOException e) {
                status.set("Autosave failed: " + e.getMessage());
            }
        }
        return n;
    }

    /** Settings key of the documents open at the last autosave (cleared by a clean quit). */
    static final String SESSION_FILES = Session.FILES;
    static final String SESSION_CATALOG = Session.CATALOG;

    /** Records which saved documents are open ({@link Session#record}). */
    public void recordSession() {
        session.record();
    }

    /** The session ended cleanly: nothing to reopen next time. */
    public void endSession() {
        session.end();
    }

    /** Saved documents open when the last session ended without quitting ({@link Session#lost}). */
    public List<String> lostSessionDocuments() {
        return session.lost();
    }

    /** Reopens what {@link #lostSessionDocuments()} listed. */
    public void reopenSession(List<String> entries) {
        session.reopen(entries);
    }

    /** Autosaves left by an earlier session that ended without saving. */
    public List<RecoveryStore.Recovered> recoverable() {
        List<String> open = documents.stream().map(DocumentViewModel::id).toList();
        return recovery.list().stream().filter(r -> !open.contains(r.id())).toList();
    }

    /** Opens recovered documents (marked unsaved; the autosave stays until saved or closed). */
    public void recover(List<RecoveryStore.Recovered> items) {
        for (RecoveryStore.Recovered r : items) {
            NormalFormGame base = r.state().game();
            if (r.file() != null && Files.isRegularFile(r.file())) {
                try {
                    base = GameFiles.load(r.file());
                } catch (IOException | RuntimeException e) {
                    base = r.state().game();
                }
            }
            DocumentViewModel d = new DocumentViewModel(r.id(), base, r.file(), executor, solvers,
                    "Recovered " + (++untitled));
            d.restore(r.state(), r.zeroSum(), r.symmetric());
            if (r.file() == null || base == r.state().game()) {
                d.markSaved(r.file(), null);
            }
            add(d);
            // a recovered small game is solved again at once, like any game that was opened
            d.solve().gameChanged();
        }
        if (!items.isEmpty()) {
            status.set("Recovered " + items.size() + " document" + (items.size() == 1 ? "" : "s")
                    + " with unsaved changes — save them to keep them");
        }
    }

    /** Drops autosaves the user chose not to recover. */
    public void discard(List<RecoveryStore.Recovered> items) {
        for (RecoveryStore.Recovered r : items) {
            recovery.delete(r.id());
        }
    }

    /** Documents with unsaved changes. */
    public List<DocumentViewModel> unsaved() {
        return documents.stream().filter(DocumentViewModel::isDirty).toList();
    }
}
