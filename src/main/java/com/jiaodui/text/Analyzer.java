package com.jiaodui.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entry point of the engine: read, detect, clean, segment. Thread-safe; one instance can serve all. */
public final class Analyzer {
    static final int SETTLE_ROUNDS = 3;

    private final List<Detector> detectors;
    /** Whether the settle round of a page clean left unchanged and with no fix offered is skipped (off only in tests). */
    private final boolean skipUnchangedSettle;

    public Analyzer() {
        this(defaultDetectors());
    }

    public Analyzer(List<Detector> detectors) {
        this(detectors, true);
    }

    Analyzer(List<Detector> detectors, boolean skipUnchangedSettle) {
        this.detectors = List.copyOf(detectors);
        this.skipUnchangedSettle = skipUnchangedSettle;
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
        List<Flag> flags = new ArrayList<>();
        boolean fixes = detect(page, flags);
        List<CleanBlock> blocks = Cleaner.cleanBlocks(page, flags);
        blocks = settle(blocks, page, flags, fixes);
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        MappedText cleaned = Cleaner.join(blocks, raw.length());
        List<Article> articles = ArticleSegmenter.segment(page, flags, blocks);
        return new Analysis(page, flags, cleaned, articles);
    }

    /** A small page with a defect of each common kind, for {@link #warmUp}. */
    private static final String WARM_UP_PAGE = """
            本报北京12月1日电  （记者王明）近日，市场监管部门开展专项巡查,切

            实解决群众反映强烈的问题。巡查覆盖全市 1 2 个区，發現问题线索三百余条。

            实解决群众反映强烈的问题。
            """;

    /**
     * Starts loading the engine's models (word and character statistics, the look-alike index, the
     * traditional-character table) and classes on a daemon thread, by analysing a small page: a command that
     * will analyse pages calls it first, so that the loading overlaps its own start-up (parsing the command
     * line, listing the files) on a second core. Returns at once; harmless when called again.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                new Analyzer().analyze(WARM_UP_PAGE, Format.TEXT);
            } catch (RuntimeException | LinkageError e) {
                // the command's own analysis meets the same fault and reports it
            }
        }, "jiaodui-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
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

    /**
     * Fixes can make a defect visible that was not one before (",  ," becomes "， ，": now a space between
     * two full-width commas; a duplicate removed from between two halves of a sentence makes the break
     * visible). The cleaned blocks are analysed again until nothing changes (at most {@value #SETTLE_ROUNDS}
     * rounds): the in-line detectors always; the structural ones in the first round (a joined paragraph reads
     * differently as one block, its role and its punctuation, and so does a block without its spurious spaces)
     * and after a round that joined, removed or moved blocks. What they find is applied through the same
     * cleaner, its map composed with the blocks' maps to raw, and reported at its raw position like every other
     * flag; so {@code clean(clean(x)) == clean(x)}.
     *
     * <p>When the detectors offered no fix on the raw page ({@code fixes} false) and the first round's cleaned page
     * reads as the raw page ({@link Page#readsAs}: the same blocks with the same texts, only blank lines between),
     * they would offer none on the cleaned page either: the round is not run (on a correctly printed page it
     * was half of a check's time).
     */
    private List<CleanBlock> settle(List<CleanBlock> blocks, Page page, List<Flag> flags, boolean fixes) {
        Format format = page.format();
        boolean structural = true;
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            int size = 0;
            for (CleanBlock cb : blocks) {
                size += (size > 0 ? 2 : 0) + cb.text().length();
            }
            StringBuilder text = new StringBuilder(size);
            int[] at = new int[blocks.size()];
            int[] lineStarts = new int[Math.max(1, 2 * blocks.size() - 1)];
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    text.append("\n\n");
                    lineStarts[2 * i - 1] = text.length() - 1;
                    lineStarts[2 * i] = text.length();
                }
                at[i] = text.length();
                text.append(blocks.get(i).text().text());
            }
            String cleanedText = text.toString();
            List<Block> view = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                CleanBlock cb = blocks.get(i);
                int len = cb.text().length();
                // the block's own text, at its place in the cleaned text
                view.add(new Block(i, cb.isHeading() ? Block.Type.HEADING : Block.Type.PARAGRAPH, cb.first().level(),
                        at[i], at[i] + len, MappedText.identity(cb.text().text(), at[i]),
                        2 * i, 2 * i, i > 0 ? 1 : 0, false, cb.first().headingRun()));
            }
            Page cleanedPage = new Page(cleanedText, format, false, view, lineStarts);
            if (round == 0 && !fixes && skipUnchangedSettle && page.readsAs(cleanedPage)) {
                return blocks;
            }
            List<Flag> more = new ArrayList<>();
            for (Detector d : detectors) {
                if ((structural || d.inline()) && !d.infoOnly()) {
                    d.detect(cleanedPage, more);
                }
            }
            // each flag at its raw position; one the raw page's cleaner could not apply is not applied here either
            List<Flag> kept = new ArrayList<>(more.size());
            List<Flag> rawFlags = new ArrayList<>(more.size());
            for (Flag f : more) {
                Flag raw = f.hasFix() ? atRaw(blocks, view, at, f, flags) : null;
                if (raw != null) {
                    kept.add(f);
                    rawFlags.add(raw);
                }
            }
            more = kept;
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
                if (cb.sources().size() == 1) {
                    // a block this round left as it was keeps its map to raw (most blocks: a round fixes a few)
                    CleanBlock before = blocks.get(cb.first().index());
                    if (before.text().text().equals(cb.text().text())) {
                        next.add(before);
                        continue;
                    }
                }
                // re-map: the new text points into the cleaned text; compose with the blocks' maps to raw
                MappedText t = cb.text();
                MappedText.Builder b = MappedText.builder(t.length());
                for (int k = 0; k < t.length(); k++) {
                    int[] r = cleanedToRaw(blocks, at, t.rawStart(k), t.rawEnd(k));
                    b.append(t.charAt(k), r[0], r[1]);
                }
                List<Block> sources = new ArrayList<>();
                for (Block v : cb.sources()) {
                    sources.addAll(blocks.get(v.index()).sources());
                }
                next.add(new CleanBlock(b.build(), sources));
            }
            flags.addAll(rawFlags);
            blocks = next;
        }
        return blocks;
    }

    /**
     * A flag found on the cleaned page, at its raw position: a join at the raw blocks' boundaries (null when
     * the raw page's cleaner could not make it: the review applies the raw flags and must reach clean's text);
     * any other flag over the hull of the raw text its span came from.
     */
    private static Flag atRaw(List<CleanBlock> blocks, List<Block> view, int[] at, Flag f, List<Flag> rawFlags) {
        if (f.kind() == FlagKind.BROKEN_JOIN) {
            return joinAtRawBlocks(blocks, view, f, rawFlags);
        }
        int[] r = cleanedToRaw(blocks, at, f.start(), f.end());
        return f.at(r[0], r[1]);
    }

    /**
     * A join found on the cleaned page, placed where the raw page's cleaner reads a join, from the end of the
     * raw block that ends the first paragraph. A direct join ends at the text start of the raw block that
     * starts the second (a garbled glyph or a space clean dropped at the end of the first is inside that span,
     * as in a join found on the raw page; blocks in between are paragraphs of their own that an earlier join
     * carried up); it is not made when either half is a block that a join across interposed blocks writes out
     * after its paragraph. A join across interposed blocks ends at the end of the raw block that starts the
     * second half, and every raw block between must be part of a paragraph interposed on the cleaned page or
     * one clean removed (the raw cleaner carries exactly those past the paragraph, and applies the joins among
     * them as it did). Null if the raw cleaner cannot make the join (the halves out of order among others).
     */
    private static Flag joinAtRawBlocks(List<CleanBlock> blocks, List<Block> view, Flag f, List<Flag> rawFlags) {
        boolean across = f.replacement().contains("\n\n");
        int[] ac = LogicalParagraphs.joined(view, f);
        if (ac == null || !across && ac[1] != ac[0] + 1) {
            return null;
        }
        List<Block> a = blocks.get(ac[0]).sources();
        Block last = a.get(a.size() - 1);
        Block next = blocks.get(ac[1]).first();
        if (next.index() <= last.index()) {
            return null;
        }
        if (across) {
            for (int k = 0; k < blocks.size(); k++) {
                boolean between = k > ac[0] && k < ac[1];
                for (Block b : blocks.get(k).sources()) {
                    if (between != (b.index() > last.index() && b.index() < next.index())) {
                        return null; // a block between the halves belongs to another paragraph, or one interposed lies outside
                    }
                }
            }
            return f.at(last.end(), next.end());
        }
        for (Flag g : rawFlags) {
            // a block carried past a rejoined paragraph is written out in that join's replacement: the raw
            // page's cleaner cannot join it to anything
            if (g.kind() == FlagKind.BROKEN_JOIN && g.replacement().contains("\n\n")
                    && (g.start() <= last.start() && last.end() <= g.end() || g.start() <= next.start() && next.end() <= g.end())) {
                return null;
            }
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
        detect(page, out);
        return out;
    }

    /** Runs every detector on the page; whether one that the settle rounds run again offered a fix. */
    private boolean detect(Page page, List<Flag> out) {
        boolean fixes = false;
        for (Detector d : detectors) {
            int from = out.size();
            d.detect(page, out);
            for (int i = from; i < out.size() && !d.infoOnly() && !fixes; i++) {
                fixes = out.get(i).hasFix();
            }
        }
        return fixes;
    }
}
