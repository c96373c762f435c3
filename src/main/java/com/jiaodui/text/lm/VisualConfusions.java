package com.jiaodui.text.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Characters that look alike, as OCR confuses them (己/已/巳, 末/未, 土/士, 人/入, 日/曰), never by sound:
 * the resource {@code com/jiaodui/text/visual-confusion.txt}, made by rendering the glyphs of WenQuanYi Zen
 * Hei and comparing them as images ({@code src/test/java/com/jiaodui/tools/ConfusionSetGenerator.java}).
 * Loaded once, lazily (≈ 5 ms).
 */
public final class VisualConfusions {
    static final String RESOURCE = "/com/jiaodui/text/visual-confusion.txt";

    private final String[] lookAlikes = new String[0x10000];
    private final byte[][] distances = new byte[0x10000][];
    private final int pairs;

    private VisualConfusions(String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int tab = line.indexOf('\t');
            int tab2 = line.indexOf('\t', tab + 1);
            if (tab != 1 || tab2 < 0) {
                throw new IllegalStateException(RESOURCE + ": bad line " + line);
            }
            lookAlikes[line.charAt(0)] = line.substring(2, tab2);
            String[] ds = line.substring(tab2 + 1).trim().split(",");
            byte[] d = new byte[tab2 - 2];
            for (int k = 0; k < d.length; k++) {
                d[k] = (byte) Integer.parseInt(ds[k]);
            }
            distances[line.charAt(0)] = d;
            n += tab2 - 2;
        }
        pairs = n;
    }

    private static final class Holder {
        static final VisualConfusions INSTANCE = load();
    }

    public static VisualConfusions get() {
        return Holder.INSTANCE;
    }

    private static VisualConfusions load() {
        try (InputStream in = VisualConfusions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new VisualConfusions(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The characters that look like {@code c}, nearest first; empty when none is known. */
    public String of(char c) {
        String s = lookAlikes[c];
        return s == null ? "" : s;
    }

    /** How far the {@code k}-th look-alike of {@code c} ({@link #of}) is from it: 0 (same) to 99. */
    public int distance(char c, int k) {
        return distances[c][k];
    }

    /** Whether {@code a} and {@code b} look alike (either way round). */
    public boolean alike(char a, char b) {
        return of(a).indexOf(b) >= 0 || of(b).indexOf(a) >= 0;
    }

    /** Number of (character, look-alike) entries. */
    public int pairs() {
        return pairs;
    }
}
