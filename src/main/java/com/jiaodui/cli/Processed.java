package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** One file of a batch: its analysis, or the reason it could not be read. */
record Processed<T>(Path path, SourceText source, T result, String error) {

    static Processed<Analysis> analyse(Analyzer analyzer, Path path) {
        return read(path, s -> analyzer.analyze(s));
    }

    static <T> Processed<T> read(Path path, Function<SourceText, T> work) {
        try {
            SourceText s = TextDecoder.read(path);
            return new Processed<>(path, s, work.apply(s), null);
        } catch (UnreadablePageException e) {
            return new Processed<>(path, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Processed<>(path, null, null, path + ": could not be analysed (" + e + ")");
        }
    }

    /** The warning for a page read with invalid bytes (one line naming the file), or null. */
    String warning() {
        return source == null ? null : source.warning();
    }

    /** Processes the files in parallel, results in input order. */
    static <T> List<Processed<T>> all(List<Path> files, Function<Path, Processed<T>> each) {
        java.util.stream.Stream<Path> s = files.size() > 4 ? files.parallelStream() : files.stream();
        return s.map(each).toList();
    }

}
