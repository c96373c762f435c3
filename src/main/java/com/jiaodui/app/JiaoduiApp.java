package com.jiaodui.app;

import com.jiaodui.library.LibraryService;
import com.jiaodui.library.StoreLibraryService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    private AppContext ctx;
    private MainWindow window;
    private List<String> args = List.of();

    /** The library opened (and its listing read) on a thread while JavaFX starts. */
    private static volatile CompletableFuture<StoreLibraryService> preload;

    public static void start(String[] args) {
        keepHeapSmall();
        Path db = libraryPath();
        preload = CompletableFuture.supplyAsync(() -> {
            try {
                Settings settings = new Settings(Settings.home().resolve("settings.properties"));
                StoreLibraryService s = StoreLibraryService.open(db,
                        new com.jiaodui.text.Analyzer(com.jiaodui.text.Analyzer.defaultDetectors(settings.houseStyle())));
                s.prefetch(); // the first listing, read while JavaFX starts
                return s;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
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

    private static LibraryService openLibrary(Path db) throws IOException {
        CompletableFuture<StoreLibraryService> p = preload;
        preload = null;
        if (p != null) {
            try {
                return p.join();
            } catch (java.util.concurrent.CompletionException e) {
                Throwable c = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
                throw c instanceof IOException io ? io : new IOException(c.getMessage(), c);
            }
        }
        return StoreLibraryService.open(db);
    }

    public JiaoduiApp() {
    }

    /** For tests: an app that opens these arguments instead of the launcher's. */
    public JiaoduiApp(List<String> args) {
        this.args = List.copyOf(args);
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

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        if (getParameters() != null && !getParameters().getRaw().isEmpty()) {
            args = getParameters().getRaw();
        }
        Settings settings = new Settings(Settings.home().resolve("settings.properties"));
        Path db = libraryPath();
        LibraryService library;
        try {
            library = openLibrary(db);
        } catch (IOException | RuntimeException e) {
            com.jiaodui.app.Diagnostics.warn(e.getMessage());
            if (com.jiaodui.library.Libraries.isShared(db)) {
                // the shared library cannot be reached: say so, and work in the private library meanwhile
                Alert a = new Alert(Alert.AlertType.WARNING, e.getMessage(), ButtonType.OK);
                a.setHeaderText(null);
                a.showAndWait();
                try {
                    library = StoreLibraryService.open(com.jiaodui.library.Libraries.defaultPath());
                } catch (IOException | RuntimeException e2) {
                    Platform.exit();
                    return;
                }
                startWith(stage, settings, library, t0);
                return;
            }
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
            a.setHeaderText(db.toString());
            a.showAndWait();
            Platform.exit();
            return;
        }
        startWith(stage, settings, library, t0);
    }

    private void startWith(Stage stage, Settings settings, LibraryService library, long t0) {
        timing("library open", t0);
        ctx = new AppContext(library, new Drafts(), settings);
        window = new MainWindow(ctx, stage);
        timing("window built", t0);
        window.start(args);
        StartupProbe.install(stage);
        stage.show();
        timing("window shown", t0);
        if (Boolean.getBoolean("jiaodui.timing")) {
            window.libraryViewModel().loadsProperty().addListener((o, a, b) -> {
                if (b.intValue() == 1) {
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    long jvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    com.jiaodui.app.Diagnostics.info("library shown: " + ms + " ms after start(Stage), " + jvm + " ms after JVM start");
                }
            });
        }
    }

    static void timing(String what, long t0) {
        if (Boolean.getBoolean("jiaodui.timing")) {
            com.jiaodui.app.Diagnostics.info(what + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
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
            ctx.close();
        }
    }
}
