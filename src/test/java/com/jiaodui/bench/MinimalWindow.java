package com.jiaodui.bench;

import com.jiaodui.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX window (one label, the size of Jiaodui's default
 * window), started from the class path like Jiaodui and marked by the same {@link StartupProbe}.
 */
public final class MinimalWindow {
    private MinimalWindow() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello, 校对")), 1360, 820));
            stage.setTitle("minimal");
            StartupProbe.install(stage);
            stage.show();
        }
    }
}
