package com.jiaodui.app.settings;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Diagnostics;
import com.jiaodui.library.LearntPair;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Settings → Learnt corrections: the replacements learnt from saved revisions, each with its context, editor
 * and time, and whether the analysis uses it; remove, disable/enable, export to a file. Every library call
 * runs through the task runner (off the FX thread); the list is read again after each change.
 */
public final class LearntCorrectionsDialog extends Dialog<Void> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final AppContext ctx;
    private final TableView<LearntPair> table = new TableView<>();
    private final Label status = new Label();

    public LearntCorrectionsDialog(AppContext ctx, Window owner) {
        this.ctx = ctx;
        initOwner(owner);
        setTitle(ctx.text("learnt.title"));
        setResizable(true);
        table.setId("learntTable");
        table.setPlaceholder(new Label(ctx.text("learnt.none")));
        table.getColumns().add(column(ctx.text("learnt.column.correction"), p -> p.from() + " → " + p.to()));
        table.getColumns().add(column(ctx.text("learnt.column.context"), p -> p.left() + "【" + p.from() + "】" + p.right()));
        table.getColumns().add(column(ctx.text("learnt.column.editor"), LearntPair::author));
        table.getColumns().add(column(ctx.text("learnt.column.when"), p -> p.when() == null ? "" : TIME.format(p.when())));
        table.getColumns().add(column(ctx.text("learnt.column.enabled"),
                p -> ctx.text(p.enabled() ? "learnt.enabled.yes" : "learnt.enabled.no")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        Button remove = new Button(ctx.text("learnt.remove"));
        remove.setId("learntRemove");
        Button toggle = new Button(ctx.text("learnt.disable"));
        toggle.setId("learntToggle");
        Button export = new Button(ctx.text("learnt.export"));
        export.setId("learntExport");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) ->
                toggle.setText(ctx.text(p != null && !p.enabled() ? "learnt.enable" : "learnt.disable")));
        remove.setOnAction(e -> {
            LearntPair p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                change(() -> {
                    ctx.library().removeLearnt(p.id());
                    return null;
                });
            }
        });
        toggle.setOnAction(e -> {
            LearntPair p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                change(() -> {
                    ctx.library().setLearntEnabled(p.id(), !p.enabled());
                    return null;
                });
            }
        });
        export.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(ctx.text("learnt.export.title"));
            fc.setInitialFileName("learnt-corrections.tsv");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("learnt.export.filter"), "*.tsv"));
            java.io.File f = fc.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                export(f.toPath());
            }
        });
        HBox buttons = new HBox(8, remove, toggle, export, status);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table);
        root.setBottom(buttons);
        root.setPrefSize(760, 440);
        getDialogPane().setContent(root);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        refresh();
    }

    private static TableColumn<LearntPair, String> column(String title, Function<LearntPair, String> value) {
        TableColumn<LearntPair, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /** The table's rows (tests). */
    public List<LearntPair> rows() {
        return List.copyOf(table.getItems());
    }

    /** Selects a row (tests, and keyboard users through the table). */
    public void select(LearntPair p) {
        table.getSelectionModel().select(p);
    }

    /** Writes the list to {@code file} in the background; the status line says where, or why not. */
    public void export(Path file) {
        ctx.tasks().run(() -> {
            ctx.library().exportLearnt(file);
            return file;
        }, f -> status.setText(ctx.text("learnt.exported", f.getFileName())), ex -> {
            status.setText(ctx.text("learnt.exportFailed", ex.getMessage()));
            Diagnostics.warn("learnt corrections: export to " + file + ": " + ex.getMessage());
        });
    }

    private void change(Callable<Void> work) {
        ctx.tasks().run(work, x -> refresh(), ex -> {
            status.setText(ctx.text("learnt.failed", ex.getMessage()));
            Diagnostics.warn("learnt corrections: " + ex.getMessage());
        });
    }

    private void refresh() {
        ctx.tasks().run(() -> ctx.library().learntPairs(), rows -> {
            LearntPair sel = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(rows);
            if (sel != null) {
                rows.stream().filter(r -> r.id() == sel.id()).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
            }
        }, ex -> {
            status.setText(ctx.text("learnt.failed", ex.getMessage()));
            Diagnostics.warn("learnt corrections: " + ex.getMessage());
        });
    }
}
