package com.jiaodui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The review app (placeholder until the workspace lands). */
public final class JiaoduiApp extends Application {

    public static void start(String[] args) {
        Application.launch(JiaoduiApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("校对 Jiaodui");
        stage.setScene(new Scene(new Label("Jiaodui"), 800, 600));
        stage.show();
    }
}
