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

    /** Runs every detector over the page. */
    public List<Flag> detect(Page page) {
        List<Flag> out = new ArrayList<>();
        for (Detector d : detectors) {
            d.detect(page, out);
        }
        return out;
    }
}
