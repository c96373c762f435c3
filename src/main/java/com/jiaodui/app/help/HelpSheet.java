package com.jiaodui.app.help;

import com.jiaodui.app.Action;
import com.jiaodui.app.AppContext;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The keyboard sheet: every command that has a key, with its shortcut as the platform writes it
 * ({@link javafx.scene.input.KeyCombination#getDisplayText}: Ctrl+S here, ⌘S on macOS), from the same action list
 * the menus are built from. Both columns take their labels' full width (never "…"); the compare view's keys follow
 * as one wrapped paragraph below the grid, so they cannot squeeze the grid's columns.
 */
public final class HelpSheet extends Dialog<Void> {
    public HelpSheet(AppContext ctx, Window owner, List<Action> actions) {
        initOwner(owner);
        setTitle(ctx.text("help.title"));
        setResizable(true);
        GridPane g = new GridPane();
        g.setId("helpGrid");
        g.setHgap(24);
        g.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setMinWidth(Region.USE_PREF_SIZE);
        texts.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(keys, texts);
        int row = 0;
        for (Action a : actions) {
            if (a.key() == null) {
                continue;
            }
            Label k = new Label(a.keyText());
            k.getStyleClass().add("help-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label t = new Label(ctx.text(a.textKey()));
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.getStyleClass().add("help-text");
            g.addRow(row++, k, t);
        }
        // the compare view's own keys, from the same text its status bar shows
        Label compareTitle = new Label(ctx.text("action.compare"));
        compareTitle.getStyleClass().add("help-key");
        Label compare = new Label(ctx.text("compare.keys"));
        compare.setId("helpCompareKeys");
        compare.setWrapText(true);
        compare.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, g, compareTitle, compare);
        box.setStyle("-fx-padding: 12;");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefSize(560, 600);
        getDialogPane().setContent(sp);
        getDialogPane().setId("helpSheet");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        com.jiaodui.app.Dialogs.localize(this, ctx.i18n());
        getDialogPane().getStylesheets().add(HelpSheet.class.getResource("/com/jiaodui/app/app.css").toExternalForm());
    }
}
