package com.jiaodui.app.io;

import com.jiaodui.app.AppContext;
import com.jiaodui.library.ImportReport;
import com.jiaodui.library.FileOutcome;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The report of an import: every file with what became of it (new page, new version, unchanged, skipped, refused)
 * and why, from {@link ImportReport}; the counts on top. Not modal: the editor can go on while it is open.
 */
public final class ImportReportDialog extends Dialog<Void> {

    /** One file of the report. {@code outcome} is the outcome's id (new, version, unchanged, skipped, refused). */
    public record Row(String file, String outcome, String detail) {}

    private final TableView<Row> table = new TableView<>();

    public ImportReportDialog(AppContext ctx, Window owner, ImportReport report) {
        initOwner(owner);
        initModality(Modality.NONE);
        setResizable(true);
        setTitle(ctx.text("importReport.title"));
        table.setId("importReportTable");
        table.getColumns().add(column(ctx.text("importReport.file"), Row::file, 260));
        table.getColumns().add(column(ctx.text("importReport.outcome"), r -> ctx.text("importReport." + r.outcome()),
                110));
        table.getColumns().add(column(ctx.text("importReport.detail"), Row::detail, 340));
        table.getItems().setAll(rows(ctx, report));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label counts = new Label(ctx.text("status.imported", report.newPages(), report.newVersions(),
                report.unchanged(), report.skipped(), report.refused(), report.articlesAdded(),
                report.articlesUpdated()) + (report.cancelled() ? " · " + ctx.text("status.cancelled") : ""));
        counts.setWrapText(true);
        counts.setId("importReportCounts");
        BorderPane content = new BorderPane(table);
        content.setTop(counts);
        BorderPane.setMargin(counts, new javafx.geometry.Insets(0, 0, 8, 0));
        content.setPrefSize(760, 420);
        getDialogPane().setContent(content);
        getDialogPane().setId("importReport");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    public TableView<Row> table() {
        return table;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f,
                                                   double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The rows: stored and unchanged files in import order, then skipped files, then refused ones. */
    public static List<Row> rows(AppContext ctx, ImportReport report) {
        List<Row> out = new ArrayList<>();
        for (FileOutcome r : report.files()) {
            String outcome = switch (r.kind()) {
                case NEW_PAGE -> "new";
                case NEW_VERSION -> "version";
                case UNCHANGED -> "unchanged";
                case SKIPPED -> "skipped";
                case REFUSED -> "refused";
            };
            String detail = switch (r.kind()) {
                case NEW_PAGE -> ctx.text("importReport.detail.new", r.pageName(), r.role(), r.articlesAdded(),
                        r.flags());
                case NEW_VERSION -> ctx.text("importReport.detail.version", r.pageName(), r.versionNumber(), r.role(),
                        r.articlesAdded(), r.articlesUpdated(), r.articlesKept(), r.articlesRetired());
                case UNCHANGED -> ctx.text("importReport.detail.unchanged", r.pageName(), r.versionNumber());
                case SKIPPED, REFUSED -> r.reason();
            };
            out.add(new Row(r.file(), outcome, detail));
        }
        return out;
    }
}
