package com.jiaodui.text.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The misreadings Tesseract 5 ({@code chi_sim}) really makes, beside the glyph look-alikes of
 * {@link VisualConfusions}: Tesseract at newspaper size confuses characters that share a component or blur
 * alike (疫 read as 役/投, 日 as 月) that are not near when the glyphs are compared drawn large. The resource
 * {@code com/jiaodui/text/ocr-confusion.txt} ("true, read, times seen" lines) is mined from Tesseract's reading
 * of the correct corpus set in type ({@code src/test/java/com/jiaodui/tools/OcrConfusionMiner.java}), never from
 * the evaluation's OCR. Used only when the suspect-char index is built (at build time); empty when the resource
 * is missing.
 */
public final class OcrConfusions {
    static final String RESOURCE = "/com/jiaodui/text/ocr-confusion.txt";

    private final String[] misreads = new String[0x10000];
    private final int pairs;

    private OcrConfusions(String text, int minCount) {
        int n = 0;
        StringBuilder[] b = new StringBuilder[0x10000];
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].length() != 1 || f[1].length() != 1) {
                throw new IllegalStateException(RESOURCE + ": bad line " + line);
            }
            if (Integer.parseInt(f[2].trim()) < minCount) {
                continue;
            }
            char t = f[0].charAt(0);
            if (b[t] == null) {
                b[t] = new StringBuilder(2);
            }
            b[t].append(f[1].charAt(0));
            n++;
        }
        for (int c = 0; c < b.length; c++) {
            if (b[c] != null) {
                misreads[c] = b[c].toString();
            }
        }
        pairs = n;
    }

    /** The pairs seen at least {@code minCount} times; none when the resource is missing. */
    public static OcrConfusions load(int minCount) {
        try (InputStream in = OcrConfusions.class.getResourceAsStream(RESOURCE)) {
            return new OcrConfusions(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8), minCount);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The characters Tesseract read for {@code c}; empty when none was seen. */
    public String of(char c) {
        String s = misreads[c];
        return s == null ? "" : s;
    }

    /** Number of (true, read) pairs kept. */
    public int pairs() {
        return pairs;
    }
}
