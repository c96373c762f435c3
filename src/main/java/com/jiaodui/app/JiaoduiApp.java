package com.jiaodui.app;

import com.jiaodui.library.LibraryService;
import com.jiaodui.library.StoreLibraryService;
import java.nio.file.Path;
import java.util.List;
import com.jiaodui.app.task.FxTaskRunner;
import javafx.scene.Scene;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The review app. {@link #start(String[])} is what {@code Launcher} calls; files named on the command line are
 * imported and opened. The library is {@code -Djiaodui.db}, else {@code $JIAODUI_DB}, else the store's default.
 */
public class JiaoduiApp extends Application {
    private volatile AppContext ctx;
    private volatile MainWindow window;
    private FxTaskRunner tasks;
    private java.util.function.UnaryOperator<LibraryService> wrapLibrary = java.util.function.UnaryOperator.identity();
    private List<String> args = List.of();

    public static void start(String[] args) {
        keepHeapSmall();
        Application.launch(JiaoduiApp.class, args);
    }

    /**
     * {@code java -jar} gets the JVM's default heap sizing, which on a big machine lets the heap grow far beyond what
     * the app needs. These manageable G1 options make it hand unused heap back after collections and collect when
     * idle, so the resident size stays small. Ignored where not available.
     */
    static void keepHeapSmall() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hs = java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            hs.setVMOption("MinHeapFreeRatio", "10");
            hs.setVMOption("MaxHeapFreeRatio", "30");
            hs.setVMOption("G1PeriodicGCInterval", "20000");
        } catch (RuntimeException | LinkageError e) {
            // another collector or VM: keep its defaults
        }
    }

    public JiaoduiApp() {
    }

    /** For tests: an app that opens these arguments instead of the launcher's. */
    public JiaoduiApp(List<String> args) {
        this(args, java.util.function.UnaryOperator.identity());
    }

    /** For tests: the library as opened is handed through {@code wrapLibrary} (to watch what the app does with it). */
    public JiaoduiApp(List<String> args, java.util.function.UnaryOperator<LibraryService> wrapLibrary) {
        this.args = List.copyOf(args);
        this.wrapLibrary = wrapLibrary;
    }

    public static Path libraryPath() {
        String p = System.getProperty("jiaodui.db");
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        // File → Open shared library… keeps the URL (never a password) for the next start
        String shared = new Settings(Settings.home().resolve("settings.properties")).get(SHARED_LIBRARY_KEY, "");
        return shared.isBlank() ? com.jiaodui.library.Libraries.defaultPath() : Path.of(shared);
    }

    /** The settings key of the shared library's URL (empty: the private library). */
    public static final String SHARED_LIBRARY_KEY = "library.shared";

    /**
     * Start-up: the window's frame (menus, the library pane saying "opening library…", the status bar) is shown
     * first, with nothing of the engine, the store or the editors loaded on the FX thread; meanwhile the library is
     * opened on the task runner; after the first frame the real window takes the scene over and lists the library; the review's
     * editors are built when the first article opens (MainWindow). Drafts are offered after the first listing.
     */
    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        if (getParameters() != null && !getParameters().getRaw().isEmpty()) {
            args = getParameters().getRaw();
        }
        Settings settings = new Settings(Settings.home().resolve("settings.properties"));
        Path db = libraryPath();
        tasks = new FxTaskRunner(2);
        // the library opens on the task runner while the frame is built; the window takes over after that frame
        tasks.run(() -> {
            long t1 = System.nanoTime();
            com.jiaodui.text.Analyzer analyzer =
                    new com.jiaodui.text.Analyzer(com.jiaodui.text.Analyzer.defaultDetectors(settings.houseStyle()));
            LibraryService lib;
            try {
                lib = StoreLibraryService.open(db, analyzer);
            } catch (java.io.IOException | RuntimeException e) {
                if (!com.jiaodui.library.Libraries.isShared(db)) {
                    throw e;
                }
                // the shared library cannot be reached: say so, and work in the private library meanwhile
                com.jiaodui.app.Diagnostics.warn(e.getMessage());
                sharedUnreachable = e.getMessage();
                lib = StoreLibraryService.open(com.jiaodui.library.Libraries.defaultPath(), analyzer);
            }
            LibraryService library = wrapLibrary.apply(lib);
            AppContext c = new AppContext(library, new Drafts(), settings, tasks);
            c.drafts().importLegacy(); // the previous store's draft files, once
            timing("library open (background): " + (System.nanoTime() - t1) / 1_000_000 + " ms, at", t0);
            return c;
        }, c -> {
            opened = c;
            ctx = c; // closed by stop() even when the app quits before the window took over
            if (sharedUnreachable != null) {
                Alert a = Dialogs.localize(new Alert(Alert.AlertType.WARNING, sharedUnreachable, ButtonType.OK),
                        new I18n(settings.locale()));
                a.setHeaderText(null);
                a.show();
            }
            showWindowAfterFrame(stage, t0);
        }, e -> failed(db, e, settings));
        Scene scene = StartupShell.show(stage, settings, db);
        StartupProbe.expectReady();
        StartupProbe.install(stage);
        stage.show();
        timing("frame shown", t0);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                framed = true;
                showWindowAfterFrame(stage, t0);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The reason the shared library could not be opened at start (the private one was opened instead), or null. */
    private volatile String sharedUnreachable;

    /** Set on the FX thread: the first frame was drawn; the library is open. */
    private boolean framed;
    private AppContext opened;

    private void showWindowAfterFrame(Stage stage, long t0) {
        if (framed && opened != null && window == null) {
            showWindow(stage, opened, t0);
        }
    }

    private void showWindow(Stage stage, AppContext c, long t0) {
        ctx = c;
        MainWindow w = new MainWindow(ctx, stage);
        timing("window built", t0);
        w.libraryViewModel().loadsProperty().addListener((o, a, b) -> {
            if (b.intValue() == 1) {
                timing("library shown", t0);
                StartupProbe.readyAfterNextFrame(stage.getScene());
            }
        });
        window = w;
        w.start(args);
    }

    private void failed(Path db, Throwable e, Settings settings) {
        Throwable c = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        com.jiaodui.app.Diagnostics.warn(c.getMessage());
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.ERROR, c.getMessage(), ButtonType.OK),
                new I18n(settings.locale()));
        a.setHeaderText(db.toString());
        a.showAndWait();
        Platform.exit();
    }

    static void timing(String what, long t0) {
        if (Boolean.getBoolean("jiaodui.timing")) {
            long jvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            com.jiaodui.app.Diagnostics.info(what + ": " + (System.nanoTime() - t0) / 1_000_000
                    + " ms after start(Stage), " + jvm + " ms after JVM start");
        }
    }

    public MainWindow window() {
        return window;
    }

    public AppContext context() {
        return ctx;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
        if (ctx != null) {
            ctx.close(); // finishes the task runner too
        } else if (tasks != null) {
            tasks.finish(5_000);
        }
    }
}
