package com.jiaodui.app.library;

import com.jiaodui.app.AppContext;
import com.jiaodui.library.SearchHit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/** Full-text search over the whole library; Enter or a double click opens the hit. */
public final class SearchDialog extends Dialog<Void> {
    private long generation;

    public SearchDialog(AppContext ctx, Window owner, Consumer<SearchHit> open) {
        initOwner(owner);
        setTitle(ctx.text("search.title"));
        setResizable(true);
        TextField q = new TextField();
        q.setId("searchField");
        q.setPromptText(ctx.text("search.prompt"));
        ListView<SearchHit> hits = new ListView<>();
        hits.setId("searchHits");
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.title() + "\n   " + h.snippet());
            }
        });
        PauseTransition later = new PauseTransition(Duration.millis(250));
        later.setOnFinished(e -> {
            String text = q.getText().strip();
            long gen = ++generation;
            if (text.isEmpty()) {
                hits.getItems().clear();
                return;
            }
            ctx.tasks().run(() -> ctx.library().search(text, 200), found -> {
                if (gen == generation) {
                    hits.getItems().setAll(found);
                }
            }, ex -> com.jiaodui.app.Diagnostics.warn("search: " + ex.getMessage()));
        });
        q.textProperty().addListener((o, a, b) -> later.playFromStart());
        Runnable pick = () -> {
            SearchHit h = hits.getSelectionModel().getSelectedItem();
            if (h == null && !hits.getItems().isEmpty()) {
                h = hits.getItems().get(0);
            }
            if (h != null) {
                open.accept(h);
                close();
            }
        };
        q.setOnAction(e -> pick.run());
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                pick.run();
            }
        });
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick.run();
            }
        });
        VBox box = new VBox(8, q, hits);
        box.setPrefSize(640, 460);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        com.jiaodui.app.Dialogs.localize(this, ctx.i18n());
        setOnShown(e -> q.requestFocus());
    }
}
