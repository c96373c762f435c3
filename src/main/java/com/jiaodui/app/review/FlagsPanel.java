package com.jiaodui.app.review;

import com.jiaodui.review.ReviewFlag;
import com.jiaodui.app.AppContext;
import com.jiaodui.review.FlagState;
import com.jiaodui.text.FlagKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The side panel: flags grouped by kind with counts, the selected flag's detail with accept/reject, a legend. */
public final class FlagsPanel extends VBox {
    private final AppContext ctx;
    private final ReviewViewModel vm;
    private final TreeView<Object> tree = new TreeView<>();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button accept;
    private final Button reject;
    private boolean updating;
    /** Show only flags whose decision changes the text (info flags and no-op flags hidden). */
    private final javafx.scene.control.CheckBox warningsOnly = new javafx.scene.control.CheckBox();
    private final javafx.scene.control.MenuButton acceptKind = new javafx.scene.control.MenuButton();
    private final javafx.scene.control.MenuButton rejectKind = new javafx.scene.control.MenuButton();
    /** The kind the batch buttons act on: the selected group's, or the selected flag's. */
    private FlagKind currentKind;
    /** The article text the rows' contexts were cut from (taken once per rebuild, with the flags). */
    private String contextText = "";

    /** A kind group row. */
    record Group(FlagKind kind, int open, int total) {}

    public FlagsPanel(AppContext ctx, ReviewViewModel vm, Runnable onPick) {
        this.ctx = ctx;
        this.vm = vm;
        getStyleClass().add("flags-panel");
        setMinWidth(260);
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        tree.setId("flagTree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>("flags"));
        tree.setCellFactory(t -> {
            TreeCell<Object> cell = new TreeCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("decided-cell", "group-cell");
                    setGraphic(null);
                    setTooltip(null);
                    setContextMenu(null);
                    if (empty || item == null) {
                        setText(null);
                    } else if (item instanceof Group g) {
                        Label chip = new Label(" ");
                        chip.getStyleClass().addAll("chip", "chip-" + g.kind().id());
                        setGraphic(chip);
                        getStyleClass().add("group-cell");
                        setText(ctx.text("kind." + g.kind().id()) + "  " + g.open() + " / " + g.total());
                        setContextMenu(batchMenu(g.kind()));
                    } else if (item instanceof ReviewFlag f) {
                        setText(describe(f));
                        String m = f.message().isEmpty() ? ctx.text("kind." + f.kind().id()) : ctx.i18n().text(f.msg());
                        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(m);
                        tip.setWrapText(true);
                        tip.setMaxWidth(420);
                        setTooltip(tip);
                        setContextMenu(batchMenu(f.kind()));
                        if (!f.open()) {
                            getStyleClass().add("decided-cell");
                        }
                    }
                }
            };
            // rows wrap at the panel's width instead of being cut off with "..."
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getValue() instanceof Group g) {
                setKind(g.kind());
                if (!updating) {
                    detail.setText(ctx.text("kind." + g.kind().id()) + "\n"
                            + ctx.text("flags.group.detail", g.open(), g.total()));
                }
            } else if (b != null && b.getValue() instanceof ReviewFlag f) {
                setKind(f.kind());
            }
            if (!updating && b != null && b.getValue() instanceof ReviewFlag f) {
                vm.select(f);
                onPick.run();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);

        detail.getStyleClass().add("flag-message");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(60);
        accept = ctx.i18n().label(new Button(), "action.accept");
        accept.setTooltip(new javafx.scene.control.Tooltip("Ctrl+Enter"));
        accept.setId("acceptButton");
        accept.setOnAction(e -> vm.acceptSelected());
        reject = ctx.i18n().label(new Button(), "action.reject");
        reject.setTooltip(new javafx.scene.control.Tooltip("Ctrl+Backspace"));
        reject.setId("rejectButton");
        reject.setOnAction(e -> vm.rejectSelected());
        accept.setMaxWidth(Double.MAX_VALUE);
        reject.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(accept, Priority.ALWAYS);
        HBox.setHgrow(reject, Priority.ALWAYS);
        HBox buttons = new HBox(6, accept, reject);
        VBox detailBox = new VBox(6, detail, buttons);
        detailBox.getStyleClass().add("flag-detail");

        FlowPane legend = new FlowPane(4, 4);
        legend.setPadding(new Insets(6));
        for (FlagKind k : FlagKind.values()) {
            Label chip = ctx.i18n().label(new Label(), "kind." + k.id());
            chip.getStyleClass().addAll("chip", "chip-" + k.id());
            legend.getChildren().add(chip);
        }
        ctx.i18n().label(warningsOnly, "flags.warningsOnly");
        warningsOnly.setId("warningsOnly");
        warningsOnly.setTooltip(new javafx.scene.control.Tooltip(ctx.text("flags.warningsOnly.tip")));
        warningsOnly.setSelected(Boolean.parseBoolean(ctx.settings().get("flags.warningsOnly", "false")));
        warningsOnly.selectedProperty().addListener((o, a, b) -> {
            ctx.settings().put("flags.warningsOnly", b);
            rebuild();
        });
        acceptKind.setId("acceptKind");
        rejectKind.setId("rejectKind");
        fillBatchButton(acceptKind, true);
        fillBatchButton(rejectKind, false);
        acceptKind.setMaxWidth(Double.MAX_VALUE);
        rejectKind.setMaxWidth(Double.MAX_VALUE);
        // one under the other: side by side their labels were cut off at the panel's default width
        VBox batchRow = new VBox(4, acceptKind, rejectKind);
        VBox filterBox = new VBox(4, warningsOnly, batchRow);
        filterBox.setPadding(new Insets(4, 6, 4, 6));
        setKind(null);

        Label legendTitle = ctx.i18n().label(new Label(), "flags.legend");
        legendTitle.setPadding(new Insets(4, 6, 0, 6));
        getChildren().addAll(title, filterBox, tree, detailBox, legendTitle, legend);

        vm.flags().addListener((javafx.collections.ListChangeListener<ReviewFlag>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, b) -> showSelected(b));
        ctx.i18n().onChange(() -> {
            acceptKind.setText(ctx.text("flags.batch.acceptAll"));
            rejectKind.setText(ctx.text("flags.batch.rejectAll"));
            warningsOnly.setTooltip(new javafx.scene.control.Tooltip(ctx.text("flags.warningsOnly.tip")));
            setKind(currentKind);
            rebuild();
            tree.refresh();
        });
        rebuild();
    }

    /** The batch menu of a kind: accept or reject all its open flags in the article or in the whole page. */
    private javafx.scene.control.ContextMenu batchMenu(FlagKind kind) {
        javafx.scene.control.ContextMenu m = new javafx.scene.control.ContextMenu();
        for (boolean accept : new boolean[] {true, false}) {
            for (boolean page : new boolean[] {false, true}) {
                javafx.scene.control.MenuItem it = new javafx.scene.control.MenuItem(batchLabel(kind, accept, page));
                it.setOnAction(e -> batch(kind, accept, page));
                m.getItems().add(it);
            }
        }
        return m;
    }

    private String batchLabel(FlagKind kind, boolean accept, boolean page) {
        return ctx.text((accept ? "flags.batch.accept" : "flags.batch.reject") + (page ? "Page" : "Article"),
                ctx.text("kind." + kind.id()));
    }

    private void fillBatchButton(javafx.scene.control.MenuButton b, boolean accept) {
        b.setText(ctx.text(accept ? "flags.batch.acceptAll" : "flags.batch.rejectAll"));
        for (boolean page : new boolean[] {false, true}) {
            javafx.scene.control.MenuItem it = new javafx.scene.control.MenuItem(ctx.text(page
                    ? "flags.batch.inPage" : "flags.batch.inArticle"));
            it.setId((accept ? "accept" : "reject") + (page ? "KindInPage" : "KindInArticle"));
            it.setOnAction(e -> {
                if (currentKind != null) {
                    batch(currentKind, accept, page);
                }
            });
            b.getItems().add(it);
        }
    }

    private void setKind(FlagKind k) {
        currentKind = k;
        acceptKind.setDisable(k == null);
        rejectKind.setDisable(k == null);
        String tip = k == null ? ctx.text("flags.batch.pick") : ctx.text("kind." + k.id());
        acceptKind.setTooltip(new javafx.scene.control.Tooltip(tip));
        rejectKind.setTooltip(new javafx.scene.control.Tooltip(tip));
        // the items name the kind they act on: "Accept all “Spurious space” in the whole page"
        for (javafx.scene.control.MenuButton b : List.of(acceptKind, rejectKind)) {
            boolean accept = b == acceptKind;
            for (int i = 0; i < b.getItems().size(); i++) {
                boolean page = i == 1;
                b.getItems().get(i).setText(k == null ? ctx.text(page ? "flags.batch.inPage" : "flags.batch.inArticle")
                        : batchLabel(k, accept, page));
            }
        }
    }

    /** Accepts or rejects every open flag of a kind in the article or the page: one undo step (Ctrl+Z). */
    void batch(FlagKind kind, boolean accept, boolean page) {
        if (page) {
            // a decision across the page changes other articles too (as drafts): asked first, like every wide change
            javafx.scene.control.Alert ask = com.jiaodui.app.Dialogs.localize(new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, ctx.text(accept ? "flags.batch.confirmAccept"
                            : "flags.batch.confirmReject", ctx.text("kind." + kind.id())),
                    javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL), ctx.i18n());
            ask.setHeaderText(null);
            ask.initOwner(getScene() == null ? null : getScene().getWindow());
            if (ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) != javafx.scene.control.ButtonType.OK) {
                return;
            }
            vm.decideKindOnPage(kind, accept);
        } else {
            vm.decideKind(kind, accept);
        }
    }

    /** A row: the state, the text around the flag with the flagged text marked 【…】, and the fix. */
    private String describe(ReviewFlag f) {
        String s = context(contextText, f, ctx.text("flags.row.was"));
        if (f.state() != FlagState.OPEN) {
            s = "[" + ctx.text(f.state() == FlagState.ACCEPTED ? "flags.accepted" : "flags.rejected") + "] " + s;
        } else if (f.applied()) {
            s = "✓ " + s;
        }
        return s;
    }

    /** The characters around a flag kept in a row. */
    static final int AROUND = 8;

    /**
     * "…before【flagged】after…  → fix": the flag in its text (line ends shown as ⏎); for a fix already in the text,
     * "…【fixed】…  was: raw" ({@code was} the localised word).
     */
    static String context(String text, ReviewFlag f, String was) {
        int n = text.length();
        int s = Math.max(0, Math.min(f.start(), n));
        int e = Math.max(s, Math.min(f.end(), n));
        int from = Math.max(0, s - AROUND);
        int to = Math.min(n, e + AROUND);
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        sb.append(oneLine(text.substring(from, s))).append('【').append(oneLine(text.substring(s, e))).append('】')
                .append(oneLine(text.substring(e, to)));
        if (to < n) {
            sb.append('…');
        }
        String now = text.substring(s, e);
        String other = f.fixIn() ? f.revert() : f.fix();
        if (other != null && !other.equals(now)) {
            sb.append(f.fixIn() ? "  " + was + " " : "  → ").append(visible(other));
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }

    private void rebuild() {
        updating = true;
        try {
            contextText = vm.currentText();
            boolean warnings = warningsOnly.isSelected();
            List<ReviewFlag> flags = vm.flags().stream().filter(f -> !warnings || f.changesText()).toList();
            Map<FlagKind, TreeItem<Object>> groups = new EnumMap<>(FlagKind.class);
            Map<FlagKind, int[]> counts = new EnumMap<>(FlagKind.class);
            Map<FlagKind, Boolean> expanded = new EnumMap<>(FlagKind.class);
            for (TreeItem<Object> g : tree.getRoot().getChildren()) {
                if (g.getValue() instanceof Group gr) {
                    expanded.put(gr.kind(), g.isExpanded());
                }
            }
            for (ReviewFlag f : flags) {
                int[] c = counts.computeIfAbsent(f.kind(), k -> new int[2]);
                c[1]++;
                if (f.open()) {
                    c[0]++;
                }
            }
            for (ReviewFlag f : flags) {
                TreeItem<Object> g = groups.computeIfAbsent(f.kind(), k -> {
                    TreeItem<Object> it = new TreeItem<>(new Group(k, counts.get(k)[0], counts.get(k)[1]));
                    it.setExpanded(expanded.getOrDefault(k, true));
                    return it;
                });
                g.getChildren().add(new TreeItem<>(f));
            }
            tree.getRoot().getChildren().setAll(groups.values());
            int open = (int) flags.stream().filter(ReviewFlag::open).count();
            title.setText(ctx.text("flags.title") + " · " + open + " / " + flags.size()
                    + (warnings && flags.size() < vm.flags().size()
                    ? " · " + ctx.text("flags.hidden", vm.flags().size() - flags.size()) : ""));
            showSelected(vm.selectedProperty().get());
        } finally {
            updating = false;
        }
    }

    private void showSelected(ReviewFlag f) {
        boolean was = updating;
        updating = true;
        try {
            if (f == null) {
                detail.setText(vm.openCountProperty().get() == 0 && vm.session() != null ? ctx.text("flags.none") : "");
                accept.setDisable(true);
                reject.setDisable(true);
                tree.getSelectionModel().clearSelection();
                return;
            }
            StringBuilder sb = new StringBuilder(ctx.text("kind." + f.kind().id())).append('\n').append(ctx.i18n().text(f.msg()))
                    .append('\n').append(context(contextText, f, ctx.text("flags.row.was")));
            if (f.applied()) {
                sb.append("\n(").append(ctx.text("flags.applied")).append(')');
            }
            if (f.fix() != null) {
                sb.append("\n→ “").append(visible(f.fix())).append('”');
            }
            detail.setText(sb.toString());
            accept.setDisable(!f.open());
            reject.setDisable(!f.open());
            for (TreeItem<Object> g : tree.getRoot().getChildren()) {
                for (TreeItem<Object> it : g.getChildren()) {
                    if (f.equals(it.getValue())) {
                        tree.getSelectionModel().select(it);
                        int row = tree.getRow(it);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 3));
                        }
                        return;
                    }
                }
            }
        } finally {
            updating = was;
        }
    }

    static String visible(String s) {
        return s.isEmpty() ? "∅" : s.replace("\n", "⏎");
    }
}
