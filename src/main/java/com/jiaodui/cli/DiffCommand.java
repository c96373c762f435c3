package com.jiaodui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.compare.CompareOptions;
import com.jiaodui.compare.Comparer;
import com.jiaodui.compare.Comparison;
import com.jiaodui.compare.DiffKind;
import com.jiaodui.compare.Difference;
import com.jiaodui.compare.Span;
import com.jiaodui.text.Page;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, description = {
        "Compare two OCR versions of a page and list the real differences: wording, characters, moved blocks.",
        "Layout noise (line wraps, paragraph breaks, white space, garbled-glyph padding, dash runs, punctuation "
                + "width) is not reported. Offsets are Java string indexes into each file's decoded text."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print {\"differences\":[{\"kind\",\"a\":{start,end,text},\"b\":{...}}]}.")
    boolean json;

    @Option(names = "--keep-width", description = "Report half-width vs full-width punctuation (, vs ，) as differences.")
    boolean keepWidth;

    @Parameters(index = "0", paramLabel = "A", description = "The first (left) version.", descriptionKey = "param.diffA")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second (right) version.", descriptionKey = "param.diffB")
    Path b;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceText sa;
        SourceText sb;
        try {
            sa = TextDecoder.read(a);
            sb = TextDecoder.read(b);
        } catch (UnreadablePageException e) {
            err.println("jiaodui diff: " + e.getMessage());
            return Cli.EXIT_USAGE;
        }
        for (SourceText s : new SourceText[] {sa, sb}) {
            if (s.warning() != null) {
                err.println(s.warning());
            }
        }
        Comparison c = new Comparer(new CompareOptions(keepWidth)).compare(sa, sb);
        if (json) {
            out.println(toJson(c));
        } else {
            printText(out, c, sa, sb);
        }
        out.flush();
        return 0;
    }

    /** The JSON document of the {@code --json} output. */
    static String toJson(Comparison c) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("differences");
        for (Difference d : c.differences()) {
            ObjectNode o = list.addObject();
            o.put("kind", d.kind().id());
            putSpan(o, "a", d.kind() == DiffKind.INSERT ? null : d.a());
            putSpan(o, "b", d.kind() == DiffKind.DELETE ? null : d.b());
        }
        return mapper.writeValueAsString(root);
    }

    private static void putSpan(ObjectNode o, String name, Span s) {
        if (s == null) {
            o.putNull(name);
            return;
        }
        ObjectNode n = o.putObject(name);
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", s.text());
    }

    private static void printText(PrintWriter out, Comparison c, SourceText sa, SourceText sb) {
        out.println("--- A " + sa.name());
        out.println("+++ B " + sb.name());
        for (Difference d : c.differences()) {
            out.printf("%3d %-7s A %-9s %s  ->  B %-9s %s%n", d.index() + 1, d.kind().id(),
                    where(c.pageA(), d.a()), shown(d.a(), d.kind() == DiffKind.INSERT),
                    where(c.pageB(), d.b()), shown(d.b(), d.kind() == DiffKind.DELETE));
        }
        int moves = c.moves().size();
        out.println(Cli.text(c.differences().size() == 1 ? "diff.one" : "diff.many", c.differences().size())
                + (moves > 0 ? Cli.text(moves == 1 ? "diff.move" : "diff.moves", moves) : ""));
    }

    private static String where(Page p, Span s) {
        int l0 = p.lineOf(s.start());
        int l1 = s.isEmpty() ? l0 : p.lineOf(Math.max(s.start(), s.end() - 1));
        return "line " + (l0 == l1 ? String.valueOf(l0) : l0 + "-" + l1);
    }

    private static String shown(Span s, boolean none) {
        if (none) {
            return "(none)";
        }
        String t = s.text().replace("\r", "").replace("\n", "⏎");
        if (t.length() > 40) {
            t = t.substring(0, 18) + "…" + t.substring(t.length() - 18) + " (" + s.length() + " chars)";
        }
        return "\"" + t + "\"";
    }
}
