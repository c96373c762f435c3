package com.jiaodui.text.source;

import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads ALTO XML (v2–v4, any namespace): {@code Layout/Page} → {@code PrintSpace} → {@code TextBlock}
 * → {@code TextLine} → {@code String} ({@code CONTENT}, {@code WC} word confidence 0–1, {@code HPOS},
 * {@code VPOS}, {@code WIDTH}, {@code HEIGHT}), {@code SP} and {@code HYP}. A TextBlock is a block, a
 * TextLine a raw line; an SP is a space except between two CJK characters. Positions are in the
 * {@code MeasurementUnit} of the file: {@code mm10} and {@code inch1200} become points, {@code pixel}
 * is kept (one pixel a point, with a note).
 */
final class AltoSource {
    private AltoSource() {}

    static SourceDocument read(Path path, byte[] bytes) throws UnreadablePageException {
        Document doc = Xml.parse(path, bytes, "ALTO XML");
        Element root = doc.getDocumentElement();
        if (!Xml.local(root).equals("alto")) {
            throw new UnreadablePageException(path, "is XML but not ALTO (root element <" + Xml.local(root) + ">)");
        }
        List<String> notes = new ArrayList<>();
        List<Element> units = Xml.descendants(root, "MeasurementUnit");
        String unit = units.isEmpty() ? "pixel" : units.get(0).getTextContent().strip();
        double f = switch (unit) {
            case "mm10" -> 72.0 / 254;
            case "inch1200" -> 72.0 / 1200;
            default -> 1;
        };
        if (f == 1) {
            notes.add("ALTO positions in " + unit + ": boxes are in image pixels");
        }
        List<Element> pages = Xml.descendants(root, "Page");
        if (pages.isEmpty()) {
            throw new UnreadablePageException(path, "is ALTO without a <Page>");
        }
        RawBuilder out = new RawBuilder();
        int number = 0;
        for (Element page : pages) {
            number++;
            out.beginPage(number, num(page, "WIDTH") * f, num(page, "HEIGHT") * f);
            for (Element block : Xml.descendants(page, "TextBlock")) {
                out.beginBlock(box(block, number, f));
                for (Element line : Xml.descendants(block, "TextLine")) {
                    out.beginLine(box(line, number, f));
                    boolean sp = false;
                    for (Element c : Xml.children(line)) {
                        switch (Xml.local(c)) {
                            case "SP" -> sp = true;
                            case "HYP" -> {
                                String h = c.getAttribute("CONTENT");
                                out.word(h.isEmpty() ? "-" : h, null, Double.NaN, false);
                                sp = false;
                            }
                            case "String" -> {
                                String t = c.getAttribute("CONTENT");
                                if (!t.isEmpty()) {
                                    double wc = c.hasAttribute("WC") ? num(c, "WC") : Double.NaN;
                                    char last = out.last();
                                    out.word(t, box(c, number, f), wc, sp && last != '\n' && last != 0
                                            && Sources.spaceBetween(last, t.charAt(0)));
                                }
                                sp = false;
                            }
                            default -> { }
                        }
                    }
                    out.endLine();
                }
                out.endBlock();
            }
            out.endPage(false);
        }
        String raw = out.text();
        if (raw.isBlank()) {
            throw new UnreadablePageException(path, "holds no text (no String in any TextLine)");
        }
        SourceText src = new SourceText(path.toAbsolutePath(), raw, "UTF-8", false, TextDecoder.sha256(bytes));
        return new SourceDocument(src, SourceFormat.ALTO, out.geometry(), null, notes);
    }

    private static double num(Element e, String attr) {
        try {
            return Double.parseDouble(e.getAttribute(attr));
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    private static Box box(Element e, int page, double f) {
        if (!e.hasAttribute("HPOS") || !e.hasAttribute("VPOS")) {
            return null;
        }
        return new Box(page, num(e, "HPOS") * f, num(e, "VPOS") * f, num(e, "WIDTH") * f, num(e, "HEIGHT") * f);
    }
}
