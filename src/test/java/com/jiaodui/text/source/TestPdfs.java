package com.jiaodui.text.source;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Generates the test PDFs from the sample pages at test time: each raw line of the page one printed
 * line, flowed down narrow newspaper columns (a blank raw line a one-line gap), set in the committed
 * subset fonts (Droid Sans Fallback for Chinese, DejaVu Sans for Latin; both embedded as subsets).
 * Where each line was drawn is kept, so tests can check the boxes read back.
 */
public final class TestPdfs {
    public static final float SIZE = 8f;
    public static final float PITCH = 10.5f;
    public static final float MARGIN = 36f;
    public static final float GUTTER = 10f;

    /** A drawn line: the text drawn and its box (points, from the top-left), page 1-based. */
    public record Drawn(String text, int page, float x, float top, float w, float h) { }

    private TestPdfs() {}

    public static String sample(String name) {
        try {
            return Files.readString(Path.of("assets/samples", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Raw lines, line ends removed (CRLF too). */
    public static List<String> lines(String raw) {
        return List.of(raw.split("\\r?\\n|\\r", -1));
    }

    /** The page's lines in {@code columns} columns on one page; {@code drawn} gets every line's box. */
    public static byte[] newspaper(List<String> lines, int columns, List<Drawn> drawn) {
        return pages(List.of(lines), columns, drawn);
    }

    /** Several pages, each flowed into columns. */
    public static byte[] pages(List<List<String>> pages, int columns, List<Drawn> drawn) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = load(doc, "/fonts/DroidSansFallback-page-c.ttf");
            PDType0Font latin = load(doc, "/fonts/DejaVuSans-page-c.ttf");
            int pageNo = 0;
            for (List<String> lines : pages) {
                pageNo++;
                float colW = 0;
                for (String l : lines) {
                    colW = Math.max(colW, width(l, cjk, latin));
                }
                int perColumn = (lines.size() + columns - 1) / columns + 2;
                float w = 2 * MARGIN + columns * colW + (columns - 1) * GUTTER;
                float h = 2 * MARGIN + perColumn * PITCH;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    int col = 0;
                    int row = 0;
                    for (String l : lines) {
                        // a blank line at a column foot goes to the head of the next column, where the reader sees it
                        if ((row >= perColumn - 1 || l.isBlank() && row >= perColumn - 2) && col < columns - 1) {
                            col++;
                            row = 0;
                        }
                        float x = MARGIN + col * (colW + GUTTER);
                        float baselineFromTop = MARGIN + row * PITCH + SIZE;
                        row++;
                        String text = l.stripTrailing();
                        if (text.isBlank()) {
                            continue;
                        }
                        draw(cs, text, x, h - baselineFromTop, cjk, latin);
                        int lead = 0;
                        float leadW = 0;
                        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
                            leadW += width(text.substring(lead, lead + 1), cjk, latin);
                            lead++;
                        }
                        if (drawn != null) {
                            drawn.add(new Drawn(text, pageNo, x + leadW, baselineFromTop - 0.88f * SIZE,
                                    width(text, cjk, latin) - leadW, SIZE));
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Chinese set with letter-spacing (as a justified column is), and two Latin words drawn apart with
     * no space glyph between them: {@code 本报讯记者李丹} then {@code Hello} and {@code World}.
     */
    public static byte[] spaced() {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = load(doc, "/fonts/DroidSansFallback-page-c.ttf");
            PDType0Font latin = load(doc, "/fonts/DejaVuSans-page-c.ttf");
            PDPage page = new PDPage(new PDRectangle(300, 100));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(cjk, 10);
                cs.setCharacterSpacing(4f);
                cs.newLineAtOffset(20, 70);
                cs.showText("本报讯记者李丹");
                cs.endText();
                cs.setCharacterSpacing(0f);
                cs.beginText();
                cs.setFont(latin, 10);
                cs.newLineAtOffset(20, 40);
                cs.showText("Hello");
                cs.endText();
                cs.beginText();
                cs.setFont(latin, 10);
                cs.newLineAtOffset(20 + latin.getStringWidth("Hello") / 100 + 4, 40);
                cs.showText("World");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: one image, no text layer. */
    public static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 400));
            doc.addPage(page);
            BufferedImage img = new BufferedImage(150, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 150, 200);
            g.setColor(Color.DARK_GRAY);
            for (int y = 20; y < 190; y += 8) {
                g.fillRect(10, y, 130, 4); // lines of "print"
            }
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, 300, 400);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines in runs of one font each: Chinese in Droid, what Droid lacks in DejaVu. */
    private static void draw(PDPageContentStream cs, String text, float x, float y, PDType0Font cjk, PDType0Font latin)
            throws IOException {
        float at = x;
        for (String[] run : runs(text, cjk)) {
            PDType0Font f = run[0].equals("c") ? cjk : latin;
            cs.beginText();
            cs.setFont(f, SIZE);
            cs.newLineAtOffset(at, y);
            cs.showText(run[1]);
            cs.endText();
            at += f.getStringWidth(run[1]) / 1000 * SIZE;
        }
    }

    private static List<String[]> runs(String text, PDType0Font cjk) throws IOException {
        List<String[]> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String kind = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String k = cp >= 0x2E80 ? "c" : "l"; // FontSubset puts every such character of the page in the Droid subset
            if (kind != null && !k.equals(kind)) {
                out.add(new String[] {kind, cur.toString()});
                cur.setLength(0);
            }
            kind = k;
            cur.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (cur.length() > 0) {
            out.add(new String[] {kind, cur.toString()});
        }
        return out;
    }

    private static float width(String text, PDType0Font cjk, PDType0Font latin) {
        try {
            float w = 0;
            for (String[] run : runs(text, cjk)) {
                w += (run[0].equals("c") ? cjk : latin).getStringWidth(run[1]) / 1000 * SIZE;
            }
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = TestPdfs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("test font missing: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Writes the generated PDFs to a folder, to look at them or to try the command line: {@code TestPdfs DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/test-pdfs");
        Files.createDirectories(dir);
        List<String> c = lines(sample("page-c.raw.txt"));
        Files.write(dir.resolve("page-c.pdf"), newspaper(c, 4, null));
        Files.write(dir.resolve("page-c-two-pages.pdf"), pages(twoPages(c), 4, null));
        Files.write(dir.resolve("page-c-jump.pdf"), pages(jumpPages(c), 4, null));
        Files.write(dir.resolve("scan.pdf"), imageOnly());
        List<List<String>> forty = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            forty.add(c);
        }
        Files.write(dir.resolve("forty-pages.pdf"), pages(forty, 4, null));
    }

    /** page-c split in two pages in mid-paragraph: the article runs on from page 1 onto page 2. */
    public static List<List<String>> twoPages(List<String> c) {
        int mid = c.size() / 2;
        // between two full lines of running text, the first not ending a sentence
        while (mid < c.size() && (c.get(mid).strip().length() < 14 || c.get(mid - 1).strip().length() < 14
                || "。！？”）".indexOf(c.get(mid - 1).strip().charAt(c.get(mid - 1).strip().length() - 1)) >= 0)) {
            mid++;
        }
        return List.of(c.subList(0, mid), c.subList(mid, c.size()));
    }

    /**
     * An article that jumps pages: {@link #twoPages} with page 1 ending in the jump line 「（下转第二版）」 after the cut
     * sentence and page 2 opening with 「（上接第1版）」 before its continuation, as a newspaper prints them.
     */
    public static List<List<String>> jumpPages(List<String> c) {
        List<List<String>> two = twoPages(c);
        List<String> p1 = new ArrayList<>(two.get(0));
        p1.add("（下转第二版）");
        List<String> p2 = new ArrayList<>();
        p2.add("（上接第1版）");
        p2.addAll(two.get(1));
        return List.of(p1, p2);
    }
}
