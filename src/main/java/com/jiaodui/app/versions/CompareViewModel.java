package com.jiaodui.app.versions;

import com.jiaodui.app.AppContext;
import com.jiaodui.library.LibraryService;
import com.jiaodui.library.PageSource;
import com.jiaodui.library.PageVersion;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.compare.CharDiff;
import com.jiaodui.compare.Choice;
import com.jiaodui.compare.Comparer;
import com.jiaodui.compare.Comparison;
import com.jiaodui.compare.Difference;
import com.jiaodui.compare.Merge;
import com.jiaodui.compare.Row;
import com.jiaodui.compare.Side;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Article;
import com.jiaodui.text.Format;
import com.jiaodui.text.MappedText;
import com.jiaodui.text.PageReader;
import java.io.IOException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the compare view, without any JavaFX control: the comparison of version A (left) with version B
 * (right), the current difference, the choice made for each difference (a {@link Merge}), "hide identical
 * paragraphs", the merged text, and saving it (as a new page version, or as a new revision of the article).
 * Methods that touch the library block and are called off the FX thread; the rest are called on one thread.
 */
public final class CompareViewModel {
    private final AppContext ctx;
    private final Comparer comparer = new Comparer();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final BooleanProperty hideIdentical = new SimpleBooleanProperty(false);
    private final StringProperty merged = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    /** Bumped on every change of the comparison or a choice: the view redraws. */
    private final IntegerProperty changes = new SimpleIntegerProperty();
    private Comparison comparison;
    private Merge merge;
    private String nameA = "";
    private String nameB = "";
    private Format format = Format.TEXT;
    private PageVersion versionA;
    private PageVersion versionB;

    public CompareViewModel(AppContext ctx) {
        this.ctx = ctx;
        hideIdentical.addListener((o, a, b) -> changes.set(changes.get() + 1));
        current.addListener((o, a, b) -> updateStatus());
    }

    // ---------------------------------------------------------------- loading

    /** Reads a page version's text (blocking). */
    public String text(PageVersion v) throws IOException {
        return ctx.library().page(v.id()).raw();
    }

    /** The versions of the article's page (blocking). */
    public List<PageVersion> versions(long articleId) throws IOException {
        return ctx.library().versionsOfArticle(articleId);
    }

    /** Compares two texts (blocking, pure computation: call off the FX thread for big pages). */
    public Comparison compute(String rawA, Format fa, String rawB, Format fb) {
        return comparer.compare(PageReader.read(rawA, fa), PageReader.read(rawB, fb));
    }

    /** Shows a computed comparison of two library versions. */
    public void show(Comparison c, PageVersion a, PageVersion b) {
        versionA = a;
        versionB = b;
        show(c, a.display(), b.display(), a.format());
    }

    /** Shows a computed comparison of two texts named {@code a} and {@code b}; the first difference is current. */
    public void show(Comparison c, String a, String b, Format format) {
        comparison = c;
        merge = c.merge();
        nameA = a;
        nameB = b;
        this.format = format;
        if (!(a.equals(versionA == null ? null : versionA.display()))) {
            versionA = null;
        }
        if (!(b.equals(versionB == null ? null : versionB.display()))) {
            versionB = null;
        }
        current.set(-1);
        current.set(c.differences().isEmpty() ? -1 : 0);
        changed();
    }

    /** Compares and shows two texts at once (for tests and small pages). */
    public void compareNow(String nameA, String rawA, String nameB, String rawB, Format format) {
        versionA = null;
        versionB = null;
        show(compute(rawA, format, rawB, format), nameA, nameB, format);
    }

    // ---------------------------------------------------------------- navigating

    public Comparison comparison() {
        return comparison;
    }

    public Merge merge() {
        return merge;
    }

    public List<Difference> differences() {
        return comparison == null ? List.of() : comparison.differences();
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public int current() {
        return current.get();
    }

    public Difference currentDifference() {
        int i = current.get();
        return i < 0 || i >= differences().size() ? null : differences().get(i);
    }

    /** F7: the next difference (stays at the last). */
    public boolean next() {
        if (current.get() + 1 < differences().size()) {
            current.set(current.get() + 1);
            return true;
        }
        return false;
    }

    /** Shift+F7: the previous difference (stays at the first). */
    public boolean previous() {
        if (current.get() > 0) {
            current.set(current.get() - 1);
            return true;
        }
        return false;
    }

    public void select(int index) {
        if (index >= 0 && index < differences().size()) {
            current.set(index);
        }
    }

    /** The difference whose span on {@code side} holds raw offset {@code raw} (the innermost), or -1. */
    public int differenceAt(Side side, int raw) {
        int best = -1;
        for (Difference d : differences()) {
            var s = d.span(side);
            boolean in = s.isEmpty() ? raw == s.start() : raw >= s.start() && raw < s.end();
            if (in && (best < 0 || s.length() <= differences().get(best).span(side).length())) {
                best = d.index();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- choosing

    /** Takes left, right or both for the current difference. */
    public void take(Choice choice) {
        Difference d = currentDifference();
        if (d != null) {
            merge.choose(d, choice);
            changed();
        }
    }

    /** Takes left, right or both for every difference. */
    public void takeAll(Choice choice) {
        if (merge != null) {
            merge.chooseAll(choice);
            changed();
        }
    }

    /** Replaces the current difference by typed text. */
    public void edit(String text) {
        Difference d = currentDifference();
        if (d != null) {
            merge.edit(d, text);
            changed();
        }
    }

    public Choice choice(Difference d) {
        return merge == null ? Choice.LEFT : merge.choice(d);
    }

    /** The text the merged version holds for the current difference ("" when none). */
    public String currentResult() {
        Difference d = currentDifference();
        return d == null ? "" : merge.resultFor(d);
    }

    /**
     * Where the current difference's text lies in the merged text, {start, end}: A's offset moved by what the
     * choices before it changed. Exact for differences outside moved blocks when no move before it was taken right
     * or both (then approximate); null when there is no current difference.
     */
    public int[] mergedSpan() {
        Difference cur = currentDifference();
        if (cur == null) {
            return null;
        }
        Difference at = cur.move() != null && choice(cur.move()) != Choice.LEFT ? cur.move() : cur;
        int delta = 0;
        for (Difference d : differences()) {
            if (d == at || d.move() != null || d.a().start() >= at.a().start() && !(d.a().isEmpty()
                    && d.a().start() == at.a().start() && d.index() < at.index())) {
                continue;
            }
            if (d.isMove() && choice(d) == Choice.LEFT) {
                continue;
            }
            delta += merge.resultFor(d).length() - d.a().length();
        }
        String text = mergedText();
        String result = merge.resultFor(at);
        int start = Math.max(0, Math.min(at.a().start() + delta, text.length()));
        if (!result.isEmpty() && !text.startsWith(result, start)) {
            // an inserted block gets a paragraph break before it: look close by
            int from = Math.max(0, start - 64);
            int found = text.indexOf(result, from);
            if (found >= 0 && found <= start + 64) {
                start = found;
            }
        }
        int end = Math.min(text.length(), start + result.length());
        return new int[] {start, end};
    }

    public ReadOnlyStringProperty mergedProperty() {
        return merged;
    }

    public String mergedText() {
        return merged.get();
    }

    // ---------------------------------------------------------------- display

    public BooleanProperty hideIdenticalProperty() {
        return hideIdentical;
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    public List<Row> rows() {
        return comparison == null ? List.of() : comparison.rows();
    }

    /** The rows shown: all, or with "hide identical paragraphs" those that are not {@link Row#identical()}. */
    public List<Row> visibleRows() {
        return hideIdentical.get() ? rows().stream().filter(r -> !r.identical()).toList() : rows();
    }

    /** What the pane of {@code side} shows. */
    public DisplayText display(Side side) {
        if (comparison == null) {
            return DisplayText.whole("");
        }
        String raw = side == Side.A ? comparison.rawA() : comparison.rawB();
        if (!hideIdentical.get()) {
            return DisplayText.whole(raw);
        }
        List<Row> rows = rows();
        boolean[] hidden = new boolean[rows.size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = rows.get(i).identical();
        }
        return DisplayText.rows(raw, rows, side, hidden, n -> ctx.text("compare.hidden", n));
    }

    public String nameA() {
        return nameA;
    }

    public String nameB() {
        return nameB;
    }

    public PageVersion versionA() {
        return versionA;
    }

    public PageVersion versionB() {
        return versionB;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** "difference 3 of 14 · move · taken: right". */
    private void updateStatus() {
        Difference d = currentDifference();
        if (comparison == null) {
            status.set("");
        } else if (d == null) {
            status.set(ctx.text("compare.status.none"));
        } else {
            status.set(ctx.text("compare.status", d.index() + 1, differences().size(),
                    ctx.text("compare.kind." + d.kind().id()), ctx.text("compare.choice." + choice(d).name())));
        }
    }

    private void changed() {
        merged.set(merge == null ? "" : merge.text());
        changes.set(changes.get() + 1);
        updateStatus();
    }

    // ---------------------------------------------------------------- saving

    /**
     * Saves {@code text} (the merged text, read on the FX thread) as a new version of the page of version A
     * (blocking); returns the new version's id.
     */
    public long saveAsVersion(long pageId, String fileName, String text) throws IOException {
        return ctx.library().addVersion(pageId, "merged", fileName, text, format);
    }

    /** The file name a merged version is stored under: "page-a.merged.txt". */
    public String mergedFileName(String pageName) {
        return pageName + ".merged" + (format == Format.MARKDOWN ? ".md" : ".txt");
    }

    /** Saves {@code text} as a new revision of the article (blocking); returns the revision id. */
    public long saveIntoArticle(long articleId, String text) throws IOException {
        LibraryService lib = ctx.library();
        return lib.saveRevision(articleId, text, ctx.i18n().english("compare.note", nameA, nameB), List.of(),
                ReviewStatus.IN_PROGRESS, 0);
    }

    /** The article's own part of the merged page: its text before and after, and how many places change. */
    public record ArticlePart(String before, String after, int changes, int removed, int inserted) {
        public boolean unchanged() {
            return before.equals(after);
        }
    }

    /**
     * The merge's replacements, taken on the calling thread (the merge is not thread-safe): pass them to
     * {@link #articlePart}.
     */
    public List<Merge.Change> mergeChanges() {
        return merge == null ? List.of() : merge.changes();
    }

    /**
     * The article's own part of the merged page (blocking, pure computation): version A is analysed, the article with
     * the same index is found there, and only the merge's replacements inside its span of A are carried into its text
     * through its offset map ({@code Article.text()}); another article's text, the page's headline furniture and a
     * block the merge inserts at the article's edge do not enter it. {@code before} is the article's text as it is
     * now (the open review's text, or {@code null} for the article's text in version A).
     */
    public ArticlePart articlePart(long articleId, List<Merge.Change> changes, String before) throws IOException {
        com.jiaodui.library.ArticleState st = ctx.library().article(articleId);
        Analysis an = ctx.analyzer().analyze(comparison.rawA(), format);
        Article art = sameArticle(an.articles(), st.title(), before != null ? before : st.text());
        if (art == null) {
            throw new IOException(ctx.text("compare.noArticle", st.index() + 1));
        }
        MappedText mt = art.text();
        String own = mt.text();
        String sep = own.contains("\n\n") ? "\n\n" : "\n";
        StringBuilder sb = new StringBuilder(own);
        int limit = Integer.MAX_VALUE;
        int n = 0;
        for (int i = changes.size() - 1; i >= 0; i--) {
            Merge.Change ch = changes.get(i);
            if (ch.start() < art.rawStart() || ch.end() > art.rawEnd()) {
                continue; // outside the article (or across its edge): not its own part
            }
            boolean insertion = ch.start() == ch.end();
            if (insertion && (ch.start() == art.rawStart() || ch.start() == art.rawEnd())
                    && ch.text().contains("\n\n")) {
                continue; // a whole block placed at the article's edge belongs to the page, not to the article
            }
            int[] span = insertion ? new int[] {mt.fromRaw(ch.start()), mt.fromRaw(ch.start())}
                    : mt.fromRaw(ch.start(), ch.end());
            if (span[1] > limit || span[0] > span[1]) {
                continue;
            }
            sb.replace(span[0], span[1], reflow(ch.text(), sep));
            limit = span[0];
            n++;
        }
        String after = sb.toString();
        String from = before == null ? own : before;
        int removed = 0;
        int inserted = 0;
        List<CharDiff.Edit> edits = CharDiff.edits(from, after);
        for (CharDiff.Edit e : edits) {
            removed += e.aEnd() - e.aStart();
            inserted += e.bEnd() - e.bStart();
        }
        return new ArticlePart(from, after, edits.size(), removed, inserted);
    }

    /**
     * The article of version A that is the open one: the same title (spaces aside), else the one sharing most
     * four-character runs with its text (the index is not enough: version A may be cut into articles differently).
     */
    static Article sameArticle(List<Article> articles, String title, String text) {
        String t = title == null ? "" : title.replaceAll("\\s+", "");
        for (Article a : articles) {
            if (!t.isEmpty() && a.title() != null && a.title().replaceAll("\\s+", "").equals(t)) {
                return a;
            }
        }
        java.util.Set<String> runs = new java.util.HashSet<>();
        String x = text == null ? "" : text.replaceAll("\\s+", "");
        for (int i = 0; i + 4 <= x.length(); i++) {
            runs.add(x.substring(i, i + 4));
        }
        Article best = null;
        int bestScore = 0;
        for (Article a : articles) {
            String y = a.text().text().replaceAll("\\s+", "");
            int score = 0;
            for (int i = 0; i + 4 <= y.length(); i++) {
                if (runs.contains(y.substring(i, i + 4))) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** Replacement text in the article's form: hard wraps dropped, paragraph breaks as the article writes them. */
    private static String reflow(String t, String sep) {
        String s = t.replace("\r", "");
        String[] paras = s.split("\n\\s*\n+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paras.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(paras[i].replaceAll("[ \t]*\n[ \t]*", ""));
        }
        if (s.endsWith("\n\n") && !sb.isEmpty()) {
            sb.append(sep);
        }
        return sb.toString();
    }

    /** The text of a page version as stored (blocking): what "reopen" shows. */
    public PageSource reopen(long versionId) throws IOException {
        return ctx.library().page(versionId);
    }

    public Format format() {
        return format;
    }
}
