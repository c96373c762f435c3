package com.jiaodui.app.history;

import com.jiaodui.compare.CharDiff;
import com.jiaodui.app.AppContext;
import com.jiaodui.library.RevisionEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * An article's revisions with time and note; the selected one shown as a diff against the current text
 * (deleted text struck through in red, inserted text green); "restore" hands its text back.
 */
public final class HistoryDialog extends Dialog<Void> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final AppContext ctx;
    private final StyleClassedTextArea diff = new StyleClassedTextArea();
    private String selectedText;
    private RevisionEntry selected;

    public HistoryDialog(AppContext ctx, Window owner, long articleId, String title, Supplier<String> current,
                         java.util.function.BiConsumer<RevisionEntry, String> restoreRevision) {
        this.ctx = ctx;
        initOwner(owner);
        setTitle(ctx.text("history.title", title));
        setResizable(true);
        ListView<RevisionEntry> list = new ListView<>();
        list.setId("historyList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionEntry r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : TIME.format(r.time()) + "\n" + ctx.i18n().note(r.note()));
            }
        });
        list.setPlaceholder(new Label(ctx.text("history.none")));
        diff.setEditable(false);
        diff.setWrapText(true);
        diff.getStyleClass().add("editor");
        diff.setId("historyDiff");
        Button restore = new Button(ctx.text("history.restore"));
        restore.setId("restoreRevision");
        restore.setDisable(true);
        restore.setOnAction(e -> {
            if (selectedText == null) {
                return;
            }
            // which revision, by number (1 = the first), so the new one can say where it came from
            int at = list.getItems().indexOf(selected);
            String label = "#" + (list.getItems().size() - at) + " (" + TIME.format(selected.time()) + ")";
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION);
            ask.initOwner(owner);
            ask.setTitle(ctx.text("history.restore.title"));
            ask.setHeaderText(ctx.text("history.restore.header", label));
            ask.setContentText(ctx.text("history.restore.content"));
            javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(ctx.text("history.restore"),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            ask.getButtonTypes().setAll(yes, javafx.scene.control.ButtonType.CANCEL);
            com.jiaodui.app.Dialogs.localize(ask, ctx.i18n());
            ask.setTitle(ctx.text("history.restore.title"));
            ask.getDialogPane().lookupButton(yes).setId("restoreConfirm");
            RevisionEntry which = selected;
            ask.setOnHidden(ev -> {
                if (ask.getResult() == yes) {
                    restoreRevision.accept(which, label);
                    close();
                }
            });
            ask.show();
        });
        Label diffTitle = new Label(ctx.text("history.diff"));
        diffTitle.getStyleClass().add("pane-title");
        diffTitle.setMaxWidth(Double.MAX_VALUE);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(diff);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        VBox right = new VBox(diffTitle, scroll, new HBox(restore));
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.3);
        BorderPane root = new BorderPane(split);
        root.setPrefSize(980, 620);
        getDialogPane().setContent(root);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        com.jiaodui.app.Dialogs.localize(this, ctx.i18n());
        getDialogPane().getStylesheets().add(HistoryDialog.class.getResource("/com/jiaodui/app/app.css").toExternalForm());

        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r == null) {
                return;
            }
            String cur = current.get();
            String[] text = new String[1];
            ctx.tasks().run(() -> {
                text[0] = ctx.library().revisionText(r.id());
                return diff(text[0], cur); // a big article's diff is no work for the FX thread
            }, d -> {
                if (r != list.getSelectionModel().getSelectedItem()) {
                    return; // an older click's text arrived late: the selection has moved on
                }
                selected = r;
                selectedText = text[0];
                show(d);
                restore.setDisable(false);
            }, ex -> com.jiaodui.app.Diagnostics.warn("history: revision " + r.id() + ": " + ex.getMessage()));
        });
        ctx.tasks().run(() -> {
            List<RevisionEntry> rs = new ArrayList<>(ctx.library().revisions(articleId));
            Collections.reverse(rs);
            return rs;
        }, rs -> {
            list.getItems().setAll(rs);
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        }, ex -> com.jiaodui.app.Diagnostics.warn("history: article " + articleId + ": " + ex.getMessage()));
    }

    /** Shows old→current as one text: equal parts plain, removed parts struck, inserted parts green. */
    private void show(Diffed d) {
        diff.replaceText(d.text());
        diff.setStyleSpans(0, d.spans());
    }

    /** A rendered diff. */
    public record Diffed(String text, StyleSpans<Collection<String>> spans, int inserted, int deleted) {}

    public static Diffed diff(String old, String cur) {
        StringBuilder sb = new StringBuilder(old.length() + 16);
        StyleSpansBuilder<Collection<String>> sp = new StyleSpansBuilder<>();
        int pos = 0;
        int ins = 0;
        int del = 0;
        boolean any = false;
        for (CharDiff.Edit e : CharDiff.edits(old, cur)) {
            if (e.aStart() > pos) {
                sb.append(old, pos, e.aStart());
                sp.add(Collections.emptyList(), e.aStart() - pos);
                any = true;
            }
            if (e.aEnd() > e.aStart()) {
                sb.append(old, e.aStart(), e.aEnd());
                sp.add(List.of("diff-delete"), e.aEnd() - e.aStart());
                del += e.aEnd() - e.aStart();
                any = true;
            }
            if (e.bEnd() > e.bStart()) {
                sb.append(cur, e.bStart(), e.bEnd());
                sp.add(List.of("diff-insert"), e.bEnd() - e.bStart());
                ins += e.bEnd() - e.bStart();
                any = true;
            }
            pos = e.aEnd();
        }
        if (pos < old.length() || !any) {
            sb.append(old, pos, old.length());
            sp.add(Collections.emptyList(), old.length() - pos);
        }
        return new Diffed(sb.toString(), sp.create(), ins, del);
    }
}
