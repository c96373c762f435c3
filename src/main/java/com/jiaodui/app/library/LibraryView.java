package com.jiaodui.app.library;

import com.jiaodui.app.AppContext;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.PageVersion;
import com.jiaodui.library.Role;
import com.jiaodui.review.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The library: pages and their articles with review status and open flags, a filter by title and status. */
public final class LibraryView extends VBox {
    private final LibraryViewModel vm;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("library"));
    private final TextField filter = new TextField();
    private boolean updating;
    private long selectedArticle;
    private Runnable onRoleChanged = () -> { };

    public LibraryView(AppContext ctx, LibraryViewModel vm, LongConsumer open) {
        this.vm = vm;
        getStyleClass().add("library-view");
        setMinWidth(180);
        filter.setId("libraryFilter");
        filter.promptTextProperty().bind(ctx.i18n().bind("library.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        ComboBox<ReviewStatus> status = new ComboBox<>();
        status.getItems().addAll(null, ReviewStatus.UNREVIEWED, ReviewStatus.IN_PROGRESS, ReviewStatus.DONE);
        status.setButtonCell(statusCell(ctx));
        status.setCellFactory(l -> statusCell(ctx));
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        HBox bar = new HBox(4, filter, status);
        HBox.setHgrow(filter, Priority.ALWAYS);
        bar.setStyle("-fx-padding: 4;");

        tree.setId("libraryTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("status-DONE", "status-IN_PROGRESS", "status-UNREVIEWED", "page-version");
                setTooltip(null);
                setContextMenu(null);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof PageVersion v) {
                    // a version row: its role, settable here (Role: raw / cleaned / ocr)
                    setText("▤ " + ctx.i18n().version(v) + (v.articles() > 0 ? "  — " + v.articles() : ""));
                    getStyleClass().add("page-version");
                    setContextMenu(roleMenu(ctx, v));
                } else if (item instanceof PageEntry p) {
                    setText(p.name() + "  (" + vm.progressText(p.id()) + ")" + versions(p, ctx.i18n()));
                    setTooltip(p.versions().isEmpty() ? null : new javafx.scene.control.Tooltip(String.join("\n",
                            p.versions().stream().map(v -> ctx.i18n().version(v) + (v.articles() > 0
                                    ? "  — " + v.articles() + " articles" : "")).toList())));
                } else if (item instanceof ArticleEntry a) {
                    String mark = switch (a.status()) {
                        case DONE -> "✔ ";
                        case IN_PROGRESS -> "◐ ";
                        default -> "○ ";
                    };
                    // the one (empty) article of a scan imported without text opens its page image
                    boolean imageOnly = a.title().isBlank() && getTreeItem() != null
                            && getTreeItem().getParent() != null
                            && getTreeItem().getParent().getValue() instanceof PageEntry p && p.imageOnly();
                    String title = imageOnly ? "▣ " + ctx.text("library.imageOnly")
                            : a.title().isBlank() ? "#" + (a.index() + 1) : a.title();
                    setText(mark + title + (a.openFlags() > 0 ? "  · " + a.openFlags() : ""));
                    getStyleClass().add("status-" + a.status().name());
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating && b != null && b.getValue() instanceof ArticleEntry e) {
                selectedArticle = e.id();
                open.accept(e.id());
            }
        });
        Label empty = ctx.i18n().label(new Label(), "library.empty");
        ctx.i18n().onChange(() -> {
            status.setButtonCell(statusCell(ctx));
            status.setCellFactory(l -> statusCell(ctx));
            tree.refresh();
        });
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.pages()));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox.setVgrow(tree, Priority.ALWAYS);
        // the library's progress on top of its tree (also in the status bar)
        Label header = new Label();
        header.setId("libraryHeader");
        header.getStyleClass().add("pane-title");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setWrapText(true);
        header.textProperty().bind(vm.progressProperty());
        getChildren().addAll(header, bar, empty, tree);
        vm.visiblePages().addListener((ListChangeListener<PageEntry>) c -> rebuild());
    }

    /** "  · raw page-a.raw.txt ⇄ cleaned page-a.clean.txt": the page's versions and roles, on its row. */
    static String versions(PageEntry p, com.jiaodui.app.I18n i18n) {
        if (p.versions().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("  ·");
        for (var v : p.versions()) {
            sb.append(sb.length() > 3 ? " ⇄ " : " ").append(i18n.role(v.role())).append(' ').append(v.fileName());
        }
        return sb.toString();
    }

    /** "Role: raw / cleaned / ocr" for a version row; the current role is checked. */
    private ContextMenu roleMenu(AppContext ctx, PageVersion v) {
        ContextMenu menu = new ContextMenu();
        menu.setId("roleMenu");
        for (Role r : Role.values()) {
            CheckMenuItem item = new CheckMenuItem(ctx.text("library.role", ctx.i18n().role(r)));
            item.setId("role-" + r.id());
            item.setSelected(r == v.role());
            item.setOnAction(e -> {
                if (r != v.role()) {
                    vm.setRole(v.id(), r, onRoleChanged);
                } else {
                    item.setSelected(true);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Runs (FX thread) after a version's role changed and the listing was read again. */
    public void setOnRoleChanged(Runnable r) {
        onRoleChanged = r == null ? () -> { } : r;
    }

    private static ListCell<ReviewStatus> statusCell(AppContext ctx) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ReviewStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : ctx.text("library.status." + (s == null ? "all" : s.name())));
            }
        };
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private void rebuild() {
        updating = true;
        try {
            java.util.Set<Long> collapsed = new java.util.HashSet<>();
            for (TreeItem<Object> it : tree.getRoot().getChildren()) {
                if (!it.isExpanded() && it.getValue() instanceof PageEntry p) {
                    collapsed.add(p.id());
                }
            }
            // a big library starts folded (pages open as their articles are reached); a filter unfolds what it finds
            boolean fold = vm.visiblePages().size() > 40 && vm.filterProperty().get().isBlank()
                    && vm.statusFilterProperty().get() == null;
            List<TreeItem<Object>> items = new ArrayList<>(vm.visiblePages().size());
            for (PageEntry p : vm.visiblePages()) {
                TreeItem<Object> pi = new TreeItem<>(p);
                List<TreeItem<Object>> kids = new ArrayList<>(p.articles().size());
                for (ArticleEntry a : p.articles()) {
                    kids.add(new TreeItem<>(a));
                }
                for (PageVersion v : p.versions()) {
                    kids.add(new TreeItem<>(v)); // after the articles: the first child stays the first article
                }
                pi.getChildren().setAll(kids);
                pi.setExpanded(!fold && !collapsed.contains(p.id()));
                items.add(pi);
            }
            tree.getRoot().getChildren().setAll(items);
            markSelected(selectedArticle);
        } finally {
            updating = false;
        }
    }

    /** Shows an article as selected without opening it again. */
    public void markSelected(long articleId) {
        boolean was = updating;
        updating = true;
        try {
            selectedArticle = articleId;
            for (TreeItem<Object> pi : tree.getRoot().getChildren()) {
                for (TreeItem<Object> ai : pi.getChildren()) {
                    if (ai.getValue() instanceof ArticleEntry a && a.id() == articleId) {
                        pi.setExpanded(true);
                        tree.getSelectionModel().select(ai);
                        int row = tree.getRow(ai);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 5));
                        }
                        return;
                    }
                }
            }
        } finally {
            updating = was;
        }
    }

}
