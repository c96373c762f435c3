package com.jiaodui.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Start-up measurement: with {@code -Djiaodui.startupProbe=true} the app prints, once its window has been laid out
 * and handed to the renderer for the first time, how long after the process started that was, and exits. A number
 * instead of {@code true} ({@code -Djiaodui.startupProbe=3000}) keeps the app running that many milliseconds more
 * (a training run for the class-data-sharing archive sees the first listing and article too). The same probe
 * marks the minimal JavaFX window that the start-up benchmark compares with ({@code bench.MinimalWindow}).
 */
public final class StartupProbe {
    /** The line printed: {@code startup-probe: first frame 812 ms after process start}. */
    public static final String PREFIX = "startup-probe: first frame ";

    private StartupProbe() {}

    public static boolean enabled() {
        String v = System.getProperty("jiaodui.startupProbe");
        return v != null && !v.isBlank() && !v.equals("false");
    }

    /** Call before {@code stage.show()}, with the scene set. Does nothing unless the probe is on. */
    public static void install(Stage stage) {
        if (!enabled()) {
            return;
        }
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!stage.isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            // the frame laid out in this pulse is rendered right after it; the next runLater runs after that pulse
            Platform.runLater(StartupProbe::report);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static long lingerMillis() {
        try {
            return Long.parseLong(System.getProperty("jiaodui.startupProbe"));
        } catch (NumberFormatException e) {
            return 0; // "true": exit now
        }
    }

    private static void report() {
        long ms = ProcessHandle.current().info().startInstant()
                .map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
        System.out.println(PREFIX + ms + " ms after process start");
        System.out.flush();
        long linger = lingerMillis();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(linger);
            } catch (InterruptedException e) {
                // exit now
            }
            Platform.runLater(Platform::exit);
        }, "jiaodui-probe-exit");
        t.setDaemon(true);
        t.start();
    }
}
