package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.Sources;
import com.jiaodui.text.UnreadablePageException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** One file of a batch: its analysis, or the reason it could not be read. */
record Processed<T>(Path path, SourceText source, T result, String error) {

    static Processed<Analysis> analyse(Analyzer analyzer, Path path) {
        return readDocument(path, d -> analyzer(analyzer, d).analyze(d.source()));
    }

    /** The analyser for a source file: with the ocr-confidence detector when the file gives word confidences. */
    static Analyzer analyzer(Analyzer plain, SourceDocument d) {
        return d.geometry().words().isEmpty() ? plain : new Analyzer(Sources.detectors(d, Analyzer.defaultDetectors()));
    }

    static <T> Processed<T> read(Path path, Function<SourceText, T> work) {
        return readDocument(path, d -> work.apply(d.source()));
    }

    /**
     * Reads any page file ({@link Sources}: text, Markdown, PDF, MinerU, hOCR, ALTO) and works on it; a PDF
     * with no text layer is an error whose message says that OCR is needed.
     */
    static <T> Processed<T> readDocument(Path path, Function<SourceDocument, T> work) {
        try {
            SourceDocument d = Sources.read(path);
            if (d.imageOnly()) {
                return new Processed<>(path, null, null, d.notes().get(0));
            }
            return new Processed<>(path, d.source(), work.apply(d), null);
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

    /** The name a cleaned page is written under: a text page keeps its name, a PDF or OCR file becomes NAME.txt. */
    static String outputName(Path path) {
        String n = path.getFileName().toString();
        String lower = n.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        return (dot < 0 ? n : n.substring(0, dot)) + ".txt";
    }

}
