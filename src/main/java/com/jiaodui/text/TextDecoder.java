package com.jiaodui.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a page file: detects its encoding (byte order marks, strict UTF-8, then ICU's charset
 * detector for GB18030/GBK, Big5 and BOM-less UTF-16), and refuses empty, binary, oversized and
 * unreadable files with a reason.
 */
public final class TextDecoder {
    /** Pages are a few tens of kilobytes; anything above this is not a page. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextDecoder() {}

    public static SourceText read(Path path) throws UnreadablePageException {
        if (Files.isDirectory(path)) {
            throw new UnreadablePageException(path, "is a directory, not a page file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadablePageException(path, "too large to be a page (" + size / (1024 * 1024)
                        + " MiB; the limit is " + MAX_BYTES / (1024 * 1024) + " MiB)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadablePageException(path, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadablePageException(path, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadablePageException(path, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return decode(path, bytes);
    }

    public static SourceText decode(Path path, byte[] bytes) throws UnreadablePageException {
        String sha = sha256(bytes);
        if (bytes.length == 0) {
            throw new UnreadablePageException(path, "is empty");
        }
        String enc;
        int skip = 0;
        boolean bom = false;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            enc = "UTF-8";
            skip = 3;
            bom = true;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            enc = "UTF-16LE";
            skip = 2;
            bom = true;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            enc = "UTF-16BE";
            skip = 2;
            bom = true;
        } else {
            Detected d = detect(bytes);
            if (d == null) {
                throw new UnreadablePageException(path, "is binary or not text in a known encoding");
            }
            return checked(path, d.text(), d.charset(), false, sha);
        }
        String text;
        try {
            text = strict(enc).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadablePageException(path, "is not valid " + enc + " text", e);
        }
        return checked(path, text, enc, bom, sha);
    }

    private static SourceText checked(Path path, String text, String enc, boolean bom, String sha)
            throws UnreadablePageException {
        if (text.isBlank()) {
            throw new UnreadablePageException(path, "holds no text (only white space)");
        }
        if (looksBinary(text)) {
            throw new UnreadablePageException(path, "is binary, not a text page");
        }
        return new SourceText(path, text, enc, bom, sha);
    }

    private static String tryDecode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** BOM-less bytes decoded: the charset found and the text (each candidate is decoded once). */
    record Detected(String charset, String text) { }

    /**
     * The charset and text of BOM-less bytes (strict UTF-8 first, then ICU's detector for GB18030,
     * Big5, UTF-16, ..., then GB18030 and Big5 by trial), or null when they are not text.
     */
    static Detected detect(byte[] bytes) {
        boolean nul = containsNul(bytes);
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return nul ? null : new Detected("UTF-8", utf8);
        }
        CharsetDetector det = new CharsetDetector();
        det.setText(bytes);
        for (CharsetMatch m : det.detectAll()) {
            String name = canonical(m.getName());
            if (name == null || !Charset.isSupported(name)
                    || nul && !name.startsWith("UTF-16") && !name.startsWith("UTF-32")) {
                continue;
            }
            String text = tryDecode(bytes, Charset.forName(name));
            if (text != null) {
                return new Detected(name, text);
            }
        }
        if (nul) {
            return null;
        }
        // Chinese pages: GB18030 decodes any byte sequence GBK does, then Big5.
        for (String fallback : new String[] {"GB18030", "Big5"}) {
            String text = tryDecode(bytes, Charset.forName(fallback));
            if (text != null) {
                return new Detected(fallback, text);
            }
        }
        return null;
    }

    private static String canonical(String icuName) {
        return switch (icuName) {
            case "GB18030", "GBK", "GB2312" -> "GB18030";
            case "Big5", "Big5-HKSCS" -> "Big5";
            case "UTF-16LE", "UTF-16BE", "UTF-8", "UTF-32LE", "UTF-32BE", "EUC-JP", "EUC-KR", "Shift_JIS" -> icuName;
            default -> null; // single-byte Latin guesses are never right for a Chinese page
        };
    }

    private static CharsetDecoder strict(String enc) {
        return Charset.forName(enc).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }


    private static boolean containsNul(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > Math.max(8, n / 100);
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
}
