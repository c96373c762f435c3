package com.jiaodui.app;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window's first frame, shown before the library is open: the menu bar's titles, the library pane saying
 * "opening library…", an empty review pane and the status bar, at the window's remembered place and size. It uses
 * only JavaFX controls and the settings file, so nothing of the engine, the store or RichTextFX is loaded before
 * the window is on screen; {@link MainWindow} then takes the same scene over.
 */
final class StartupShell {
    private StartupShell() {}

    static Scene show(Stage stage, Settings settings, Path db) {
        I18n m = new I18n(settings.locale());
        MenuBar bar = new MenuBar();
        for (String k : new String[] {"menu.file", "menu.edit", "menu.review", "menu.library", "menu.help"}) {
            Menu menu = new Menu(m.text(k));
            menu.setDisable(true);
            bar.getMenus().add(menu);
        }
        Label opening = new Label(m.text("startup.opening"));
        opening.setId("startupPlaceholder");
        opening.setWrapText(true);
        StackPane library = new StackPane(opening);
        library.setAlignment(Pos.TOP_CENTER);
        library.setStyle("-fx-padding: 12;");
        SplitPane main = new SplitPane(library, new StackPane());
        main.setDividerPositions(settings.getDouble("layout.main.d0", 0.2));
        Label status = new Label(m.text("startup.opening"));
        status.setId("statusMessage");
        HBox statusBar = new HBox(status);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        BorderPane root = new BorderPane(main, bar, null, statusBar, null);
        String family = settings.get("ui.font", ""); // remembered by MainWindow; never listed here (slow)
        if (!family.isEmpty()) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
        }
        Scene scene = MainWindow.sceneFor(stage, settings, root);
        stage.titleProperty().unbind(); // a stage used before (tests) may still follow an earlier window's language
        stage.setTitle(m.text("app.title") + " — " + db.getFileName());
        return scene;
    }
}
