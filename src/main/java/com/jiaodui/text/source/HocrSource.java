package com.jiaodui.text.source;

import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads Tesseract's hOCR (XHTML; hOCR 1.2): {@code ocr_page} → {@code ocr_carea} → {@code ocr_par} →
 * {@code ocr_line} (or {@code ocr_header}, {@code ocr_caption}, {@code ocr_textfloat}) →
 * {@code ocrx_word}, each with a {@code title} holding {@code bbox x0 y0 x1 y1} in image pixels and,
 * for words, {@code x_wconf} (0–100). A paragraph is a block, a line a raw line; words are joined with a
 * space except between two CJK characters (Tesseract's chi_sim splits Chinese into "words" that the page
 * set solid). Pixels become points with the page's {@code scan_res}; without it they are kept as they
 * are (one pixel a point) and a note says so.
 */
final class HocrSource {
    private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
    private static final Pattern WCONF = Pattern.compile("x_wconf\\s+(\\d+(?:\\.\\d+)?)");
    private static final Pattern RES = Pattern.compile("scan_res\\s+(\\d+)");

    private HocrSource() {}

    static SourceDocument read(Path path, byte[] bytes) throws UnreadablePageException {
        Document doc = Xml.parse(path, bytes, "hOCR (XHTML)");
        List<Element> pages = byClass(doc.getDocumentElement(), "ocr_page");
        if (pages.isEmpty()) {
            throw new UnreadablePageException(path, "is not hOCR (no element of class ocr_page)");
        }
        RawBuilder out = new RawBuilder();
        List<String> notes = new ArrayList<>();
        int number = 0;
        for (Element page : pages) {
            number++;
            String title = page.getAttribute("title");
            Matcher res = RES.matcher(title);
            double f = res.find() ? 72.0 / Integer.parseInt(res.group(1)) : 1;
            if (f == 1 && notes.isEmpty()) {
                notes.add("no scan_res in the hOCR: boxes are in image pixels");
            }
            double[] pb = bbox(title);
            out.beginPage(number, pb == null ? 0 : (pb[2] - pb[0]) * f, pb == null ? 0 : (pb[3] - pb[1]) * f);
            List<Element> pars = byClass(page, "ocr_par");
            if (pars.isEmpty()) {
                pars = byClass(page, "ocr_carea");
            }
            if (pars.isEmpty()) {
                pars = List.of(page);
            }
            for (Element par : pars) {
                out.beginBlock(box(par.getAttribute("title"), number, f));
                List<Element> lines = new ArrayList<>();
                for (String c : new String[] {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat", "ocrx_line"}) {
                    lines.addAll(byClass(par, c));
                }
                lines.sort((a, b) -> a.compareDocumentPosition(b) == Element.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
                for (Element line : lines) {
                    out.beginLine(box(line.getAttribute("title"), number, f));
                    List<Element> words = byClass(line, "ocrx_word");
                    if (words.isEmpty()) {
                        out.append(line.getTextContent().strip().replaceAll("\\s+", " "));
                    }
                    for (Element w : words) {
                        String t = w.getTextContent().strip();
                        if (t.isEmpty()) {
                            continue;
                        }
                        Matcher c = WCONF.matcher(w.getAttribute("title"));
                        double conf = c.find() ? Double.parseDouble(c.group(1)) / 100 : Double.NaN;
                        char last = out.last();
                        out.word(t, box(w.getAttribute("title"), number, f), conf,
                                last != '\n' && last != 0 && Sources.spaceBetween(last, t.charAt(0)));
                    }
                    out.endLine();
                }
                out.endBlock();
            }
            out.endPage(false);
        }
        String raw = out.text();
        if (raw.isBlank()) {
            throw new UnreadablePageException(path, "holds no recognised text (empty ocr_page)");
        }
        SourceText src = new SourceText(path.toAbsolutePath(), raw, "UTF-8", false, TextDecoder.sha256(bytes));
        return new SourceDocument(src, SourceFormat.HOCR, out.geometry(), null, notes);
    }

    private static List<Element> byClass(Element root, String cls) {
        List<Element> out = new ArrayList<>();
        collect(root, cls, out);
        return out;
    }

    private static void collect(Element e, String cls, List<Element> out) {
        for (Element c : Xml.children(e)) {
            if ((" " + c.getAttribute("class") + " ").contains(" " + cls + " ")) {
                out.add(c);
            } else {
                collect(c, cls, out);
            }
        }
    }

    private static double[] bbox(String title) {
        Matcher m = BBOX.matcher(title);
        if (!m.find()) {
            return null;
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    private static Box box(String title, int page, double f) {
        double[] b = bbox(title);
        return b == null ? null : new Box(page, b[0] * f, b[1] * f, (b[2] - b[0]) * f, (b[3] - b[1]) * f);
    }
}
