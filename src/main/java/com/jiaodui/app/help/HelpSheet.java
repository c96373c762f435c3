package com.jiaodui.app.help;

import com.jiaodui.app.Action;
import com.jiaodui.app.AppContext;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard sheet: every command with its shortcut, from the same list the menus are built from. */
public final class HelpSheet extends Dialog<Void> {
    public HelpSheet(AppContext ctx, Window owner, List<Action> actions) {
        initOwner(owner);
        setTitle(ctx.text("help.title"));
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(4);
        g.setStyle("-fx-padding: 12;");
        int row = 0;
        for (Action a : actions) {
            if (a.key() == null) {
                continue;
            }
            Label k = new Label(a.keyText());
            k.getStyleClass().add("help-key");
            g.addRow(row++, k, new Label(ctx.text(a.textKey())));
        }
        // the compare view's own keys, from the same text its status bar shows
        Label compare = new Label(ctx.text("compare.keys"));
        compare.setWrapText(true);
        g.add(new Label(ctx.text("action.compare")), 0, row);
        g.add(compare, 1, row);
        ScrollPane sp = new ScrollPane(g);
        sp.setFitToWidth(true);
        sp.setPrefSize(480, 520);
        getDialogPane().setContent(sp);
        getDialogPane().setId("helpSheet");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        com.jiaodui.app.Dialogs.localize(this, ctx.i18n());
        getDialogPane().getStylesheets().add(HelpSheet.class.getResource("/com/jiaodui/app/app.css").toExternalForm());
    }
}
