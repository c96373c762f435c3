package com.jiaodui.cli;

import com.jiaodui.store.ArticleRecord;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.store.Revision;
import com.jiaodui.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show an article's revisions, oldest first (the last one is current).")
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Library file or postgresql://host:port/name?user=U (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Option(names = "--json", description = "Print the revisions as JSON (numbers, editors, clients, times, notes).")
    boolean json;

    @Option(names = "--text", description = "With --json: include each revision's text.")
    boolean text;

    @Option(names = "--show", paramLabel = "N", description = "Print the text of revision number N instead.")
    Integer show;

    @Parameters(index = "0", paramLabel = "ARTICLE_ID", description = "The article (ids are shown by search and in the app).", descriptionKey = "param.historyArticle")
    long articleId;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library lib = Libraries.open(db, true)) {
            ArticleRecord a = lib.article(articleId).orElse(null);
            if (a == null) {
                err.println("jiaodui: " + lib.location() + ": there is no article " + articleId + " in the library");
                return Cli.EXIT_USAGE;
            }
            List<Revision> revs = lib.revisions(articleId);
            if (show != null) {
                Revision r = revs.stream().filter(x -> x.number() == show).findFirst().orElse(null);
                if (r == null) {
                    err.println("jiaodui: article " + articleId + " has no revision " + show + " (it has "
                            + revs.size() + ")");
                    return Cli.EXIT_USAGE;
                }
                out.print(r.text().endsWith("\n") ? r.text() : r.text() + "\n");
                return 0;
            }
            String page = lib.page(a.pageId()).map(PageSummary::name).orElse("?");
            if (json) {
                var o = Team.JSON.createObjectNode();
                o.put("article", a.id());
                o.put("title", a.title());
                o.put("page", page);
                o.put("current", revs.isEmpty() ? 0 : revs.get(revs.size() - 1).number());
                var arr = o.putArray("revisions");
                for (Revision r : revs) {
                    Team.revision(arr.addObject(), r, text);
                }
                out.println(Team.JSON.writeValueAsString(o));
                return 0;
            }
            out.println(Cli.text("history.article", String.valueOf(a.id()),
                    a.title().isBlank() ? Cli.text("cli.untitled") : a.title(), page,
                    Cli.text("status." + a.status().id()), a.retired() ? Cli.text("history.retired") : ""));
            for (Revision r : revs) {
                out.println(String.format("  #%-3d %s  %-10s %6d %s  %s%s", r.number(), r.createdAt(), r.author(),
                        r.text().length(), Cli.text("history.chars"), com.jiaodui.library.RevisionNotes.render(r.note(), Cli.locale())
                                + (r.client().isEmpty() ? "" : "  [" + r.client() + "]"),
                        r.number() == revs.size() ? Cli.text("history.current") : ""));
            }
            return 0;
        } catch (StoreException e) {
            err.println("jiaodui: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }
}
