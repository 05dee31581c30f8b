package org.gtlab.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gtlab.game.GameCatalog;

/**
 * The session record of the main view model: which saved documents (files and catalog games)
 * are open, written to the settings at every autosave and cleared by a clean quit, so that after
 * a crash they are reopened together with the autosaved unsaved ones (issue 16 §7).
 */
final class Session {

    private final MainViewModel vm;

    Session(MainViewModel vm) {
        this.vm = vm;
    }

    /** Settings key of the documents open at the last autosave (cleared by a clean quit). */
    static final String FILES = "session.files";
    static final String CATALOG = "session.catalog";

    /**
     * Records which saved documents are open (files and catalog games), so that after a crash
     * they are reopened together with the autosaved unsaved ones.
     */
    void record() {
        List<String> files = new java.util.ArrayList<>();
        List<String> catalog = new java.util.ArrayList<>();
        for (DocumentViewModel d : vm.documents()) {
            if (d.isDirty()) {
                continue; // the recovery store has it
            }
            if (d.getFile() != null) {
                files.add(d.getFile().toAbsolutePath().toString());
            } else if (d.source() != null) {
                catalog.add(d.source());
            }
        }
        if (!files.equals(vm.services().settings().getList(FILES))) {
            vm.services().settings().putList(FILES, files);
        }
        if (!catalog.equals(vm.services().settings().getList(CATALOG))) {
            vm.services().settings().putList(CATALOG, catalog);
        }
    }

    /** The session ended cleanly: nothing to reopen next time. */
    void end() {
        vm.services().settings().putList(FILES, List.of());
        vm.services().settings().putList(CATALOG, List.of());
    }

    /**
     * Saved documents that were open when the last session ended without quitting (files that
     * still exist, catalog games), and are not open now: "file: PATH" or "catalog: NAME".
     */
    List<String> lost() {
        List<String> out = new java.util.ArrayList<>();
        for (String f : vm.services().settings().getList(FILES)) {
            Path p = Path.of(f);
            boolean open = vm.documents().stream().anyMatch(d -> d.getFile() != null
                    && d.getFile().toAbsolutePath().equals(p));
            boolean recovering = vm.recovery().list().stream().anyMatch(r -> r.file() != null
                    && r.file().toAbsolutePath().equals(p));
            if (Files.isRegularFile(p) && !open && !recovering) {
                out.add("file: " + f);
            }
        }
        for (String c : vm.services().settings().getList(CATALOG)) {
            if (vm.documents().stream().noneMatch(d -> c.equals(d.source()))) {
                out.add("catalog: " + c);
            }
        }
        return out;
    }

    /** Reopens what {@link #lost()} listed. */
    void reopen(List<String> entries) {
        DocumentViewModel before = vm.getActive();
        for (String e : entries) {
            if (e.startsWith("file: ")) {
                vm.open(Path.of(e.substring(6)), null);
            } else if (e.startsWith("catalog: ")) {
                String name = e.substring(9);
                GameCatalog.entries().stream().filter(x -> x.name().equals(name)).findFirst()
                        .ifPresent(vm::openCatalog);
            }
        }
        if (before != null && vm.documents().contains(before)) {
            vm.activeProperty().set(before);
        }
    }
}
