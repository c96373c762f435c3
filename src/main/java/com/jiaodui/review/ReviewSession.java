package com.jiaodui.review;

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
        /** What the caller attached to a batch step (the app: the other articles a page-wide decision changed). */
        Object tag;

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
        this(page.raw(), article, Fixes.place(page, article), text, decisions, buffer, clock);
    }

    /**
     * @param raw    the raw page
     * @param placed the article's flags placed in its engine text ({@link Fixes#place}: slow on big pages, so
     *               the app computes it in the background)
     */
    public ReviewSession(String raw, Article article, List<ReviewFlag> placed, String text, List<Decision> decisions,
                         TextBuffer buffer, LongSupplier clock) {
        this.raw = raw;
        this.buffer = buffer;
        this.clock = clock;
        String current = text == null ? article.text().text() : text;
        this.link = text == null ? new OffsetLink(article.text()) : OffsetLink.diffed(article.text(), current);
        for (ReviewFlag f : placed) {
            List<ReviewFlag.Piece> ps = new ArrayList<>();
            for (ReviewFlag.Piece p : f.pieces()) {
                int s = link.firstAtOrAfter(p.start());
                int e = p.end() > p.start() ? link.firstAtOrAfter(p.end()) : s;
                ps.add(p.at(s, Math.max(s, e)));
            }
            flags.add(f.withPieces(ps));
        }
        List<Decision> left = new ArrayList<>();
        for (Decision d : decisions) {
            boolean matched = false;
            for (int i = 0; i < flags.size() && !matched; i++) {
                ReviewFlag rf = flags.get(i);
                if (rf.kind().id().equals(d.kind()) && rf.start() == d.start() && rf.open()) {
                    flags.set(i, rf.withState(d.state()));
                    matched = true;
                }
            }
            if (!matched) {
                left.add(d);
            }
        }
        // a piece whose text is not what its state says (the editor changed it) can no longer be decided safely:
        // its decision changes nothing (never a fix on text it was not made for)
        for (int i = 0; i < flags.size(); i++) {
            ReviewFlag rf = flags.get(i);
            boolean in = rf.fixIn();
            List<ReviewFlag.Piece> ps = new ArrayList<>();
            boolean changed = false;
            for (ReviewFlag.Piece p : rf.pieces()) {
                String want = p.text(in);
                String at = p.end() <= current.length() ? current.substring(p.start(), p.end()) : null;
                if (current.startsWith(want, p.start()) && (at == null || !at.equals(want))) {
                    // the link found where the piece starts; the decided text that follows it is the piece
                    ps.add(p.at(p.start(), p.start() + want.length()));
                    changed = true;
                } else if (at == null || !at.equals(want)) {
                    int s = Math.min(p.start(), current.length());
                    int e = Math.max(s, Math.min(p.end(), current.length()));
                    String now = current.substring(s, e);
                    ps.add(new ReviewFlag.Piece(s, e, now, now));
                    changed = true;
                } else {
                    ps.add(p);
                }
            }
            if (changed) {
                flags.set(i, rf.withPieces(ps));
            }
        }
        // decisions on re-analysis flags: kept as decided flags so the re-analysis does not raise them again
        for (Decision d : left) {
            if (d.end() <= current.length()) {
                String at = current.substring(d.start(), d.end());
                flags.add(new ReviewFlag(FlagKind.fromId(d.kind()), d.start(), d.end(), "", at, at, false, false,
                        -1, -1, d.state()));
            }
        }
        sort();
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
                int e = Math.min(Math.max(f.end(), s), text.length());
                ReviewFlag.Piece p = f.pieces().get(0);
                out.add(new Decision(f.kind().id(), s, e, p.text(!f.fixIn()), text.substring(s, e), f.state()));
            }
        }
        return out;
    }

    /** Whether no flag is open (the review is done). */
    public boolean done() {
        return openCount() == 0;
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

    /** Accepts a flag: its pieces get the fixed text (nothing changes when the fix is in already). Undoable. */
    public void accept(ReviewFlag f) {
        decide(f, FlagState.ACCEPTED);
    }

    /** Rejects a flag: its pieces get the text without the fix (an applied fix is undone exactly there). Undoable. */
    public void reject(ReviewFlag f) {
        decide(f, FlagState.REJECTED);
    }

    /** Takes a decision, or changes one already taken (accept then reject gives back the text before). */
    private void decide(ReviewFlag f, FlagState state) {
        if (!flags.contains(f) || f.state() == state) {
            return;
        }
        Step step = new Step(List.copyOf(flags), false, clock.getAsLong());
        ReviewFlag decided = decideInto(step, f, state);
        finish(step, decided);
    }

    private void finish(Step step, ReviewFlag select) {
        step.flagsAfter = List.copyOf(flags);
        push(step);
        flagChanges++;
        selected = select;
        dirty = true;
        fire();
    }

    /** Decides one flag inside {@code step} (its edits join the step); returns the decided flag. */
    private ReviewFlag decideInto(Step step, ReviewFlag f, FlagState state) {
        int i = flags.indexOf(f);
        ReviewFlag decided = f.withState(state);
        boolean in = decided.fixIn();
        flags.remove(i);
        List<ReviewFlag.Piece> ps = new ArrayList<>(f.pieces());
        // last piece first: an edit never moves the pieces before it; the ones after are shifted here
        for (int k = ps.size() - 1; k >= 0; k--) {
            ReviewFlag.Piece p = ps.get(k);
            String want = p.text(in);
            String now = buffer.text().substring(p.start(), p.end());
            if (now.equals(want)) {
                continue;
            }
            Edit e = applyEdit(p.start(), p.end(), want, null);
            step.edits.add(e);
            shiftFlags(e);
            int delta = want.length() - (p.end() - p.start());
            ps.set(k, p.at(p.start(), p.start() + want.length()));
            for (int j = k + 1; j < ps.size(); j++) {
                ReviewFlag.Piece q = ps.get(j);
                ps.set(j, q.at(q.start() + delta, q.end() + delta));
            }
        }
        decided = decided.withPieces(ps);
        flags.add(decided);
        sort();
        return decided;
    }

    /**
     * Decides every open flag {@code which} picks, as ONE undoable step (one undo brings them all back).
     * Flags are taken from the last one backwards, so each edit moves only flags already decided; an open flag an
     * earlier edit of the batch ran through is dropped as by typing (the re-analysis looks again).
     *
     * @param tag kept with the step ({@link #undoTag()}, {@link #redoTag()}); with a tag the step is recorded even
     *            when no flag of this article was picked (a page-wide decision that changed only other articles)
     * @return how many flags were decided
     */
    public int decideAll(java.util.function.Predicate<ReviewFlag> which, FlagState state, Object tag) {
        if (state == FlagState.OPEN) {
            throw new IllegalArgumentException("a decision is accept or reject");
        }
        Step step = new Step(List.copyOf(flags), false, clock.getAsLong());
        step.tag = tag;
        int n = 0;
        java.util.Set<ReviewFlag> seen = new java.util.HashSet<>();
        while (true) {
            ReviewFlag next = null;
            for (int i = flags.size() - 1; i >= 0; i--) {
                ReviewFlag f = flags.get(i);
                if (f.open() && !seen.contains(f) && which.test(f)) {
                    next = f;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            seen.add(next);
            seen.add(decideInto(step, next, state));
            n++;
        }
        if (n == 0 && tag == null) {
            return 0;
        }
        finish(step, null);
        return n;
    }

    /** The tag of the step {@link #undo()} would undo (null: none, or an ordinary step). */
    public Object undoTag() {
        Step s = undo.peek();
        return s == null ? null : s.tag;
    }

    /** The tag of the step {@link #redo()} would redo. */
    public Object redoTag() {
        Step s = redo.peek();
        return s == null ? null : s.tag;
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
        List<ReviewFlag> out = new ArrayList<>(flags.size());
        for (ReviewFlag f : flags) {
            List<ReviewFlag.Piece> ps = new ArrayList<>(f.pieces().size());
            boolean runThrough = false;
            for (ReviewFlag.Piece p : f.pieces()) {
                ReviewFlag.Piece q = shift(p, e, f.open());
                if (q == null) {
                    runThrough = true;
                    break;
                }
                ps.add(q);
            }
            if (!runThrough) {
                out.add(ps.equals(f.pieces()) ? f : f.withPieces(ps));
            }
        }
        flags = out;
        flagChanges++;
        if (selected != null && !flags.contains(selected)) {
            selected = null;
        }
    }

    /**
     * A piece after an edit: untouched before it, shifted after it; a piece the edit runs through is null when
     * {@code drop} (an open flag: the re-analysis looks again), else stretched over the edit.
     */
    private static ReviewFlag.Piece shift(ReviewFlag.Piece p, Edit e, boolean drop) {
        int pos = e.pos();
        int rEnd = pos + e.removed().length();
        int delta = e.inserted().length() - e.removed().length();
        // before the edit (an empty piece where a removal starts stays before it); after it; or run through
        if (p.end() < pos || p.end() == pos && (p.start() < pos || rEnd > pos)) {
            return p;
        }
        if (p.start() >= rEnd) {
            return p.at(p.start() + delta, p.end() + delta);
        }
        if (drop) {
            return null;
        }
        int s = Math.min(p.start(), pos);
        int en = Math.max(s, p.end() <= rEnd ? pos + e.inserted().length() : p.end() + delta);
        // a decided piece that was edited keeps its decision; its texts are what it holds now
        return new ReviewFlag.Piece(s, en, p.accepted(), p.rejected()).at(s, en);
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
                String at = text.substring(f.start(), f.end());
                out.add(new ReviewFlag(f.kind(), f.start(), f.end(), f.msg(), f.hasFix() ? f.replacement() : at,
                        at, false, false, -1, -1, FlagState.OPEN));
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
