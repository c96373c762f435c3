package com.jiaodui.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entry point of the engine: read, detect, clean, segment. Thread-safe; one instance can serve all. */
public final class Analyzer {

    public Analysis analyze(SourceText source) {
        return analyze(source.raw(), source.format());
    }

    public Analysis analyze(String raw, Format format) {
        Page page = PageReader.read(raw, format);
        List<Flag> flags = new ArrayList<>(detect(page));
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        List<CleanBlock> blocks = Cleaner.cleanBlocks(page, flags);
        blocks = settle(blocks, page.format(), flags);
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        MappedText cleaned = Cleaner.join(blocks, raw.length());
        List<Article> articles = ArticleSegmenter.segment(page, flags, blocks);
        return new Analysis(page, flags, cleaned, articles);
    }

    private final List<Detector> detectors;

    public Analyzer() {
        this(defaultDetectors());
    }

    public Analyzer(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
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
                new GarbledCharDetector(), new PageFurnitureDetector());
    }

    /**
     * Fixes can make a defect visible that was not one before (",  ," becomes "， ，": now a space between
     * two full-width commas). The in-line detectors run again over the cleaned blocks until nothing
     * changes (at most {@value #SETTLE_ROUNDS} rounds), so that {@code clean(clean(x)) == clean(x)}; what
     * they find is applied and reported at its raw position like every other flag.
     */
    private List<CleanBlock> settle(List<CleanBlock> blocks, Format format, List<Flag> flags) {
        for (int round = 0; round < SETTLE_ROUNDS; round++) {
            StringBuilder text = new StringBuilder();
            int[] at = new int[blocks.size()];
            List<Block> view = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) {
                    text.append("\n\n");
                }
                at[i] = text.length();
                MappedText t = blocks.get(i).text();
                text.append(t.text());
                view.add(new Block(i, blocks.get(i).isHeading() ? Block.Type.HEADING : Block.Type.PARAGRAPH,
                        blocks.get(i).first().level(), at[i], at[i] + t.length(),
                        MappedText.builder(t.length()).appendRaw(text.toString(), at[i], at[i] + t.length()).build(),
                        0, 0, 0, false, blocks.get(i).first().headingRun()));
            }
            Page cleanedPage = new Page(text.toString(), format, false, view, new int[] {0});
            List<Flag> more = new ArrayList<>();
            for (Detector d : detectors) {
                if (d.inline()) {
                    d.detect(cleanedPage, more);
                }
            }
            more.removeIf(f -> !f.hasFix());
            if (more.isEmpty()) {
                return blocks;
            }
            more.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
            List<CleanBlock> next = new ArrayList<>(blocks.size());
            for (int i = 0; i < blocks.size(); i++) {
                CleanBlock cb = blocks.get(i);
                MappedText fixed = Cleaner.applyInline(view.get(i), more);
                if (fixed == view.get(i).text()) {
                    next.add(cb);
                    continue;
                }
                // re-map: the fixed text points into the cleaned text; compose with the block's map to raw
                MappedText.Builder b = MappedText.builder(fixed.length());
                for (int k = 0; k < fixed.length(); k++) {
                    int s = fixed.rawStart(k) - at[i];
                    int e = fixed.rawEnd(k) - at[i];
                    int[] r = cb.text().toRaw(s, Math.max(e, s));
                    b.append(fixed.charAt(k), r[0], e > s ? r[1] : r[0]);
                }
                next.add(new CleanBlock(b.build().strip(), cb.sources()));
            }
            for (Flag f : more) {
                int i = blockAt(at, f.start());
                int[] r = blocks.get(i).text().toRaw(f.start() - at[i], f.end() - at[i]);
                flags.add(new Flag(f.kind(), r[0], r[1], f.message(), f.replacement(), f.severity()));
            }
            blocks = next;
        }
        return blocks;
    }

    private static int blockAt(int[] at, int offset) {
        int i = java.util.Arrays.binarySearch(at, offset);
        return i >= 0 ? i : -i - 2;
    }

    static final int SETTLE_ROUNDS = 3;

    /** Runs every detector over the page. */
    public List<Flag> detect(Page page) {
        List<Flag> out = new ArrayList<>();
        for (Detector d : detectors) {
            d.detect(page, out);
        }
        return out;
    }
}
