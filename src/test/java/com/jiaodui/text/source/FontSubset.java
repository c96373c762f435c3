package com.jiaodui.text.source;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Makes the test fonts: Droid Sans Fallback (Apache License 2.0; Debian's fonts-droid-fallback) for the
 * Chinese, DejaVu Sans (Bitstream Vera licence, DejaVu changes public domain; fonts-dejavu-core) for the
 * Latin letters and symbols Droid lacks, each cut down to the characters of page-c, so that the PDF
 * tests need no system font. Run by hand when the sample changes:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) com.jiaodui.text.source.FontSubset
 * /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}
 */
public final class FontSubset {
    private FontSubset() {}

    public static void main(String[] args) throws Exception {
        TreeSet<Integer> cps = new TreeSet<>();
        for (int c = 0x20; c < 0x7F; c++) {
            cps.add(c);
        }
        "　，。、；：？！“”（）《》【】…".codePoints().forEach(cps::add);
        Files.readString(Path.of("assets/samples/page-c.raw.txt"), StandardCharsets.UTF_8).codePoints()
                .filter(c -> c >= 0x20).forEach(cps::add);
        TreeSet<Integer> cjk = new TreeSet<>(cps.tailSet(0x2E80));
        TreeSet<Integer> rest = subset(Path.of(args[0]), cjk, Path.of("src/test/resources/fonts/DroidSansFallback-page-c.ttf"));
        rest.addAll(cps.headSet(0x2E80));
        subset(Path.of(args[1]), rest, Path.of("src/test/resources/fonts/DejaVuSans-page-c.ttf"));
    }

    /** Writes the subset of the code points the font has; returns those it lacks. */
    private static TreeSet<Integer> subset(Path ttfPath, TreeSet<Integer> cps, Path out) throws Exception {
        TreeSet<Integer> missing = new TreeSet<>();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(ttfPath.toFile()))) {
            // no hinting tables (cvt, fpgm, prep): not needed to draw test pages, and they are most of the bytes
            TTFSubsetter sub = new TTFSubsetter(ttf, java.util.List.of("head", "hhea", "loca", "maxp", "cmap", "glyf", "hmtx", "post", "OS/2", "name"));
            var cmap = ttf.getUnicodeCmapLookup();
            for (int c : cps) {
                if (cmap.getGlyphId(c) == 0) {
                    missing.add(c);
                } else {
                    sub.add(c);
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                sub.writeToStream(o);
            }
            System.err.println(cps.size() + " characters, " + missing.size() + " without a glyph → " + out + " ("
                    + Files.size(out) + " bytes)");
        }
        return missing;
    }
}
