package com.jiaodui.store;

import com.jiaodui.library.Importer;
import com.jiaodui.text.Format;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import com.jiaodui.util.PageFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The store tests put pages into a library through the one import pipeline ({@link Importer}). */
public final class Imports {
    private Imports() {}

    /** Told about each file: exactly one of {@code result} and {@code error} is non-null. */
    @FunctionalInterface
    public interface Listener {
        void imported(int done, int total, Path file, ImportResult result, StoreException error);
    }

    public static ImportResult importFile(Library lib, Path file) {
        try {
            return Importer.of(lib).importSource(TextDecoder.read(file));
        } catch (UnreadablePageException e) {
            throw new StoreException(file, StoreException.Reason.BAD_INPUT, e.reason(), e);
        }
    }

    public static List<ImportResult> importFiles(Library lib, List<Path> files, Listener listener,
                                                 BooleanSupplier cancelled) {
        return Importer.of(lib).importFiles(files.stream().map(PageFiles.PageFile::of).toList(), null,
                (done, total, file, result, refused) -> listener.imported(done, total, file, result,
                        refused == null ? null : new StoreException(null, StoreException.Reason.BAD_INPUT, refused)),
                cancelled).results();
    }

    public static ImportResult importSource(Library lib, SourceText source) {
        return Importer.of(lib).importSource(source);
    }

    public static ImportResult importText(Library lib, String fileName, String text, Format format) {
        return Importer.of(lib).importText(fileName, text, format);
    }

    public static ImportResult addVersion(Library lib, long pageId, String label, String fileName, String text,
                                          Format format) {
        return Importer.of(lib).addVersion(pageId, label, fileName, text, format, null);
    }

    public static List<ImportResult> seedSamplesIfNew(Library lib) {
        return Importer.of(lib).seedSamplesIfNew();
    }
}
