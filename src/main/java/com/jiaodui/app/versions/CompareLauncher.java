package com.jiaodui.app.versions;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Drafts;
import com.jiaodui.app.JiaoduiApp;
import com.jiaodui.app.Settings;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.StoreLibraryService;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;

/**
 * Opens the compare view on its own, without the review window (for screenshots and trying it out):
 * {@code java -cp target/jiaodui.jar com.jiaodui.app.versions.CompareLauncher [PAGE-NAME|ARTICLE-ID]}; the library
 * is the app's ({@code -Djiaodui.db} / {@code $JIAODUI_DB}); without an argument the first page with two versions.
 */
public final class CompareLauncher {
    private CompareLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path db = JiaoduiApp.libraryPath();
        StoreLibraryService lib = StoreLibraryService.open(db);
        Settings settings = new Settings(Settings.home().resolve("settings.properties"));
        AppContext ctx = new AppContext(lib, new Drafts(), settings);
        String want = args.length > 0 ? args[0] : null;
        long article = -1;
        for (PageEntry p : lib.pages()) {
            if (p.articles().isEmpty()) {
                continue;
            }
            ArticleEntry first = p.articles().get(0);
            boolean match = want == null ? lib.versionsOfArticle(first.id()).size() > 1
                    : p.name().toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT))
                    || p.articles().stream().anyMatch(a -> String.valueOf(a.id()).equals(want));
            if (match) {
                article = want != null && want.matches("\\d+") ? Long.parseLong(want) : first.id();
                break;
            }
        }
        if (article < 0) {
            com.jiaodui.app.Diagnostics.warn(db + ": no page " + (want == null ? "with two versions" : want));
            ctx.close();
            System.exit(2);
        }
        long id = article;
        Platform.startup(() -> {
            CompareView v = CompareView.show(ctx, null, id);
            v.stage().setOnHidden(e -> {
                ctx.close();
                Platform.exit();
            });
        });
    }
}
