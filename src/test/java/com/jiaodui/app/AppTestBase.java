package com.jiaodui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app in a headless TestFX stage on a library of its own in a temporary folder (seeded with the samples as
 * on a first start), waited for until its first listing is shown; stopped and its properties cleared after each test.
 */
public abstract class AppTestBase {
    static {
        // RichTextFX's flowless asserts on layouts Monocle's software pipeline makes; not the app's invariants
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        AppTestBase.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    @TempDir
    protected Path dir;
    protected final FxRobot robot = new FxRobot();
    protected JiaoduiApp app;

    protected void launch() throws Exception {
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of()));
        waitFor(() -> app.window() != null && app.window().libraryViewModel().loadsProperty().get() > 0);
    }

    protected void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        FxToolkit.cleanupStages();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            stop();
        }
        FxToolkit.cleanupStages();
        System.clearProperty("jiaodui.db");
        System.clearProperty("jiaodui.home");
    }

    protected static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
