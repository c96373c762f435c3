package com.jiaodui.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Start-up measurement: with {@code -Djiaodui.startupProbe=true} the app prints, once its window has been laid out
 * and handed to the renderer for the first time, how long after the process started that was; then, once the
 * library's listing is shown in the window ({@link #ready()}), that time too, and exits. A number instead of
 * {@code true} ({@code -Djiaodui.startupProbe=3000}) keeps the app running that many milliseconds more (a training
 * run for the class-data-sharing archive sees the first listing and article too). The same probe marks the minimal
 * JavaFX window that the start-up benchmark compares with ({@code bench.MinimalWindow}), which has no second mark.
 */
public final class StartupProbe {
    /** The line printed: {@code startup-probe: first frame 812 ms after process start}. */
    public static final String PREFIX = "startup-probe: first frame ";
    /** The second line: {@code startup-probe: library shown 1650 ms after process start}. */
    public static final String READY = "startup-probe: library shown ";

    private static boolean awaitReady;
    private static boolean framed;
    private static boolean readied;

    private StartupProbe() {}

    public static boolean enabled() {
        String v = System.getProperty("jiaodui.startupProbe");
        return v != null && !v.isBlank() && !v.equals("false");
    }

    /** The app will call {@link #ready()}: the probe waits for it before it exits. FX thread. */
    public static void expectReady() {
        awaitReady = true;
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
            Platform.runLater(() -> {
                print(PREFIX);
                framed = true;
                exitWhenDone();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** The window shows the library's listing (FX thread). Does nothing unless the probe is on. */
    public static void ready() {
        if (!enabled() || readied) {
            return;
        }
        readied = true;
        print(READY);
        exitWhenDone();
    }

    /** {@link #ready()} once the next frame of {@code scene} has been laid out and rendered. */
    public static void readyAfterNextFrame(Scene scene) {
        if (!enabled()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(StartupProbe::ready);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static long lingerMillis() {
        try {
            return Long.parseLong(System.getProperty("jiaodui.startupProbe"));
        } catch (NumberFormatException e) {
            return 0; // "true": exit now
        }
    }

    private static void print(String prefix) {
        long ms = ProcessHandle.current().info().startInstant()
                .map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
        System.out.println(prefix + ms + " ms after process start");
        System.out.flush();
    }

    private static void exitWhenDone() {
        if (!framed || (awaitReady && !readied)) {
            return;
        }
        PauseTransition linger = new PauseTransition(Duration.millis(Math.max(1, lingerMillis())));
        linger.setOnFinished(e -> Platform.exit());
        linger.play();
    }
}
