package com.jiaodui.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a page file and decodes it without ever guessing wrong silently.
 *
 * <ul>
 *   <li>Only regular files are read: a folder, FIFO, device or socket is refused at once (before opening it, so
 *       a FIFO cannot hang the reader); the size is checked before reading and reading stops at
 *       {@link #MAX_BYTES} + 1, so memory stays bounded by the limit whatever the file claims.</li>
 *   <li>A byte order mark decides (UTF-8, UTF-16LE/BE, UTF-32LE/BE).</li>
 *   <li>Without one, the bytes are scanned as UTF-8 line by line. A page that is UTF-8 except for a few bad
 *       sequences stays UTF-8: each bad sequence becomes one U+FFFD, recorded with its byte offset in
 *       {@link SourceText#invalid()} (the garbled-char detector flags it). Lines that are clearly in another
 *       encoding next to real UTF-8 lines make the page "mixed encodings (UTF-8 and GB18030 at byte N)".</li>
 *   <li>Only a page with no UTF-8 evidence goes to the legacy detector (ICU's, restricted to CJK charsets, then
 *       GB18030 and Big5 by trial); UTF-16 without a BOM is accepted only when nearly every character it decodes
 *       to is one a Chinese page holds.</li>
 *   <li>A NUL byte, control-character soup, an empty or blank file are refused with their reason.</li>
 * </ul>
 *
 * <p>The UTF-8 scan is hand-written (not {@code CharsetDecoder}) because it must report each malformed
 * sequence's byte offset and count good multi-byte sequences per line, which the JDK decoder does not expose.
 * It follows the Unicode "maximal subpart" practice: one U+FFFD per maximal invalid subsequence.
 *
 * <p>Cost: one pass over the bytes plus one decode, linear in the size (20–40 MB/s on the shared build machine); memory about
 * 8× the file size at most (bytes, chars, the string; 64 MiB: about 550 MB resident).
 */
public final class TextDecoder {
    /** Pages are a few tens of kilobytes; anything above this is not a page. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** ICU's detector looks at this much of a file (enough to tell; it is slow on megabytes). */
    private static final int DETECT_BYTES = 256 * 1024;

    private TextDecoder() {}

    public static SourceText read(Path path) throws UnreadablePageException {
        BasicFileAttributes attrs = attributes(path);
        if (attrs.isDirectory()) {
            throw new UnreadablePageException(path, "is a directory, not a page file");
        }
        if (!attrs.isRegularFile()) {
            throw new UnreadablePageException(path, "is " + kind(path) + ", not a regular file; only page files are read");
        }
        if (attrs.size() > MAX_BYTES) {
            throw tooLarge(path, attrs.size());
        }
        byte[] bytes;
        try (SeekableByteChannel ch = Files.newByteChannel(path, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(ch)) {
            // at most the limit + 1: a file that grows (or lies about its size) cannot take more memory
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        } catch (AccessDeniedException e) {
            throw new UnreadablePageException(path, "permission denied", e);
        } catch (NoSuchFileException e) {
            throw new UnreadablePageException(path, "no such file", e);
        } catch (IOException e) {
            throw new UnreadablePageException(path, "cannot be read (" + ioReason(e) + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(path, bytes.length);
        }
        return decode(path, bytes);
    }

    private static BasicFileAttributes attributes(Path path) throws UnreadablePageException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(path)) {
                String to = "";
                try {
                    to = " to " + Files.readSymbolicLink(path);
                } catch (IOException ignored) {
                    // the reason stands without the target
                }
                throw new UnreadablePageException(path, "is a broken symbolic link" + to, e);
            }
            throw new UnreadablePageException(path, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadablePageException(path, "permission denied", e);
        } catch (FileSystemException e) {
            String r = String.valueOf(e.getReason());
            if (r.contains("symbolic links")) {
                throw new UnreadablePageException(path, "is a symbolic link loop", e);
            }
            throw new UnreadablePageException(path, "cannot be read (" + ioReason(e) + ")", e);
        } catch (IOException e) {
            throw new UnreadablePageException(path, "cannot be read (" + ioReason(e) + ")", e);
        }
    }

    /** What a non-regular, non-directory file is, from its Unix mode ("a named pipe (FIFO)", ...). */
    public static String kind(Path path) {
        return com.jiaodui.text.FileKinds.kind(path);
    }

    private static UnreadablePageException tooLarge(Path path, long size) {
        return new UnreadablePageException(path, "is too large to be a page (" + size(size) + "; the limit is "
                + size(MAX_BYTES) + ")");
    }

    /** An exact size: "64 MiB", "64 MiB + 100 B", "1000 B". */
    static String size(long bytes) {
        long mib = bytes >> 20;
        long rest = bytes & ((1L << 20) - 1);
        if (mib == 0) {
            return bytes + " B";
        }
        return rest == 0 ? mib + " MiB" : mib + " MiB + " + rest + " B";
    }

    private static String ioReason(IOException e) {
        if (e instanceof FileSystemException fe && fe.getReason() != null) {
            return fe.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Decodes a file's bytes; the text keeps {@code bytes} (not to be changed afterwards) until it is asked for their hash. */
    public static SourceText decode(Path path, byte[] bytes) throws UnreadablePageException {
        if (bytes.length == 0) {
            throw new UnreadablePageException(path, "is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(path, bytes, 3, true);
        }
        String bomEnc = startsWith(bytes, 0xFF, 0xFE, 0, 0) ? "UTF-32LE"
                : startsWith(bytes, 0, 0, 0xFE, 0xFF) ? "UTF-32BE"
                : startsWith(bytes, 0xFF, 0xFE) ? "UTF-16LE"
                : startsWith(bytes, 0xFE, 0xFF) ? "UTF-16BE" : null;
        if (bomEnc != null) {
            int skip = bomEnc.startsWith("UTF-32") ? 4 : 2;
            if (bytes.length == skip) {
                throw new UnreadablePageException(path, "is empty (only a byte order mark)");
            }
            if ((bytes.length - skip) % skip != 0) {
                throw new UnreadablePageException(path, "is not valid " + bomEnc + " text (its byte order mark says "
                        + bomEnc + ", but it has an odd number of bytes: " + bytes.length + ")");
            }
            String text = strict(bytes, skip, bytes.length - skip, Charset.forName(bomEnc));
            if (text == null) {
                throw new UnreadablePageException(path, "is not valid " + bomEnc + " text (its byte order mark says "
                        + bomEnc + ", but it holds invalid code units)");
            }
            return checked(path, text, bomEnc, true, bytes, List.of());
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            String enc = utf16Evidence(bytes);
            if (enc != null) {
                return checked(path, strict(bytes, 0, bytes.length, Charset.forName(enc)), enc, false, bytes, List.of());
            }
            throw new UnreadablePageException(path, "is binary, not a text page (a NUL byte at byte " + nul + ")");
        }
        Utf8Scan scan = Utf8Scan.of(bytes, 0);
        if (scan.invalid.isEmpty()) {
            return checked(path, scan.text(), "UTF-8", false, bytes, List.of());
        }
        if (scan.utf8Evidence == 0) {
            // no UTF-8 at all: a legacy page, or UTF-16 without its byte order mark
            String enc = utf16Evidence(bytes);
            if (enc != null) {
                return checked(path, strict(bytes, 0, bytes.length, Charset.forName(enc)), enc, false, bytes, List.of());
            }
            Detected d = detectLegacy(bytes, 0, bytes.length);
            if (d != null) {
                return checked(path, d.text(), d.charset(), false, bytes, List.of());
            }
            if (scan.foreignLines > 0) {
                throw new UnreadablePageException(path, "is binary or not text in a known encoding");
            }
            // ASCII with a stray bad byte or two: read as UTF-8 below
        } else if (scan.utf8Evidence * 10 < scan.invalid.size()) {
            // a legacy page where a line or two happen to be valid UTF-8
            Detected d = detectLegacy(bytes, 0, bytes.length);
            if (d != null) {
                return checked(path, d.text(), d.charset(), false, bytes, List.of());
            }
        }
        return utf8(path, bytes, 0, false);
    }

    /** A page that is UTF-8 (it says so, or its bytes are real UTF-8): bad sequences kept as U+FFFD, or refused when mixed. */
    private static SourceText utf8(Path path, byte[] bytes, int skip, boolean bom) throws UnreadablePageException {
        Utf8Scan scan = Utf8Scan.of(bytes, skip);
        if (scan.invalid.isEmpty()) {
            if (bytes.length == skip) {
                throw new UnreadablePageException(path, "is empty (only a byte order mark)");
            }
            return checked(path, scan.text(), "UTF-8", bom, bytes, List.of());
        }
        if (scan.foreignLines > 0 && (scan.utf8Evidence > 0 || bom)) {
            Detected other = detectLegacy(scan.foreignBytes(bytes), 0, -1);
            String enc = other == null ? null : other.charset();
            if (enc != null) {
                if (scan.utf8Evidence == 0 && bom) {
                    throw new UnreadablePageException(path, "is not UTF-8 although it starts with a UTF-8 byte order mark "
                            + "(it looks like " + enc + " from byte " + scan.firstForeignStart + ")");
                }
                boolean utf8First = scan.firstUtf8LineStart < scan.firstForeignStart;
                throw new UnreadablePageException(path, "mixed encodings (" + (utf8First ? "UTF-8 and " + enc : enc + " and UTF-8")
                        + " at byte " + (utf8First ? scan.firstForeignStart : scan.firstUtf8LineStart) + ")");
            }
        }
        long badBytes = scan.invalid.stream().mapToLong(SourceText.Invalid::byteLength).sum();
        if (badBytes * 20 > bytes.length - skip) {
            throw new UnreadablePageException(path, "is not valid UTF-8 (" + scan.invalid.size()
                    + " invalid byte sequences, the first at byte " + scan.invalid.get(0).byteOffset() + ")");
        }
        return checked(path, scan.text(), "UTF-8", bom, bytes, scan.invalid);
    }

    /** The decoded text, refused when it is binary or blank; {@code bytes} are the file's, hashed when asked. */
    private static SourceText checked(Path path, String text, String enc, boolean bom, byte[] bytes,
                                      List<SourceText.Invalid> invalid)
            throws UnreadablePageException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new UnreadablePageException(path, "is binary, not a text page (a NUL character at character " + nul + ")");
        }
        if (text.isBlank()) {
            throw new UnreadablePageException(path, "holds no text (only white space)");
        }
        int controls = controls(text);
        if (controls > Math.max(8, Math.min(text.length(), 1 << 16) / 100)) {
            throw new UnreadablePageException(path, "is binary, not a text page (" + controls
                    + " control characters in its first " + Math.min(text.length(), 1 << 16) + " characters)");
        }
        return SourceText.hashedLater(path, text, enc, bom, bytes, invalid);
    }

    private static String strict(byte[] bytes, int off, int len, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** BOM-less bytes decoded: the charset found and the text (each candidate is decoded once). */
    record Detected(String charset, String text) { }

    /** The charset and text of BOM-less bytes, or null when they are not text ({@link #decode} decides UTF-8 first). */
    static Detected detect(byte[] bytes) {
        if (indexOfNul(bytes) < 0) {
            Utf8Scan scan = Utf8Scan.of(bytes, 0);
            if (scan.invalid.isEmpty()) {
                return new Detected("UTF-8", scan.text());
            }
        }
        String enc = utf16Evidence(bytes);
        if (enc != null) {
            return new Detected(enc, strict(bytes, 0, bytes.length, Charset.forName(enc)));
        }
        return indexOfNul(bytes) >= 0 ? null : detectLegacy(bytes, 0, bytes.length);
    }

    /**
     * A CJK legacy charset that decodes {@code bytes[from, to)} strictly: ICU's guesses restricted to charsets a
     * Chinese page comes in, then GB18030 (which decodes anything GBK does) and Big5 by trial.
     */
    static Detected detectLegacy(byte[] bytes, int from, int to) {
        byte[] part = to < 0 || from == 0 && to == bytes.length ? bytes : Arrays.copyOfRange(bytes, from, to);
        CharsetDetector det = new CharsetDetector();
        det.setText(part.length > DETECT_BYTES ? Arrays.copyOf(part, DETECT_BYTES) : part);
        List<String> tried = new ArrayList<>();
        for (CharsetMatch m : det.detectAll()) {
            String name = canonical(m.getName());
            if (name == null || tried.contains(name) || !Charset.isSupported(name)) {
                continue;
            }
            tried.add(name);
            String text = strict(part, 0, part.length, Charset.forName(name));
            if (text != null) {
                return new Detected(name, text);
            }
        }
        for (String fallback : new String[] {"GB18030", "Big5"}) {
            if (!tried.contains(fallback)) {
                String text = strict(part, 0, part.length, Charset.forName(fallback));
                if (text != null) {
                    return new Detected(fallback, text);
                }
            }
        }
        return null;
    }

    private static String canonical(String icuName) {
        return switch (icuName) {
            case "GB18030", "GBK", "GB2312" -> "GB18030";
            case "Big5", "Big5-HKSCS" -> "Big5";
            case "EUC-JP", "EUC-KR", "Shift_JIS" -> icuName;
            default -> null; // single-byte Latin guesses are never right for a Chinese page; UTF-* are decided before
        };
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when BOM-less bytes are UTF-16 beyond reasonable doubt: an even length, strictly
     * valid, and at least 95 % of the characters ones a Chinese page holds (CJK, ASCII, CJK and full-width
     * punctuation, white space). UTF-8 or GBK bytes read as UTF-16 give Hangul, CJK extension and private-use
     * soup that fails this.
     */
    static String utf16Evidence(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        for (String enc : new String[] {"UTF-16LE", "UTF-16BE"}) {
            int n = Math.min(bytes.length, 1 << 16);
            String text = strict(bytes, 0, n - n % 2, Charset.forName(enc));
            if (text == null && n < bytes.length) {
                text = strict(bytes, 0, n - 2, Charset.forName(enc)); // a pair cut at the sample's end
            }
            if (text == null || text.isEmpty()) {
                continue;
            }
            int plausible = 0;
            int cjk = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean han = c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
                cjk += han ? 1 : 0;
                if (han || c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t'
                        || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2000 && c <= 0x206F
                        || c >= 0x00A0 && c <= 0x00FF || c == 0x00B7) {
                    plausible++;
                }
            }
            if (plausible * 100 >= text.length() * 95L && text.length() >= 2
                    && (cjk > 0 || text.chars().anyMatch(c -> c >= 0x20 && c < 0x7F))
                    && strict(bytes, 0, bytes.length, Charset.forName(enc)) != null) {
                return enc;
            }
        }
        return null;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int controls(String text) {
        int n = Math.min(text.length(), 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One pass of UTF-8 over the bytes: the text (each maximal invalid subsequence as one U+FFFD), the invalid
     * sequences with byte and char offsets, and per line whether it is real UTF-8 (multi-byte sequences, at most
     * a stray bad one) or "foreign" (more bad sequences than good: another encoding).
     */
    static final class Utf8Scan {
        final List<SourceText.Invalid> invalid = new ArrayList<>();
        /** Good multi-byte sequences on lines that are UTF-8. */
        long utf8Evidence;
        int foreignLines;
        int firstForeignStart = -1;
        int firstUtf8LineStart = Integer.MAX_VALUE;
        /** {start, end} of the first foreign lines (at most 2000). */
        final List<int[]> foreign = new ArrayList<>();
        private char[] out;
        private int len;

        String text() {
            return new String(out, 0, len);
        }

        static Utf8Scan of(byte[] b, int from) {
            Utf8Scan s = new Utf8Scan();
            int n = b.length;
            s.out = new char[n - from];
            int lineStart = from;
            int good = 0;
            int bad = 0;
            int i = from;
            while (i <= n) {
                if (i == n || b[i] == '\n') {
                    s.endLine(lineStart, i, good, bad);
                    if (i == n) {
                        break;
                    }
                    s.out[s.len++] = '\n';
                    i++;
                    lineStart = i;
                    good = 0;
                    bad = 0;
                    continue;
                }
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    s.out[s.len++] = (char) c;
                    i++;
                    continue;
                }
                int need;
                int min2 = 0x80;
                int max2 = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    if (c == 0xE0) {
                        min2 = 0xA0;
                    } else if (c == 0xED) {
                        max2 = 0x9F; // no UTF-16 surrogates (CESU-8)
                    }
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    if (c == 0xF0) {
                        min2 = 0x90;
                    } else if (c == 0xF4) {
                        max2 = 0x8F;
                    }
                } else {
                    s.bad(i, 1);
                    bad++;
                    i++;
                    continue;
                }
                int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                int k = 1;
                for (; k <= need; k++) {
                    if (i + k >= n) {
                        break;
                    }
                    int d = b[i + k] & 0xFF;
                    if (k == 1 ? d < min2 || d > max2 : d < 0x80 || d > 0xBF) {
                        break;
                    }
                    cp = cp << 6 | (d & 0x3F);
                }
                if (k <= need) {
                    s.bad(i, k); // the maximal subpart: the lead and the continuation bytes that fitted
                    bad++;
                    i += k;
                    continue;
                }
                if (cp >= 0x10000) {
                    s.out[s.len++] = Character.highSurrogate(cp);
                    s.out[s.len++] = Character.lowSurrogate(cp);
                } else {
                    s.out[s.len++] = (char) cp;
                }
                good++;
                i += need + 1;
            }
            return s;
        }

        private void bad(int byteOffset, int length) {
            invalid.add(new SourceText.Invalid(len, byteOffset, length));
            out[len++] = '\uFFFD';
        }

        /** The foreign lines' bytes, one after the other with line feeds between. */
        byte[] foreignBytes(byte[] b) {
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            for (int[] l : foreign) {
                o.write(b, l[0], l[1] - l[0]);
                o.write('\n');
            }
            return o.toByteArray();
        }

        private void endLine(int start, int end, int good, int bad) {
            if (bad >= 2 && bad * 2 > good) {
                foreignLines++;
                if (foreign.size() < 2000) {
                    foreign.add(new int[] {start, end});
                }
                if (firstForeignStart < 0) {
                    firstForeignStart = start;
                }
            } else if (bad == 0 ? good > 0 : good >= 3 && bad * 3 <= good) {
                // clean UTF-8, or real UTF-8 with a stray bad byte; "转02版）" in GBK (two accidental UTF-8
                // sequences around a bad byte) is neither
                utf8Evidence += good;
                firstUtf8LineStart = Math.min(firstUtf8LineStart, start);
            }
        }
    }
}
