package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    static final String PAGE = "本报讯（记者 李 丹 王建军） 3月28\r\n日晚，市疫情防控指挥部工作会议以钉钉\r\n视频形式召开，通报当前全市疫情防控工\r\n作总体情况。各級各部门要进一步提高认识。\r\n";

    @TempDir
    Path dir;

    private SourceText roundTrip(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return TextDecoder.read(p);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        SourceText plain = roundTrip("a.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", plain.encoding());
        assertEquals(PAGE, plain.raw(), "line ends kept exactly");
        SourceText bom = roundTrip("b.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8)));
        assertTrue(bom.bom());
        assertEquals(PAGE, bom.raw(), "the BOM is not part of the text");
    }

    @Test
    void utf16WithBom() throws Exception {
        SourceText le = roundTrip("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", le.encoding());
        assertEquals(PAGE, le.raw());
        SourceText be = roundTrip("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PAGE.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16BE", be.encoding());
        assertEquals(PAGE, be.raw());
    }

    @Test
    void gb18030AndBig5AreDetected() throws Exception {
        String page = Files.readString(Path.of("assets/samples/page-c.raw.txt"));
        SourceText gb = roundTrip("gb.txt", page.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", gb.encoding());
        assertEquals(page, gb.raw());
        String trad = "市政府新聞辦公室今日舉行記者會，說明各級單位疫情防控的最新進展。\n記者從會上獲悉，全市已經完成第四輪全員核酸檢測，結果全部為陰性。\n";
        SourceText big5 = roundTrip("big5.txt", trad.repeat(3).getBytes(Charset.forName("Big5")));
        assertEquals("Big5", big5.encoding());
        assertEquals(trad.repeat(3), big5.raw());
    }

    @Test
    void crAndCrlfLineEndsAreKept() throws Exception {
        String cr = PAGE.replace("\r\n", "\r");
        assertEquals(cr, roundTrip("cr.txt", cr.getBytes(StandardCharsets.UTF_8)).raw());
        Page p = PageReader.read(cr, Format.TEXT);
        assertEquals(4, p.lineCount());
        assertEquals(2, p.lineOf(cr.indexOf("日晚")));
    }

    @Test
    void badFilesGetAReasonNamingThem() throws Exception {
        UnreadablePageException empty = assertThrows(UnreadablePageException.class, () -> roundTrip("empty.txt", new byte[0]));
        assertTrue(empty.getMessage().contains("empty.txt") && empty.getMessage().contains("empty"), empty.getMessage());
        byte[] bin = new byte[4096];
        for (int i = 0; i < bin.length; i++) {
            bin[i] = (byte) (i * 31 % 256);
        }
        UnreadablePageException binary = assertThrows(UnreadablePageException.class, () -> roundTrip("img.png.txt", bin));
        assertTrue(binary.getMessage().contains("img.png.txt") && binary.getMessage().contains("binary"), binary.getMessage());
        UnreadablePageException folder = assertThrows(UnreadablePageException.class, () -> TextDecoder.read(dir));
        assertTrue(folder.getMessage().contains("directory"), folder.getMessage());
        UnreadablePageException missing = assertThrows(UnreadablePageException.class, () -> TextDecoder.read(dir.resolve("nope.txt")));
        assertTrue(missing.getMessage().contains("nope.txt") && missing.getMessage().contains("no such file"));
        UnreadablePageException blank = assertThrows(UnreadablePageException.class, () -> roundTrip("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)));
        assertTrue(blank.getMessage().contains("no text"), blank.getMessage());
    }

    @Test
    void shaIsOfTheBytes() throws Exception {
        SourceText s = roundTrip("a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", s.sha256());
        assertFalse(s.bom());
    }
}
