package com.jiaodui.app.io;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Recent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File → Recent files and File → Recent libraries: the last ten of each, rebuilt each time the menu opens. A
 * chosen entry is looked up in the background; one that is gone is removed from the list with a message.
 */
public final class RecentMenus {
    private final AppContext ctx;
    private final Recent recent;
    private final Menu files;
    private final Menu libraries;
    private final Consumer<List<Path>> importer;
    private final Consumer<Path> libraryOpener;
    private final Consumer<String> say;

    /**
     * @param importer      imports files or folders (the File → Import path, in the background)
     * @param libraryOpener opens a library (in a new window)
     * @param say           shows a message in the status bar
     */
    public RecentMenus(AppContext ctx, Recent recent, Consumer<List<Path>> importer, Consumer<Path> libraryOpener,
                       Consumer<String> say) {
        this.ctx = ctx;
        this.recent = recent;
        this.importer = importer;
        this.libraryOpener = libraryOpener;
        this.say = say;
        files = new Menu();
        files.textProperty().bind(ctx.i18n().bind("menu.recentFiles"));
        files.setId("menu-recentFiles");
        libraries = new Menu();
        libraries.textProperty().bind(ctx.i18n().bind("menu.recentLibraries"));
        libraries.setId("menu-recentLibraries");
        // a sub-menu needs an item to open at all: filled now and again whenever it is shown
        fill();
        files.setOnShowing(e -> fill());
        libraries.setOnShowing(e -> fill());
    }

    public Menu filesMenu() {
        return files;
    }

    public Menu librariesMenu() {
        return libraries;
    }

    /** Rebuilds both menus from the list. */
    public void fill() {
        fill(files, recent.files(), false);
        fill(libraries, recent.libraries(), true);
    }

    private void fill(Menu m, List<Path> paths, boolean library) {
        m.getItems().clear();
        int n = 1;
        for (Path p : paths) {
            // mnemonic-free label: the number, the file name, the folder it is in
            Path name = p.getFileName();
            String label = (n <= 9 ? n + "  " : "   ") + (name == null ? p : name)
                    + (p.getParent() == null ? "" : "  —  " + p.getParent());
            MenuItem it = new MenuItem(label);
            it.setMnemonicParsing(false);
            it.setId((library ? "recentLibrary-" : "recentFile-") + n);
            it.setOnAction(e -> choose(p, library));
            m.getItems().add(it);
            n++;
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(ctx.text("recent.none"));
            none.setDisable(true);
            m.getItems().add(none);
        }
    }

    /** Opens a recent entry, or removes it with a message when it is gone (looked up off the FX thread). */
    public void choose(Path p, boolean library) {
        ctx.tasks().run(() -> library ? Files.isRegularFile(p) : Files.exists(p), there -> {
            if (there) {
                if (library) {
                    libraryOpener.accept(p);
                } else {
                    importer.accept(List.of(p));
                }
            } else {
                if (library) {
                    recent.removeLibrary(p);
                } else {
                    recent.removeFile(p);
                }
                fill();
                say.accept(ctx.text("recent.missing", p));
            }
        }, ex -> say.accept(ctx.text("status.error", ex.getMessage())));
    }

    /**
     * Starts Jiaodui on another library in a new window (a second process with the same Java, class path and
     * library property): the open window keeps its library and its review.
     */
    public static void launchOn(Path db) throws java.io.IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Djiaodui.db=" + db.toAbsolutePath()));
        String mp = System.getProperty("jdk.module.path");
        if (mp != null && !mp.isBlank()) {
            cmd.add("--module-path");
            cmd.add(mp);
            cmd.add("--add-modules");
            cmd.add("ALL-MODULE-PATH");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("com.jiaodui.Launcher");
        new ProcessBuilder(cmd).inheritIO().start();
    }
}
