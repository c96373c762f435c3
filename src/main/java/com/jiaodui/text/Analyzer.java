package com.jiaodui.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entry point of the engine: read, detect, clean, segment. Thread-safe; one instance can serve all. */
public final class Analyzer {
    static final int SETTLE_ROUNDS = 3;

    private final List<Detector> detectors;

    public Analyzer() {
        this(defaultDetectors());
    }

    public Analyzer(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The detectors, in order (to build an analyzer with one more). */
    public List<Detector> detectors() {
        return detectors;
    }

    public Analysis analyze(SourceText source) {
        return DecodeFlags.annotate(source, analyze(source.raw(), source.format()));
    }

    public Analysis analyze(String raw, Format format) {
        Page page = PageReader.read(raw, format);
        List<Flag> flags = detect(page);
        List<CleanBlock> blocks = Cleaner.cleanBlocks(page, flags);
        // a joined paragraph reads differently as one block (its role, its punctuation): the structural
        // detectors judge the page once more as clean leaves it whenever blocks were joined, moved or removed
        blocks = settle(blocks, page.format(), flags, blocks.size() != page.blocks().size() || removedOrMoved(page, blocks));
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        MappedText cleaned = Cleaner.join(blocks, raw.length());
        List<Article> articles = ArticleSegmenter.segment(page, flags, blocks);
        return new Analysis(page, flags, cleaned, articles);
    }

    /** The detectors of every flag kind, in a fixed order. */
    public static List<Detector> defaultDetectors() {
        return defaultDetectors(HouseStyle.FOLLOW_PAGE);
    }

    /** The default detectors, with punctuation fixes in the given house style. */
    public static List<Detector> defaultDetectors(HouseStyle style) {
        // broken joins first: the duplicate detectors compare paragraphs as rejoined
        return List.of(new BrokenJoinDetector(), new DuplicateParagraphDetector(), new DuplicateFragmentDetector(),
                new SpuriousSpaceDetector(), new PunctuationWidthDetector(style), new TraditionalCharDetector(),
                new GarbledCharDetector(), new PageFurnitureDetector(), new SuspectCharDetector());
    }

    /** Whether cleaning dropped or reordered blocks (duplicates, a block carried past a rejoined paragraph). */
    private static boolean removedOrMoved(Page page, List<CleanBlock> blocks) {
        int expected = 0;
        for (CleanBlock cb : blocks) {
            for (Block b : cb.sources()) {
                if (b.index() != expected) {
                    return true;
                }
                expected++;
            }
        }
        return expected != page.blocks().size();
    }

    /**
     * Fixes can make a defect visible that was not one before (",  ," becomes "， ，": now a space between
     * two full-width commas; a duplicate removed from between two halves of a sentence makes the break
     * visible). The cleaned blocks are analysed again until nothing changes (at most {@value #SETTLE_ROUNDS}
     * rounds): the in-line detectors always, the structural ones when the round before removed or moved a
     * block. What they find is applied through the same cleaner, its map composed with the blocks' maps to
     * raw, and reported at its raw position like every other flag; so {@code clean(clean(x)) == clean(x)}.
     */
    private List<CleanBlock> settle(List<CleanBlock> blocks, Format format, List<Flag> flags, boolean structural) {
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            StringBuilder text = new StringBuilder();
            int[] at = new int[blocks.size()];
            List<Integer> lineStarts = new ArrayList<>();
            lineStarts.add(0);
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    text.append("\n\n");
                    lineStarts.add(text.length() - 1);
                    lineStarts.add(text.length());
                }
                at[i] = text.length();
                text.append(blocks.get(i).text().text());
            }
            String cleanedText = text.toString();
            List<Block> view = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                CleanBlock cb = blocks.get(i);
                int len = cb.text().length();
                view.add(new Block(i, cb.isHeading() ? Block.Type.HEADING : Block.Type.PARAGRAPH, cb.first().level(),
                        at[i], at[i] + len, MappedText.builder(len).appendRaw(cleanedText, at[i], at[i] + len).build(),
                        2 * i, 2 * i, i > 0 ? 1 : 0, false, cb.first().headingRun()));
            }
            Page cleanedPage = new Page(cleanedText, format, false, view,
                    lineStarts.stream().mapToInt(Integer::intValue).toArray());
            List<Flag> more = new ArrayList<>();
            for (Detector d : detectors) {
                if ((structural || d.inline()) && !d.infoOnly()) {
                    d.detect(cleanedPage, more);
                }
            }
            more.removeIf(f -> !f.hasFix());
            if (more.isEmpty()) {
                return blocks;
            }
            structural = false;
            for (Flag f : more) {
                structural |= !Cleaner.INLINE.contains(f.kind());
            }
            List<CleanBlock> again = Cleaner.cleanBlocks(cleanedPage, more);
            List<CleanBlock> next = new ArrayList<>(again.size());
            for (CleanBlock cb : again) {
                // re-map: the new text points into the cleaned text; compose with the blocks' maps to raw
                MappedText t = cb.text();
                MappedText.Builder b = MappedText.builder(t.length());
                int hint = 0;
                for (int k = 0; k < t.length(); k++) {
                    int s0 = t.rawStart(k);
                    int e0 = t.rawEnd(k);
                    if (e0 == s0 + 1) {
                        // one cleaned character (almost all of them): its block found from the last one's, no search
                        if (hint + 1 < at.length && s0 >= at[hint + 1] || s0 < at[hint]) {
                            hint = Math.max(0, blockAt(at, s0));
                        }
                        int off = s0 - at[hint];
                        MappedText bt = blocks.get(hint).text();
                        if (off >= 0 && off < bt.length()) {
                            b.append(t.charAt(k), bt.rawStart(off), bt.rawEnd(off));
                            continue;
                        }
                    }
                    int[] r = cleanedToRaw(blocks, at, s0, e0);
                    b.append(t.charAt(k), r[0], r[1]);
                }
                List<Block> sources = new ArrayList<>();
                for (Block v : cb.sources()) {
                    sources.addAll(blocks.get(v.index()).sources());
                }
                next.add(new CleanBlock(b.build(), sources));
            }
            for (Flag f : more) {
                Flag raw = f.kind() == FlagKind.BROKEN_JOIN ? joinAtRawBlocks(blocks, view, f) : null;
                if (raw == null) {
                    int[] r = cleanedToRaw(blocks, at, f.start(), f.end());
                    raw = f.at(r[0], r[1]);
                }
                flags.add(raw);
            }
            blocks = next;
        }
        return blocks;
    }

    /**
     * A direct join found on the cleaned page, placed where the raw page's cleaner reads a join: from the end
     * of the raw block that ends the first paragraph to the text start of the raw block that starts the
     * second (a garbled glyph or a space clean dropped at the end of the first is inside that span, as in a
     * join found on the raw page). Null if the join is not a direct one between raw neighbours.
     */
    private static Flag joinAtRawBlocks(List<CleanBlock> blocks, List<Block> view, Flag f) {
        int[] ac = LogicalParagraphs.joined(view, f);
        if (ac == null || ac[1] != ac[0] + 1 || !(f.replacement().isEmpty() || " ".equals(f.replacement()))) {
            return null;
        }
        List<Block> a = blocks.get(ac[0]).sources();
        Block last = a.get(a.size() - 1);
        Block next = blocks.get(ac[1]).first();
        if (next.index() != last.index() + 1) {
            return null;
        }
        return f.at(last.end(), next.textStart());
    }

    /** The raw span of the cleaned-text span {@code [s,e)}: the hull of what its characters came from. */
    private static int[] cleanedToRaw(List<CleanBlock> blocks, int[] at, int s, int e) {
        if (e <= s) {
            int p = rawPoint(blocks, at, s);
            return new int[] {p, p};
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int pos = s; pos < e; pos++) {
            int i = blockAt(at, pos);
            int off = pos - at[i];
            MappedText t = blocks.get(i).text();
            if (off < t.length()) {
                lo = Math.min(lo, t.rawStart(off));
                hi = Math.max(hi, t.rawEnd(off));
            }
        }
        if (lo == Integer.MAX_VALUE) {
            int p = rawPoint(blocks, at, s);
            return new int[] {p, Math.max(p, rawPoint(blocks, at, e))};
        }
        return new int[] {lo, hi};
    }

    /** The raw position of a cleaned-text position (between blocks: the end of the block before). */
    private static int rawPoint(List<CleanBlock> blocks, int[] at, int pos) {
        if (blocks.isEmpty()) {
            return 0;
        }
        int i = Math.max(0, blockAt(at, pos));
        int off = pos - at[i];
        MappedText t = blocks.get(i).text();
        if (off < t.length()) {
            return t.rawStart(off);
        }
        return t.length() == 0 ? blocks.get(i).rawEnd() : t.rawEnd(t.length() - 1);
    }

    private static int blockAt(int[] at, int offset) {
        int i = java.util.Arrays.binarySearch(at, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Runs every detector over the page. */
    public List<Flag> detect(Page page) {
        List<Flag> out = new ArrayList<>();
        for (Detector d : detectors) {
            d.detect(page, out);
        }
        return out;
    }
}
