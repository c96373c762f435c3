package com.jiaodui.app.versions;

import com.jiaodui.app.AppContext;
import com.jiaodui.library.LibraryService;
import com.jiaodui.library.PageSource;
import com.jiaodui.library.PageVersion;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.compare.Choice;
import com.jiaodui.compare.Comparer;
import com.jiaodui.compare.Comparison;
import com.jiaodui.compare.Difference;
import com.jiaodui.compare.Merge;
import com.jiaodui.compare.Row;
import com.jiaodui.compare.Side;
import com.jiaodui.text.Format;
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
        return lib.saveRevision(articleId, text, ctx.text("compare.note", nameA, nameB), List.of(),
                ReviewStatus.IN_PROGRESS, 0);
    }

    /** The text of a page version as stored (blocking): what "reopen" shows. */
    public PageSource reopen(long versionId) throws IOException {
        return ctx.library().page(versionId);
    }

    public Format format() {
        return format;
    }
}
