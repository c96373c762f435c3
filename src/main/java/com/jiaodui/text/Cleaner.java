package com.jiaodui.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the fixes of a page's flags to its reflowed blocks: duplicates are dropped, broken joins
 * rejoined (an interposed block moves after the paragraph), and in-line fixes (spaces, punctuation
 * width, traditional and garbled characters) applied. Page furniture and INFO flags are kept as they
 * are. The result keeps its map to raw offsets.
 */
public final class Cleaner {
    /** Kinds whose fix edits text inside one block. */
    static final Set<FlagKind> INLINE = EnumSet.of(FlagKind.SPURIOUS_SPACE, FlagKind.PUNCTUATION_WIDTH,
            FlagKind.TRADITIONAL_CHAR, FlagKind.GARBLED_CHAR);

    private Cleaner() {}

    public static MappedText clean(Page page, List<Flag> flags) {
        return join(cleanBlocks(page, flags), page.raw().length());
    }

    /** Joins cleaned blocks into a page: one blank line between blocks, Markdown headings marked. */
    public static MappedText join(List<CleanBlock> blocks, int rawEnd) {
        int size = 1; // the exact length (so that build() copies nothing): "\n\n" between blocks, "\n" at the end
        for (CleanBlock cb : blocks) {
            size += cb.text().length() + (size > 1 ? 2 : 0) + (cb.isHeading() ? cb.first().level() + 1 : 0);
        }
        MappedText.Builder b = MappedText.builder(size);
        for (CleanBlock cb : blocks) {
            if (b.length() > 0) {
                b.insert("\n\n", cb.rawStart());
            }
            if (cb.isHeading()) {
                b.appendReplacement("#".repeat(cb.first().level()) + " ", cb.rawStart(), cb.first().textStart());
            }
            b.append(cb.text());
        }
        if (b.length() > 0) {
            b.insert("\n", rawEnd);
        }
        return b.build();
    }

    public static List<CleanBlock> cleanBlocks(Page page, List<Flag> flags) {
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        List<Block> blocks = page.blocks();
        int n = blocks.size();
        boolean[] removed = new boolean[n];
        int[] joinTo = new int[n];
        boolean[] interposed = new boolean[n];
        java.util.Arrays.fill(joinTo, -1);
        List<List<Integer>> carried = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            carried.add(null);
        }
        for (Flag f : sorted) {
            if (!f.hasFix()) {
                continue;
            }
            switch (f.kind()) {
                case DUPLICATE_PARAGRAPH, DUPLICATE_FRAGMENT -> {
                    // the blocks of the span go, but for those the replacement names: the blocks that stand
                    // between a copy's blocks, in order, one blank line between them
                    String[] keep = f.replacement().isEmpty() ? new String[0] : f.replacement().split("\n\n", -1);
                    int p = 0;
                    for (int i = Math.max(0, firstBlockEndingAfter(blocks, f.start())); i < n
                            && blocks.get(i).start() < f.end(); i++) {
                        Block blk = blocks.get(i);
                        if (blk.start() >= f.start() && blk.end() <= f.end()) {
                            if (p < keep.length && keep[p].length() == blk.end() - blk.start()
                                    && page.raw().startsWith(keep[p], blk.start())) {
                                p++;
                            } else {
                                removed[i] = true;
                            }
                        }
                    }
                }
                case BROKEN_JOIN -> {
                    int[] ac = LogicalParagraphs.joined(blocks, f);
                    if (ac == null) {
                        break;
                    }
                    joinTo[ac[0]] = ac[1];
                    List<Integer> between = new ArrayList<>();
                    for (int j = ac[0] + 1; j < ac[1]; j++) {
                        interposed[j] = true;
                        between.add(j);
                    }
                    carried.set(ac[0], between);
                }
                default -> { }
            }
        }
        List<CleanBlock> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i] || interposed[i]) {
                continue;
            }
            emit(i, blocks, sorted, removed, joinTo, carried, done, out);
        }
        return out;
    }

    /**
     * The paragraph that starts at block {@code i}: its chain of joined blocks, then the blocks carried
     * past it, each in turn the start of its own paragraph (a carried block may itself be joined, as the
     * two halves of a block broken between the halves of another sentence are).
     */
    private static void emit(int i, List<Block> blocks, List<Flag> sorted, boolean[] removed, int[] joinTo,
                             List<List<Integer>> carried, boolean[] done, List<CleanBlock> out) {
        if (removed[i]) {
            done[i] = true;
            // the blocks a join carried past it stay: a copy removed from the first half of a sentence
            // rejoined across other blocks takes the join with it, not those blocks
            if (carried.get(i) != null) {
                for (int j : carried.get(i)) {
                    if (!done[j]) {
                        emit(j, blocks, sorted, removed, joinTo, carried, done, out);
                    }
                }
            }
            return;
        }
        MappedText single = null; // the paragraph's text while it is one block (most are): taken as it is, no copy
        MappedText.Builder tb = null;
        List<Block> sources = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        int k = i;
        while (true) {
            done[k] = true;
            Block blk = blocks.get(k);
            MappedText part = applyInline(blk, sorted);
            if (sources.isEmpty()) {
                single = part;
            } else {
                if (tb == null) {
                    tb = MappedText.builder(2 * (single.length() + part.length()));
                    tb.append(single);
                }
                char prev = tb.length() > 0 ? tb.charAt(tb.length() - 1) : ' ';
                String s = blk.string();
                if (Chars.isAsciiLetter(prev) && !s.isEmpty() && Chars.isAsciiLetter(s.charAt(0))) {
                    tb.insert(" ", blk.textStart());
                }
                tb.append(part);
            }
            sources.add(blk);
            if (carried.get(k) != null) {
                after.addAll(carried.get(k));
            }
            int next = joinTo[k];
            if (next < 0 || done[next] || removed[next]) {
                break;
            }
            k = next;
        }
        MappedText merged = (tb == null ? single : tb.build()).strip(); // a fix at the edge may leave a space there
        if (merged.length() > 0 || blocks.get(i).isHeading()) {
            out.add(new CleanBlock(merged, sources)); // a block whose every character was garbage is gone
        }
        for (int j : after) {
            if (!done[j]) {
                emit(j, blocks, sorted, removed, joinTo, carried, done, out);
            }
        }
    }

    /** Index of the first block whose end is after {@code raw}. */
    private static int firstBlockEndingAfter(List<Block> blocks, int raw) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).end() <= raw) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }


    /** The block's text with the in-line fixes of the flags inside it applied. */
    static MappedText applyInline(Block block, List<Flag> sorted) {
        MappedText t = block.text();
        int from = firstFlagAtOrAfter(sorted, block.start());
        MappedText.Builder b = null;
        int pos = 0;
        for (int i = from; i < sorted.size(); i++) {
            Flag f = sorted.get(i);
            if (f.start() >= block.end() && !(f.start() == f.end() && f.start() == block.end())) {
                break;
            }
            if (!f.hasFix() || !INLINE.contains(f.kind()) || f.end() > block.end()) {
                continue;
            }
            int[] span = t.fromRaw(f.start(), f.end());
            if (span[0] < pos) {
                continue; // overlaps a fix already applied
            }
            if (b == null) {
                b = MappedText.builder(t.length());
            }
            b.append(t, pos, span[0]);
            b.appendReplacement(f.replacement(), f.start(), f.end());
            pos = span[1];
        }
        if (b == null) {
            return t;
        }
        b.append(t, pos, t.length());
        return b.build();
    }

    private static int firstFlagAtOrAfter(List<Flag> sorted, int rawStart) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < rawStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
