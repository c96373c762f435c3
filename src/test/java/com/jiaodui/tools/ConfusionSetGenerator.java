package com.jiaodui.tools;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the visual confusion set of the {@code suspect-char} detector
 * ({@code src/main/resources/com/jiaodui/text/visual-confusion.txt}): characters that LOOK alike, as an OCR
 * engine confuses them (己/已/巳, 末/未, 土/士, 人/入, 日/曰), not characters that sound alike.
 *
 * <p>Run by hand, not by {@code mvn verify} (it needs the font installed and takes a minute):
 * <pre>
 * apt-get install fonts-wqy-zenhei
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     com.jiaodui.tools.ConfusionSetGenerator /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc \
 *     src/main/resources/com/jiaodui/text/visual-confusion.txt
 * </pre>
 *
 * <p>Method. The common characters are the {@value #COMMON} most frequent CJK characters of jieba-analysis
 * 1.0.2's {@code dict.txt} (word frequency summed over the words holding the character). Each is drawn with
 * WenQuanYi Zen Hei (Debian {@code fonts-wqy-zenhei}) at {@value #RENDER} px on a {@value #RENDER} px square,
 * placed by the font's metrics (not centred on its ink, so 日 and the wider, flatter 曰 stay apart by their
 * shape and 末/未 by where the long stroke is), and reduced by area averaging to a {@value #GRID}×{@value #GRID}
 * grey image: that blur makes a one-pixel shift cheap and a missing or extra stroke dear. Two glyphs differ by
 * {@code Σ|a−b| / Σ(a+b)} (0 same, 1 no ink in common); a second, finer {@value #FINE}×{@value #FINE} distance
 * must agree, which keeps strokes that cross (人) apart from strokes that only touch (入) less than the coarse
 * grid alone would. A pair is kept when both distances are under the thresholds below; each character keeps its
 * {@value #MAX_NEIGHBOURS} nearest.
 *
 * <p>Output: one line per character that has look-alikes, {@code c<TAB>neighbours nearest first<TAB>distances
 * in hundredths}, preceded by a header naming the font and the data.
 */
public final class ConfusionSetGenerator {
    static final int COMMON = Integer.getInteger("common", 5000);
    static final int RENDER = 96;
    static final int GRID = 16;
    static final int FINE = 32;
    static final int MAX_NEIGHBOURS = Integer.getInteger("neighbours", 8);
    /** The distance scale (100 = both distances at these values); the thresholds below may be looser. */
    static final double SCALE_COARSE = 0.37;
    static final double SCALE_FINE = 0.48;
    static final double MAX_COARSE = Double.parseDouble(System.getProperty("coarse", "0.37"));
    static final double MAX_FINE = Double.parseDouble(System.getProperty("fine", "0.48"));
    /** Distances are written 0..{@value #MAX_DISTANCE} (a byte in the pair index). */
    static final int MAX_DISTANCE = 127;

    private ConfusionSetGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ConfusionSetGenerator FONT.ttc OUTPUT.txt");
            System.exit(2);
        }
        Path fontFile = Path.of(args[0]);
        if (!Files.isRegularFile(fontFile)) {
            System.err.println(fontFile + ": no such font file (apt-get install fonts-wqy-zenhei)");
            System.exit(2);
        }
        Font font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()).deriveFont((float) (RENDER * 0.9));
        String probe = System.getProperty("pairs");
        if (probe != null) { // -Dpairs=己已,末未 : prints the two distances of each pair, for tuning
            for (String pair : probe.split(",")) {
                System.err.println(describe(font, pair.charAt(0), pair.charAt(1)));
            }
            return;
        }
        char[] chars = commonChars(COMMON);
        int n = chars.length;
        float[][] coarse = new float[n][];
        float[][] fine = new float[n][];
        float[] inkC = new float[n];
        float[] inkF = new float[n];
        for (int i = 0; i < n; i++) {
            if (!font.canDisplay(chars[i])) {
                continue;
            }
            float[] full = render(font, chars[i]);
            coarse[i] = reduce(full, GRID);
            fine[i] = reduce(full, FINE);
            inkC[i] = sum(coarse[i]);
            inkF[i] = sum(fine[i]);
        }
        List<List<double[]>> near = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            near.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (coarse[i] == null || inkC[i] == 0) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (coarse[j] == null || inkC[j] == 0) {
                    continue;
                }
                float lo = Math.min(inkC[i], inkC[j]);
                float hi = Math.max(inkC[i], inkC[j]);
                if ((hi - lo) / (hi + lo) > MAX_COARSE) {
                    continue; // the distance is at least the ink difference
                }
                double dc = distance(coarse[i], coarse[j], inkC[i] + inkC[j]);
                if (dc > MAX_COARSE) {
                    continue;
                }
                double df = distance(fine[i], fine[j], inkF[i] + inkF[j]);
                if (df > MAX_FINE) {
                    continue;
                }
                double d = (dc / SCALE_COARSE + df / SCALE_FINE) / 2;
                near.get(i).add(new double[] {j, d});
                near.get(j).add(new double[] {i, d});
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Visual confusion set for the suspect-char detector (jiaodui), generated by\n")
                .append("# src/test/java/com/jiaodui/tools/ConfusionSetGenerator.java: glyphs of WenQuanYi Zen Hei\n")
                .append("# (Debian fonts-wqy-zenhei, GPL-2.0 with font embedding exception) compared as images;\n")
                .append("# characters: the ").append(COMMON)
                .append(" most frequent of jieba-analysis 1.0.2 dict.txt (Apache-2.0).\n")
                .append("# char<TAB>look-alikes, nearest first<TAB>their distances (0..99, lower is closer)\n");
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            List<double[]> l = near.get(i);
            if (l.isEmpty()) {
                continue;
            }
            l.sort((a, b) -> Double.compare(a[1], b[1]));
            StringBuilder cs = new StringBuilder();
            StringBuilder ds = new StringBuilder();
            for (int k = 0; k < Math.min(MAX_NEIGHBOURS, l.size()); k++) {
                cs.append(chars[(int) l.get(k)[0]]);
                ds.append(k > 0 ? "," : "").append(Math.min(MAX_DISTANCE, (int) Math.round(l.get(k)[1] * 100)));
                pairs++;
            }
            out.append(chars[i]).append('\t').append(cs).append('\t').append(ds).append('\n');
        }
        Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "%d characters, %d with look-alikes, %d pairs -> %s%n", n,
                near.stream().filter(l -> !l.isEmpty()).count(), pairs, args[1]);
    }

    /** The {@code count} most frequent CJK characters of jieba's dictionary, by summed word frequency. */
    static char[] commonChars(int count) throws IOException {
        long[] freq = new long[0x10000];
        try (InputStream in = ConfusionSetGenerator.class.getResourceAsStream("/dict.txt")) {
            if (in == null) {
                throw new IOException("dict.txt not on the class path (jieba-analysis 1.0.2)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(" ");
                if (f.length < 2) {
                    continue;
                }
                long w = Long.parseLong(f[1]);
                for (int i = 0; i < f[0].length(); i++) {
                    char c = f[0].charAt(i);
                    if (c >= 0x4E00 && c <= 0x9FFF) {
                        freq[c] += w;
                    }
                }
            }
        }
        Map<Character, Long> m = new HashMap<>();
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            if (freq[c] > 0) {
                m.put((char) c, freq[c]);
            }
        }
        return m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(count)
                .map(e -> String.valueOf(e.getKey())).reduce("", String::concat).toCharArray();
    }

    /** The glyph as grey levels 0..1, {@value #RENDER}² pixels, placed by the font's metrics. */
    static float[] render(Font font, char c) {
        BufferedImage img = new BufferedImage(RENDER, RENDER, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        FontRenderContext frc = g.getFontRenderContext();
        GlyphVector gv = font.createGlyphVector(frc, String.valueOf(c));
        double advance = gv.getGlyphMetrics(0).getAdvance();
        float x = (float) ((RENDER - advance) / 2);
        float y = (float) (RENDER * 0.86);
        g.drawGlyphVector(gv, x, y);
        g.dispose();
        float[] px = new float[RENDER * RENDER];
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (data[i] & 0xFF) / 255f;
        }
        return normalize(px);
    }

    /**
     * Moves the ink to the centre and scales it to fill the square: the font places 己 a few pixels higher and
     * to the left of 已, which a pixel comparison would otherwise count as a difference of every stroke. The
     * scale keeps the aspect ratio, then stretches each axis by at most {@value #STRETCH} towards the square,
     * so that 日 (tall) and 曰 (flat), which OCR confuses, come close while 一 does not become a block.
     */
    static float[] normalize(float[] px) {
        int x0 = RENDER;
        int y0 = RENDER;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < RENDER; y++) {
            for (int x = 0; x < RENDER; x++) {
                if (px[y * RENDER + x] > 0.2f) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return px;
        }
        double w = x1 - x0 + 1;
        double h = y1 - y0 + 1;
        double box = RENDER - 2 * MARGIN;
        double s = box / Math.max(w, h);
        double sx = Math.min(box / w, s * STRETCH);
        double sy = Math.min(box / h, s * STRETCH);
        double cx = (x0 + x1 + 1) / 2.0;
        double cy = (y0 + y1 + 1) / 2.0;
        float[] out = new float[RENDER * RENDER];
        for (int y = 0; y < RENDER; y++) {
            for (int x = 0; x < RENDER; x++) {
                double u = cx + (x + 0.5 - RENDER / 2.0) / sx - 0.5;
                double v = cy + (y + 0.5 - RENDER / 2.0) / sy - 0.5;
                out[y * RENDER + x] = bilinear(px, u, v);
            }
        }
        return out;
    }

    static final int MARGIN = 4;
    static final double STRETCH = 1.35;

    private static float bilinear(float[] px, double u, double v) {
        int iu = (int) Math.floor(u);
        int iv = (int) Math.floor(v);
        double fu = u - iu;
        double fv = v - iv;
        return (float) ((1 - fu) * (1 - fv) * at(px, iu, iv) + fu * (1 - fv) * at(px, iu + 1, iv)
                + (1 - fu) * fv * at(px, iu, iv + 1) + fu * fv * at(px, iu + 1, iv + 1));
    }

    private static float at(float[] px, int x, int y) {
        return x < 0 || y < 0 || x >= RENDER || y >= RENDER ? 0 : px[y * RENDER + x];
    }

    static float[] reduce(float[] full, int grid) {
        int cell = RENDER / grid;
        float[] out = new float[grid * grid];
        for (int y = 0; y < RENDER; y++) {
            for (int x = 0; x < RENDER; x++) {
                out[(y / cell) * grid + x / cell] += full[y * RENDER + x];
            }
        }
        float norm = cell * cell;
        for (int i = 0; i < out.length; i++) {
            out[i] /= norm;
        }
        return out;
    }

    static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    static double distance(float[] a, float[] b, float ink) {
        float d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] - b[i]);
        }
        return d / ink;
    }

    /** For a look at one pair while tuning: prints both distances. */
    static String describe(Font font, char a, char b) {
        float[] fa = render(font, a);
        float[] fb = render(font, b);
        float[] ca = reduce(fa, GRID);
        float[] cb = reduce(fb, GRID);
        float[] xa = reduce(fa, FINE);
        float[] xb = reduce(fb, FINE);
        return String.format(Locale.ROOT, "%c/%c coarse %.3f fine %.3f", a, b, distance(ca, cb, sum(ca) + sum(cb)),
                distance(xa, xb, sum(xa) + sum(xb)));
    }
}
