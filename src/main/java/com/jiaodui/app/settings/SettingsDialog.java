package com.jiaodui.app.settings;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Settings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Language, editor font size and house punctuation style; saved to the settings file on OK. Opens Learnt corrections. */
public final class SettingsDialog extends Dialog<Boolean> {
    public SettingsDialog(AppContext ctx, Window owner) {
        initOwner(owner);
        setTitle(ctx.text("settings.title"));
        Settings s = ctx.settings();
        ChoiceBox<String> lang = new ChoiceBox<>();
        lang.getItems().addAll("auto", "zh", "en");
        lang.setConverter(conv(v -> switch (v) {
            case "zh" -> "中文";
            case "en" -> "English";
            default -> ctx.text("settings.language.auto");
        }));
        lang.setValue(s.get(Settings.LANGUAGE, "auto"));
        Spinner<Integer> size = new Spinner<>(8, 48, (int) s.fontSize());
        size.setEditable(true);
        ChoiceBox<String> punct = new ChoiceBox<>();
        punct.getItems().addAll("page", "full", "half");
        punct.setConverter(conv(v -> ctx.text("settings.punctuation." + v)));
        punct.setValue(s.get(Settings.PUNCTUATION, "page"));
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.addRow(0, new Label(ctx.text("settings.language")), lang);
        g.addRow(1, new Label(ctx.text("settings.fontSize")), size);
        g.addRow(2, new Label(ctx.text("settings.punctuation")), punct);
        Label note = new Label(ctx.text("settings.restart"));
        note.setWrapText(true);
        g.add(note, 0, 3, 2, 1);
        javafx.scene.control.Button learnt = new javafx.scene.control.Button(ctx.text("settings.learnt"));
        learnt.setId("settingsLearnt");
        learnt.setOnAction(e -> new LearntCorrectionsDialog(ctx, getDialogPane().getScene().getWindow()).show());
        g.add(learnt, 0, 4, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        com.jiaodui.app.Dialogs.localize(this, ctx.i18n());
        setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return false;
            }
            s.put(Settings.LANGUAGE, lang.getValue());
            s.put(Settings.FONT_SIZE, size.getValue());
            s.put(Settings.PUNCTUATION, punct.getValue());
            s.save();
            return true;
        });
    }

    private static StringConverter<String> conv(java.util.function.Function<String, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : f.apply(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
