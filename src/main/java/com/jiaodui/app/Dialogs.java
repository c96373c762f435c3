package com.jiaodui.app;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * JavaFX's own dialog texts (OK, Cancel, Close, Yes, No, the "Confirmation" title) come from the JVM's locale, not
 * the editor's: every dialog of the app goes through {@link #localize} so they speak the UI language. The standard
 * ButtonTypes are kept (callers compare with {@code ButtonType.OK}); only their buttons' texts change.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Titles an alert by its type and relabels the standard buttons when the dialog shows. */
    public static <D extends Dialog<?>> D localize(D d, I18n i18n) {
        if (d instanceof Alert a) {
            a.setTitle(i18n.text("dialog.title." + a.getAlertType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        var before = d.getOnShowing();
        d.setOnShowing(e -> {
            buttons(d, i18n);
            if (before != null) {
                before.handle(e);
            }
        });
        buttons(d, i18n);
        return d;
    }

    /** Sets the texts of the standard buttons present now. */
    public static void buttons(Dialog<?> d, I18n i18n) {
        for (ButtonType t : d.getDialogPane().getButtonTypes()) {
            String key = key(t);
            Node n = d.getDialogPane().lookupButton(t);
            if (key != null && n instanceof Button b) {
                b.setText(i18n.text(key));
            }
        }
    }

    private static String key(ButtonType t) {
        if (t == ButtonType.OK) {
            return "button.ok";
        } else if (t == ButtonType.CANCEL) {
            return "button.cancel";
        } else if (t == ButtonType.CLOSE) {
            return "button.close";
        } else if (t == ButtonType.YES) {
            return "button.yes";
        } else if (t == ButtonType.NO) {
            return "button.no";
        } else if (t == ButtonType.APPLY) {
            return "button.apply";
        } else if (t == ButtonType.FINISH) {
            return "button.finish";
        } else if (t == ButtonType.NEXT) {
            return "button.next";
        } else if (t == ButtonType.PREVIOUS) {
            return "button.previous";
        }
        return t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE && t.getText().isEmpty() ? "button.cancel" : null;
    }
}
