package com.jiaodui.app.review;

import com.jiaodui.review.Decision;
import com.jiaodui.review.FlagState;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Article;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The review of one article, without any JavaFX: the current text (held by a {@link TextBuffer}, in the app the
 * editor), its flags positioned in that text, the decisions, the link to the raw page and an undo history that
 * covers typing, accepted fixes and rejections alike. Saving does not touch the history.
 *
 * <p>Flags come from two sources: the page analysis (what the engine found on the raw page; fixes the cleaner
 * already applied to the article are shown as {@code applied}: accept keeps them, reject puts the raw text back)
 * and the re-analysis of the edited text ({@link #applyTextAnalysis}), whose fixes accept applies.
 * Not thread-safe: used from one thread (the FX thread in the app).
 */
public final class ReviewSession {

    /** The text being reviewed. */
    public interface TextBuffer {
        String text();

        void replace(int start, int end, String text);
    }

    /** One change of the text, with the link entries it removed and inserted (so undo restores the map exactly). */
    record Edit(int pos, String removed, int[] removedLink, String inserted, int[] insertedLink) {}

    /** One undoable step. */
    private static final class Step {
        final List<Edit> edits = new ArrayList<>();
        final List<ReviewFlag> flagsBefore;
        List<ReviewFlag> flagsAfter;
        final boolean typing;
        long time;

        Step(List<ReviewFlag> before, boolean typing, long time) {
            this.flagsBefore = before;
            this.typing = typing;
            this.time = time;
        }
    }

    private static final long MERGE_NANOS = 1_500_000_000L;

    private final String raw;
    private final OffsetLink link;
    private final TextBuffer buffer;
    private final LongSupplier clock;
    private List<ReviewFlag> flags = new ArrayList<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private ReviewFlag selected;
    private boolean applying;
    private long version;
    private long flagChanges;
    private boolean dirty;
    private final List<Runnable> listeners = new ArrayList<>();

    /**
     * @param page      the analysis of the raw page
     * @param article   the article (its text is the original the link starts from)
     * @param text      the article's current text (a saved revision or a draft), or null for the engine's text
     * @param decisions decisions recorded on {@code text}
     * @param buffer    holds {@code text} (or the engine's text) already
     */
    public ReviewSession(Analysis page, Article article, String text, List<Decision> decisions, TextBuffer buffer,
                         LongSupplier clock) {
        this.raw = page.raw();
        this.buffer = buffer;
        this.clock = clock;
        String current = text == null ? article.text().text() : text;
        this.link = text == null ? new OffsetLink(article.text()) : OffsetLink.diffed(article.text(), current);
        List<Flag> pageFlags = new ArrayList<>();
        for (Flag f : page.flags()) {
            if (f.end() > article.rawStart() && f.start() < article.rawEnd()
                    || f.start() == f.end() && f.start() >= article.rawStart() && f.start() < article.rawEnd()) {
                pageFlags.add(f);
            }
        }
        for (Flag f : pageFlags) {
            int[] o = originSpan(article.text(), f.start(), f.end());
            int s = link.firstAtOrAfter(o[0]);
            int e = o[1] > o[0] ? link.firstAtOrAfter(o[1]) : s;
            e = Math.max(s, e);
            String at = current.substring(s, e);
            String fix = null;
            String revert = null;
            boolean applied = false;
            if (f.hasFix()) {
                if (at.equals(f.replacement())) {
                    applied = true;
                    revert = revertText(raw.substring(f.start(), f.end()));
                } else {
                    fix = f.replacement();
                }
            }
            flags.add(new ReviewFlag(f.kind(), s, e, f.message(), fix, revert, applied, true, f.start(), f.end(),
                    FlagState.OPEN));
        }
        for (Decision d : decisions) {
            for (int i = 0; i < flags.size(); i++) {
                ReviewFlag rf = flags.get(i);
                if (rf.kind().id().equals(d.kind()) && rf.start() == d.start() && rf.open()) {
                    flags.set(i, rf.at(d.start(), Math.min(d.end(), current.length())).withState(d.state()));
                    break;
                }
            }
        }
        // decisions on re-analysis flags: kept as decided flags so the re-analysis does not raise them again
        for (Decision d : decisions) {
            boolean matched = flags.stream().anyMatch(rf -> rf.kind().id().equals(d.kind())
                    && rf.start() == d.start() && rf.end() == d.end() && !rf.open());
            if (!matched && d.end() <= current.length()) {
                flags.add(new ReviewFlag(FlagKind.fromId(d.kind()), d.start(), d.end(), "", null, null, false, false,
                        -1, -1, d.state()));
            }
        }
        sort();
    }

    /**
     * The article span of a raw span through the inverse map (O(1) per flag, so thousands of flags on a huge
     * article cost nothing): from the first character at or after the raw start to the first at or after the raw end.
     */
    static int[] originSpan(com.jiaodui.text.MappedText m, int rawStart, int rawEnd) {
        int s = m.fromRaw(rawStart);
        int e = rawEnd > rawStart ? m.fromRaw(rawEnd) : s;
        return new int[] {s, Math.max(s, e)};
    }

    /** Text that undoes an applied fix: a removed line break comes back as a paragraph break. */
    static String revertText(String rawSpan) {
        if (rawSpan.isBlank() && rawSpan.indexOf('\n') >= 0) {
            return "\n\n";
        }
        return rawSpan.replaceAll("[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*", "");
    }

    private void sort() {
        flags.sort(Comparator.comparingInt(ReviewFlag::start).thenComparingInt(ReviewFlag::end)
                .thenComparing(ReviewFlag::kind));
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    // ---------------------------------------------------------------- state

    public String raw() {
        return raw;
    }

    public OffsetLink link() {
        return link;
    }

    /** All flags of the article, decided ones included, sorted by position. */
    public List<ReviewFlag> flags() {
        return List.copyOf(flags);
    }

    public List<ReviewFlag> openFlags() {
        return flags.stream().filter(ReviewFlag::open).toList();
    }

    public int openCount() {
        int n = 0;
        for (ReviewFlag f : flags) {
            if (f.open()) {
                n++;
            }
        }
        return n;
    }

    public ReviewFlag selected() {
        return selected;
    }

    public void select(ReviewFlag f) {
        selected = f;
        fire();
    }

    public long version() {
        return version;
    }

    /** Grows whenever the flag list changes (not when only the selection does). */
    public long flagChanges() {
        return flagChanges;
    }

    public boolean dirty() {
        return dirty;
    }

    public List<Decision> decisions() {
        String text = buffer.text();
        List<Decision> out = new ArrayList<>();
        for (ReviewFlag f : flags) {
            if (!f.open()) {
                int s = Math.min(f.start(), text.length());
                int e = Math.min(f.end(), text.length());
                out.add(new Decision(f.kind().id(), f.start(), f.end(), text.substring(s, e),
                        f.state() == FlagState.ACCEPTED ? f.fix() : f.revert(), f.state()));
            }
        }
        return out;
    }

    /** The status to store with a save: done when no flag is open. */
    public ReviewStatus status() {
        return openCount() == 0 ? ReviewStatus.DONE : ReviewStatus.IN_PROGRESS;
    }

    /** Called after the text was saved: the history stays, only the dirty mark goes. */
    public void markSaved() {
        dirty = false;
        fire();
    }

    // ---------------------------------------------------------------- navigation

    /** The next open flag after the selected one (or at/after {@code caret} when none is selected), wrapping. */
    public ReviewFlag next(int caret) {
        List<ReviewFlag> open = openFlags();
        if (open.isEmpty()) {
            return null;
        }
        int from = near(selected, open, caret) ? open.indexOf(selected) + 1 : -1;
        if (from < 0) {
            from = open.size();
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).start() >= caret && !open.get(i).equals(selected)) {
                    from = i;
                    break;
                }
            }
        }
        ReviewFlag f = open.get(from % open.size());
        select(f);
        return f;
    }

    /** Whether the caret is still on the selected flag (showing a flag selects it, which puts the caret at its end). */
    private static boolean near(ReviewFlag sel, List<ReviewFlag> open, int caret) {
        return sel != null && open.contains(sel) && caret >= sel.start() - 1 && caret <= sel.end() + 1;
    }

    /** The previous open flag before the selected one (or before {@code caret}), wrapping. */
    public ReviewFlag previous(int caret) {
        List<ReviewFlag> open = openFlags();
        if (open.isEmpty()) {
            return null;
        }
        int at;
        if (near(selected, open, caret)) {
            at = open.indexOf(selected) - 1;
        } else {
            at = -1;
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i).start() < caret) {
                    at = i;
                    break;
                }
            }
        }
        ReviewFlag f = open.get((at + open.size()) % open.size());
        select(f);
        return f;
    }

    // ---------------------------------------------------------------- decisions

    /** Accepts a flag: applies its fix when it has one not yet applied. Undoable. */
    public void accept(ReviewFlag f) {
        decide(f, FlagState.ACCEPTED, f.fix());
    }

    /** Rejects a flag: a fix the cleaner applied is undone, otherwise the flag is dismissed. Undoable. */
    public void reject(ReviewFlag f) {
        decide(f, FlagState.REJECTED, f.revert());
    }

    private void decide(ReviewFlag f, FlagState state, String newText) {
        int i = flags.indexOf(f);
        if (i < 0 || !f.open()) {
            return;
        }
        Step step = new Step(List.copyOf(flags), false, clock.getAsLong());
        ReviewFlag decided = f.withState(state);
        if (newText != null) {
            flags.remove(i);
            Edit e = applyEdit(f.start(), f.end(), newText, null);
            step.edits.add(e);
            shiftFlags(e);
            decided = decided.at(f.start(), f.start() + newText.length());
            flags.add(decided);
            sort();
        } else {
            flags.set(i, decided);
        }
        step.flagsAfter = List.copyOf(flags);
        push(step);
        flagChanges++;
        selected = decided;
        dirty = true;
        fire();
    }

    // ---------------------------------------------------------------- editing

    /**
     * The buffer changed by typing (or paste, find/replace...): {@code [pos, pos+removed.length())} became
     * {@code inserted}. Ignored while the session itself is changing the buffer.
     */
    public void textChanged(int pos, String removed, String inserted) {
        if (applying) {
            return;
        }
        int[] removedLink = link.replace(pos, pos + removed.length(), inserted.length());
        int[] insertedLink = new int[inserted.length()];
        for (int k = 0; k < inserted.length(); k++) {
            insertedLink[k] = rawEntry(pos + k);
        }
        Edit e = new Edit(pos, removed, removedLink, inserted, insertedLink);
        version++;
        long now = clock.getAsLong();
        Step top = undo.peek();
        boolean merge = top != null && top.typing && now - top.time < MERGE_NANOS && redo.isEmpty()
                && contiguous(top.edits.get(top.edits.size() - 1), e);
        Step step = merge ? top : new Step(List.copyOf(flags), true, now);
        step.edits.add(e);
        step.time = now;
        shiftFlags(e);
        step.flagsAfter = List.copyOf(flags);
        if (!merge) {
            push(step);
        }
        dirty = true;
        fire();
    }

    private static boolean contiguous(Edit last, Edit e) {
        boolean typingOn = e.removed().isEmpty() && last.removed().isEmpty()
                && e.pos() == last.pos() + last.inserted().length();
        boolean deletingBack = e.inserted().isEmpty() && last.inserted().isEmpty()
                && e.pos() + e.removed().length() == last.pos();
        boolean deletingForward = e.inserted().isEmpty() && last.inserted().isEmpty() && e.pos() == last.pos();
        return typingOn || deletingBack || deletingForward;
    }

    private void push(Step s) {
        undo.push(s);
        redo.clear();
        while (undo.size() > 2000) {
            undo.removeLast();
        }
    }

    /** Changes the buffer and the link; does not touch the flags. */
    private Edit applyEdit(int start, int end, String text, int[] entries) {
        String removed = buffer.text().substring(start, end);
        int[] removedLink = entries == null ? link.replace(start, end, text.length()) : link.replace(start, end, entries);
        int[] insertedLink = new int[text.length()];
        for (int k = 0; k < text.length(); k++) {
            insertedLink[k] = rawEntry(start + k);
        }
        applying = true;
        try {
            buffer.replace(start, end, text);
        } finally {
            applying = false;
        }
        version++;
        return new Edit(start, removed, removedLink, text, insertedLink);
    }

    private int rawEntry(int i) {
        return link.typed(i) ? -link.originIndex(i) - 1 : link.originIndex(i);
    }

    /** Moves flags after an edit; open flags the edit runs through are dropped (the re-analysis looks again). */
    private void shiftFlags(Edit e) {
        int pos = e.pos();
        int rEnd = pos + e.removed().length();
        int delta = e.inserted().length() - e.removed().length();
        List<ReviewFlag> out = new ArrayList<>(flags.size());
        for (ReviewFlag f : flags) {
            if (f.end() < pos || f.end() == pos && f.start() < pos) {
                out.add(f);
            } else if (f.start() >= rEnd && !(f.start() == pos && f.end() > f.start() && rEnd > pos)) {
                out.add(f.at(f.start() + delta, f.end() + delta));
            } else if (!f.open()) {
                int s = Math.min(f.start(), pos);
                int en = Math.max(s, f.end() <= rEnd ? pos + e.inserted().length() : f.end() + delta);
                out.add(f.at(s, en));
            }
        }
        flags = out;
        flagChanges++;
        if (selected != null && !flags.contains(selected)) {
            selected = null;
        }
    }

    public void undo() {
        Step s = undo.poll();
        if (s == null) {
            return;
        }
        for (int k = s.edits.size() - 1; k >= 0; k--) {
            Edit e = s.edits.get(k);
            applyEdit(e.pos(), e.pos() + e.inserted().length(), e.removed(), e.removedLink());
        }
        flags = new ArrayList<>(s.flagsBefore);
        flagChanges++;
        redo.push(s);
        selected = null;
        dirty = true;
        fire();
    }

    public void redo() {
        Step s = redo.poll();
        if (s == null) {
            return;
        }
        for (Edit e : s.edits) {
            applyEdit(e.pos(), e.pos() + e.removed().length(), e.inserted(), e.insertedLink());
        }
        flags = new ArrayList<>(s.flagsAfter);
        flagChanges++;
        undo.push(s);
        selected = null;
        dirty = true;
        fire();
    }

    // ---------------------------------------------------------------- re-analysis

    /**
     * Flags of the re-analysis of the text as it was at {@code forVersion}; ignored when the text changed since.
     * Open re-analysis flags are replaced; flags equal to a page flag or to a decided flag are left out.
     */
    public boolean applyTextAnalysis(long forVersion, List<Flag> found) {
        if (forVersion != version) {
            return false;
        }
        List<ReviewFlag> out = new ArrayList<>();
        for (ReviewFlag f : flags) {
            if (f.fromPage() || !f.open()) {
                out.add(f);
            }
        }
        String text = buffer.text();
        Map<FlagKind, java.util.TreeMap<Integer, Integer>> byKind = new EnumMap<>(FlagKind.class);
        for (ReviewFlag o : out) {
            byKind.computeIfAbsent(o.kind(), k -> new java.util.TreeMap<>()).merge(o.start(), o.end(), Math::max);
        }
        for (Flag f : found) {
            if (f.end() > text.length()) {
                continue;
            }
            java.util.TreeMap<Integer, Integer> same = byKind.get(f.kind());
            boolean known = false;
            if (same != null) {
                // an existing flag of the kind that touches [start,end]: one starting at or before end, ending at or after start
                for (Map.Entry<Integer, Integer> e : same.headMap(f.end(), true).descendingMap().entrySet()) {
                    if (e.getValue() >= f.start()) {
                        known = true;
                        break;
                    }
                    if (e.getKey() < f.start() - 10_000) {
                        break;
                    }
                }
            }
            if (!known) {
                out.add(new ReviewFlag(f.kind(), f.start(), f.end(), f.message(), f.hasFix() ? f.replacement() : null,
                        null, false, false, -1, -1, FlagState.OPEN));
            }
        }
        flags = out;
        sort();
        flagChanges++;
        if (selected != null && !flags.contains(selected)) {
            selected = null;
        }
        fire();
        return true;
    }

    /** The flag at a caret position, open ones first. */
    public ReviewFlag flagAt(int pos) {
        ReviewFlag best = null;
        for (ReviewFlag f : flags) {
            if (f.start() <= pos && (pos < f.end() || f.start() == f.end() && pos == f.start())) {
                if (best == null || f.open() && !best.open()) {
                    best = f;
                }
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "ReviewSession[v" + version + ", " + flags.size() + " flags, " + Objects.requireNonNullElse(selected, "-") + "]";
    }
}
