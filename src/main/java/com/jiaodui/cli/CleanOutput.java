package com.jiaodui.cli;

import com.jiaodui.util.AtomicFiles;
import com.jiaodui.util.PageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code clean --out DIR} writes: each page under its place below its folder argument (a/p.txt and b/p.txt
 * of folder F go to DIR/a/p.txt and DIR/b/p.txt; a file argument goes to DIR/its-name), never over an input file.
 */
final class CleanOutput {
    private final Path out;
    private final Map<Path, Path> written = new HashMap<>();

    private CleanOutput(Path out) {
        this.out = out;
    }

    /**
     * The output folder, or a one-line refusal when it holds any of the input files (cleaning into it would
     * replace an original, or a later run would clean the cleaned copies).
     */
    static CleanOutput of(Path out, List<PageFiles.Entry> inputs, java.util.function.Consumer<String> refusal) {
        Path outReal = real(out);
        for (PageFiles.Entry e : inputs) {
            Path in = real(e.file());
            if (in.startsWith(outReal)) {
                refusal.accept("jiaodui clean: " + out + " holds the input file " + e.file()
                        + "; the cleaned pages would replace or mix with the originals: choose another --out folder");
                return null;
            }
        }
        return new CleanOutput(out);
    }

    /**
     * The file to write the cleaned {@code e} to, its folders created; throws with a one-line reason when two
     * inputs would go to the same file.
     */
    Path target(PageFiles.Entry e) throws IOException {
        Path rel = e.relative();
        Path named = rel.resolveSibling(Processed.outputName(rel)); // a PDF or OCR file is written as .txt
        Path t = out.resolve(named.toString()).normalize();
        Path before = written.putIfAbsent(t, e.file());
        if (before != null) {
            throw new IOException("not written: " + t + " already holds the cleaned " + before
                    + " (give the files' folder instead, its subfolders are kept)");
        }
        Path parent = t.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        AtomicFiles.removeStale(parent == null ? out : parent);
        return t;
    }

    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            // does not exist (yet): the nearest existing folder decides
            Path parent = abs.getParent();
            return parent == null ? abs : real(parent).resolve(abs.getFileName());
        }
    }
}
