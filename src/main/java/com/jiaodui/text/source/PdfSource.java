package com.jiaodui.text.source;

import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import com.jiaodui.text.UnreadablePageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer with PDFBox, in the order the PDF draws it (an e-paper PDF draws column by
 * column), one raw line per printed line, with the box of every line and block.
 *
 * <p>PDFBox's own line writer guesses a space wherever two glyphs stand further apart than its
 * tolerance; in justified Chinese columns that puts spaces between characters that the page never had.
 * So this reader takes the glyphs PDFBox found (with its duplicate-overlap suppression) and builds the
 * lines itself: a space glyph in the PDF is kept, a gap becomes a space only between two Latin or digit
 * glyphs, never next to a CJK character. Paragraph gaps (a vertical gap of more than half a line) become
 * a blank line. Hand-written because PDFBox has no setting for "no guessed spaces next to CJK".
 */
final class PdfSource {
    /** A vertical gap this much larger than the usual line pitch is a blank line. */
    private static final double BLANK_GAP = 1.5;

    private PdfSource() {}

    static SourceDocument read(Path path, byte[] bytes) throws UnreadablePageException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            RawBuilder out = new RawBuilder();
            List<String> notes = new ArrayList<>();
            Stripper s = new Stripper(out, notes);
            s.getText(doc);
            String raw = out.text();
            Geometry g = out.geometry();
            int imageOnly = (int) g.pages().stream().filter(SourcePage::imageOnly).count();
            if (imageOnly == g.pages().size()) {
                notes.add(0, path + ": has no text layer (" + (imageOnly == 1 ? "an image-only page" : imageOnly
                        + " image-only pages") + "): OCR is needed — run it through an OCR pipeline (MinerU, Tesseract hOCR, ABBYY ALTO) and import that output");
            }
            SourceText src = new SourceText(path.toAbsolutePath(), raw, "PDF", false, TextDecoder.sha256(bytes));
            return new SourceDocument(src, SourceFormat.PDF, g, path, notes);
        } catch (InvalidPasswordException e) {
            throw new UnreadablePageException(path, "is an encrypted PDF (a password is needed to read its text)", e);
        } catch (IOException e) {
            throw new UnreadablePageException(path, "is not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    /** Glyphs → lines and blocks; see the class comment. */
    private static final class Stripper extends PDFTextStripper {
        private final RawBuilder out;
        private final List<String> notes;

        Stripper(RawBuilder out, List<String> notes) {
            this.out = out;
            this.notes = notes;
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        /** One printed line: its glyphs in drawing order. */
        private record Line(List<TextPosition> glyphs, double baseline, double size) { }

        @Override
        protected void writePage() {
            int number = getCurrentPageNo();
            PDPage page = getCurrentPage();
            PDRectangle crop = page.getCropBox();
            boolean rotated = page.getRotation() % 180 != 0;
            double w = rotated ? crop.getHeight() : crop.getWidth();
            double h = rotated ? crop.getWidth() : crop.getHeight();
            out.beginPage(number, w, h);
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                Line cur = null;
                for (TextPosition t : article) {
                    double size = Math.max(1, t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
                    if (cur == null || startsNewLine(cur, t, size)) {
                        cur = new Line(new ArrayList<>(), t.getYDirAdj(), size);
                        lines.add(cur);
                    }
                    cur.glyphs.add(t);
                }
            }
            lines.removeIf(l -> l.glyphs.stream().allMatch(t -> t.getUnicode() == null || t.getUnicode().isBlank()));
            if (lines.isEmpty()) {
                out.endPage(true);
                notes.add("page " + number + " has no text layer (an image-only page): OCR is needed");
                return;
            }
            double top = Double.MAX_VALUE;
            List<Double> steps = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                top = Math.min(top, lines.get(i).baseline - lines.get(i).size);
                if (i > 0) {
                    double d = lines.get(i).baseline - lines.get(i - 1).baseline;
                    if (d > 0.5 * lines.get(i).size) {
                        steps.add(d);
                    }
                }
            }
            steps.sort(null);
            double pitch = steps.isEmpty() ? lines.get(0).size * 1.3 : steps.get(steps.size() / 2);
            out.beginBlock(null);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (i > 0) {
                    Line prev = lines.get(i - 1);
                    double d = l.baseline - prev.baseline;
                    boolean gap = d > 0 ? d > BLANK_GAP * pitch
                            // a new column: a blank line when it does not start at the top of the text
                            : l.baseline - l.size - top > 0.5 * pitch;
                    if (gap) {
                        out.beginBlock(null);
                    }
                }
                writeLine(number, l);
            }
            out.endPage(false);
        }

        private static boolean startsNewLine(Line cur, TextPosition t, double size) {
            TextPosition last = cur.glyphs.get(cur.glyphs.size() - 1);
            if (Math.abs(t.getYDirAdj() - cur.baseline) > 0.5 * Math.min(size, cur.size)) {
                return true;
            }
            // back to the left on the same baseline: the next column's line at the same height
            return t.getXDirAdj() < last.getXDirAdj() - 0.5 * size;
        }

        private void writeLine(int page, Line l) {
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            StringBuilder sb = new StringBuilder();
            TextPosition prev = null;
            for (TextPosition t : l.glyphs) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                double size = l.size;
                if (prev != null && !u.isBlank() && !isBlankGlyph(prev)) {
                    double gap = t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                    String pu = prev.getUnicode();
                    if (gap > 0.25 * size && !isCjk(pu.charAt(pu.length() - 1)) && !isCjk(u.charAt(0))) {
                        sb.append(' ');
                    }
                }
                sb.append(u);
                if (!u.isBlank()) {
                    x0 = Math.min(x0, t.getXDirAdj());
                    x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                    // the em box of the glyph: CJK faces put ~0.88 em above the baseline and ~0.12 below
                    y0 = Math.min(y0, t.getYDirAdj() - 0.88 * size);
                    y1 = Math.max(y1, t.getYDirAdj() + 0.12 * size);
                }
                prev = t;
            }
            // trailing spaces are not part of the line; leading ones (indentation) are
            int e = sb.length();
            while (e > 0 && sb.charAt(e - 1) == ' ') {
                e--;
            }
            sb.setLength(e);
            if (x0 == Double.MAX_VALUE) {
                return;
            }
            out.line(sb.toString(), new Box(page, x0, y0, x1 - x0, y1 - y0));
        }

        private static boolean isBlankGlyph(TextPosition t) {
            return t.getUnicode() == null || t.getUnicode().isBlank();
        }
    }

    /** Han, kana, hangul, and full-width punctuation and forms: set solid, no space guessed beside them. */
    static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '…' || c == '—' || c == '“' || c == '”' || c == '‘' || c == '’')
                || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
                || b == Character.UnicodeBlock.HANGUL_SYLLABLES
                || b == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS;
    }
}
