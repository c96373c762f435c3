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
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("decided-cell");
                setGraphic(null);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Group g) {
                    Label chip = new Label(" ");
                    chip.getStyleClass().addAll("chip", "chip-" + g.kind().id());
                    setGraphic(chip);
                    setText(ctx.text("kind." + g.kind().id()) + "  " + g.open() + " / " + g.total());
                } else if (item instanceof ReviewFlag f) {
                    setText(describe(f));
                    if (!f.open()) {
                        getStyleClass().add("decided-cell");
                    }
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
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
        Label legendTitle = ctx.i18n().label(new Label(), "flags.legend");
        legendTitle.setPadding(new Insets(4, 6, 0, 6));
        getChildren().addAll(title, tree, detailBox, legendTitle, legend);

        vm.flags().addListener((javafx.collections.ListChangeListener<ReviewFlag>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, b) -> showSelected(b));
        ctx.i18n().onChange(() -> {
            rebuild();
            tree.refresh();
        });
        rebuild();
    }

    private String describe(ReviewFlag f) {
        String s = ctx.i18n().text(f.msg());
        if (f.state() != FlagState.OPEN) {
            s = "[" + ctx.text(f.state() == FlagState.ACCEPTED ? "flags.accepted" : "flags.rejected") + "] " + s;
        } else if (f.applied()) {
            s = "✓ " + s;
        }
        return s.isEmpty() ? ctx.text("kind." + f.kind().id()) : s;
    }

    private void rebuild() {
        updating = true;
        try {
            List<ReviewFlag> flags = List.copyOf(vm.flags());
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
            title.setText(ctx.text("flags.title") + " · " + open + " / " + flags.size());
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
            StringBuilder sb = new StringBuilder(ctx.text("kind." + f.kind().id())).append('\n').append(ctx.i18n().text(f.msg()));
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
