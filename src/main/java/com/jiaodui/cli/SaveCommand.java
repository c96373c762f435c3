package com.jiaodui.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.library.Libraries;
import com.jiaodui.store.Library;
import com.jiaodui.store.Revision;
import com.jiaodui.store.RevisionConflictException;
import com.jiaodui.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "save", mixinStandardHelpOptions = true,
        description = {"Save a text as an article's new revision, provided it was based on the current one.",
                "Exit 3 when another editor saved after --base: nothing is saved; merge and save on the new revision."})
public final class SaveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Library file or postgresql://host:port/name?user=U (default: $JIAODUI_DB or the per-user library).")
    Path db;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article id.", descriptionKey = "param.article")
    long articleId;

    @Option(names = "--text-file", required = true, paramLabel = "T", description = "The new text (UTF-8).")
    Path textFile;

    @Option(names = "--base", required = true, paramLabel = "REVISION",
            description = "The revision number the text was made on (history shows it).")
    int base;

    @Option(names = "--note", paramLabel = "N", description = "A note kept with the revision.")
    String note;

    @Option(names = "--user", paramLabel = "NAME", description = "The editor (default: $JIAODUI_USER or the OS user).")
    String user;

    @Option(names = "--json", description = "Print the saved revision (or the conflict) as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = Files.readString(textFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("jiaodui save: " + textFile + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return Cli.EXIT_USAGE;
        }
        try (Library lib = Libraries.open(db, false)) {
            lib.setClient(Library.defaultClient("jiaodui-cli"));
            Revision r = lib.saveRevision(articleId, text, Team.user(user), note, base);
            if (json) {
                ObjectNode o = Team.JSON.createObjectNode();
                o.put("article", articleId);
                o.put("saved", true);
                Team.revision(o, r, false);
                out.println(Team.JSON.writeValueAsString(o));
            } else {
                out.println("article " + articleId + ": saved as revision " + r.number());
            }
            return 0;
        } catch (RevisionConflictException e) {
            err.println("jiaodui save: conflict: " + e.getMessage() + " (your text is still in " + textFile + ")");
            if (json) {
                ObjectNode o = Team.JSON.createObjectNode();
                o.put("article", articleId);
                o.put("saved", false);
                o.put("conflict", true);
                o.put("base", e.base());
                Team.revision(o.putObject("current"), e.current(), true);
                out.println(Team.JSON.writeValueAsString(o));
            }
            return Team.EXIT_CONFLICT;
        } catch (StoreException e) {
            err.println("jiaodui save: " + e.getMessage() + " (your text is still in " + textFile + ")");
            return Cli.EXIT_USAGE;
        }
    }
}
