package com.jiaodui.app.io;

import com.jiaodui.app.AppContext;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks for an export format and a target folder. */
public final class ExportDialog extends Dialog<ExportDialog.Choice> {
    /** What to export where. */
    public record Choice(String format, Path target) {}

    public ExportDialog(AppContext ctx, Window owner) {
        initOwner(owner);
        setTitle(ctx.text("export.title"));
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().addAll(ctx.library().exportFormats());
        format.setValue(ctx.settings().get("export.format", format.getItems().isEmpty() ? null : format.getItems().get(0)));
        TextField target = new TextField(ctx.settings().get("export.dir",
                Path.of(System.getProperty("user.home"), "jiaodui-export").toString()));
        target.setPrefColumnCount(30);
        Button choose = new Button(ctx.text("export.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            File f = dc.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                target.setText(f.toString());
            }
        });
        HBox t = new HBox(6, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.addRow(0, new Label(ctx.text("export.format")), format);
        g.addRow(1, new Label(ctx.text("export.target")), t);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        com.jiaodui.app.Dialogs.localize(this, ctx.i18n());
        setResultConverter(b -> {
            if (b != ButtonType.OK || format.getValue() == null || target.getText().isBlank()) {
                return null;
            }
            ctx.settings().put("export.format", format.getValue());
            ctx.settings().put("export.dir", target.getText().strip());
            return new Choice(format.getValue(), Path.of(target.getText().strip()));
        });
    }
}
