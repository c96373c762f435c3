package com.jiaodui.text.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Reads MinerU's {@code content_list.json}: an array of blocks in MinerU's reading order, each with
 * {@code type} (text, title, list, image, table, equation, header, footer, page_number, ...), its text
 * ({@code text}, {@code list_items}, {@code img_caption}, {@code table_caption}, ...), {@code text_level}
 * for headings, {@code page_idx} (0-based) and {@code bbox} [x0, y0, x1, y1].
 *
 * <p>MinerU 2 writes the bbox in page units scaled to 0–1000; with the PDF beside it ({@code x.pdf} or
 * {@code x_origin.pdf} next to {@code x_content_list.json}) they are turned into points, and the PDF
 * gives the page image. A block is one raw line (MinerU has already joined its lines), blocks are
 * separated by a blank line, headings are written as Markdown headings, as in MinerU's own .md.
 */
final class MinerUSource {
    private MinerUSource() {}

    static SourceDocument read(Path path, byte[] bytes) throws UnreadablePageException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new UnreadablePageException(path, "is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UnreadablePageException(path, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray() || root.isEmpty() || !root.get(0).has("type")) {
            throw new UnreadablePageException(path, "is not a MinerU content_list.json (an array of blocks with \"type\")");
        }
        List<String> notes = new ArrayList<>();
        Path pdf = pdfBeside(path);
        List<double[]> sizes = pdf == null ? List.of() : pageSizes(pdf, notes);
        boolean normalised = true;
        for (JsonNode b : root) {
            JsonNode bb = b.get("bbox");
            if (bb != null && bb.isArray()) {
                for (JsonNode v : bb) {
                    normalised &= v.asDouble() <= 1000.5;
                }
            }
        }
        if (pdf == null && normalised) {
            notes.add("boxes are in MinerU's 0–1000 page units (no PDF beside " + path.getFileName() + ")");
        }
        notes.addAll(orderWarnings(root));
        RawBuilder out = new RawBuilder();
        int page = -1;
        for (JsonNode b : root) {
            int p = b.path("page_idx").asInt(0) + 1;
            if (p != page) {
                if (page > 0) {
                    out.endPage(false);
                }
                page = p;
                double[] wh = p - 1 < sizes.size() ? sizes.get(p - 1) : new double[] {1000, 1000};
                out.beginPage(p, wh[0], wh[1]);
            }
            Box box = box(b.get("bbox"), p, normalised && p - 1 < sizes.size() ? sizes.get(p - 1) : null);
            List<String> texts = texts(b);
            if (texts.isEmpty()) {
                continue;
            }
            out.beginBlock(box);
            for (String t : texts) {
                out.line(t, box);
            }
            out.endBlock();
        }
        if (page > 0) {
            out.endPage(false);
        }
        String raw = out.text();
        if (raw.isBlank()) {
            throw new UnreadablePageException(path, "holds no text blocks");
        }
        SourceText src = new SourceText(path.toAbsolutePath(), raw, "UTF-8", false, TextDecoder.sha256(bytes));
        return new SourceDocument(src, SourceFormat.MINERU, out.geometry(), pdf, notes);
    }

    /**
     * Where MinerU's reading order contradicts the page: within one column (x ranges overlapping by more
     * than half the narrower block) a block printed higher up comes after one printed below it. Told as a
     * note naming both blocks; the continuation search is what repairs the text.
     */
    static List<String> orderWarnings(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            double[] a = rect(root.get(i));
            if (a == null) {
                continue;
            }
            for (int j = i + 1; j < root.size(); j++) {
                double[] b = rect(root.get(j));
                if (b == null || root.get(j).path("page_idx").asInt(0) != root.get(i).path("page_idx").asInt(0)) {
                    continue;
                }
                double overlap = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
                boolean sameColumn = overlap > 0.5 * Math.min(a[2] - a[0], b[2] - b[0]);
                if (sameColumn && b[3] <= a[1] + 1) {
                    out.add(String.format(java.util.Locale.ROOT,
                            "page %d: MinerU reads block %d (top %.0f) after block %d (top %.0f) of the same column: its reading order looks wrong here",
                            root.get(i).path("page_idx").asInt(0) + 1, j + 1, b[1], i + 1, a[1]));
                    break;
                }
            }
        }
        return out;
    }

    private static double[] rect(JsonNode b) {
        JsonNode bb = b.get("bbox");
        if (bb == null || !bb.isArray() || bb.size() < 4) {
            return null;
        }
        return new double[] {bb.get(0).asDouble(), bb.get(1).asDouble(), bb.get(2).asDouble(), bb.get(3).asDouble()};
    }

    /** The block's text lines: a heading with its Markdown marks, list items one a line, captions and footnotes. */
    private static List<String> texts(JsonNode b) {
        List<String> out = new ArrayList<>();
        String type = b.path("type").asText("");
        int level = b.path("text_level").asInt(0);
        String text = b.path("text").asText("").strip();
        if (!text.isEmpty()) {
            if (level > 0 || type.equals("title")) {
                out.add("#".repeat(Math.max(1, Math.min(6, level))) + " " + oneLine(text));
            } else {
                for (String l : text.split("\\R")) {
                    if (!l.isBlank()) {
                        out.add(l.strip());
                    }
                }
            }
        }
        for (String field : new String[] {"list_items", "img_caption", "image_caption", "table_caption",
                "img_footnote", "image_footnote", "table_footnote", "code_caption"}) {
            for (JsonNode v : b.path(field)) {
                String s = v.asText("").strip();
                if (!s.isEmpty()) {
                    out.add(oneLine(s));
                }
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    private static Box box(JsonNode bb, int page, double[] size) {
        if (bb == null || !bb.isArray() || bb.size() < 4) {
            return null;
        }
        double x0 = bb.get(0).asDouble();
        double y0 = bb.get(1).asDouble();
        double x1 = bb.get(2).asDouble();
        double y1 = bb.get(3).asDouble();
        double fx = size == null ? 1 : size[0] / 1000;
        double fy = size == null ? 1 : size[1] / 1000;
        return new Box(page, x0 * fx, y0 * fy, (x1 - x0) * fx, (y1 - y0) * fy);
    }

    /** {@code x.pdf} or {@code x_origin.pdf} beside {@code x_content_list.json} (or {@code content_list.json} in a folder with one PDF). */
    static Path pdfBeside(Path json) {
        String f = json.getFileName().toString();
        String stem = f.endsWith("_content_list.json") ? f.substring(0, f.length() - "_content_list.json".length())
                : f.endsWith(".json") ? f.substring(0, f.length() - 5) : f;
        Path dir = json.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        for (String c : new String[] {stem + "_origin.pdf", stem + ".pdf"}) {
            Path p = dir.resolve(c);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<double[]> pageSizes(Path pdf, List<String> notes) {
        List<double[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : doc.getPages()) {
                boolean rot = p.getRotation() % 180 != 0;
                out.add(new double[] {rot ? p.getCropBox().getHeight() : p.getCropBox().getWidth(),
                        rot ? p.getCropBox().getWidth() : p.getCropBox().getHeight()});
            }
        } catch (IOException e) {
            notes.add(pdf + ": the PDF beside it cannot be read (" + e.getMessage() + "): boxes are in MinerU's units");
        }
        return out;
    }
}
