package com.jiaodui.text;

import java.nio.file.Path;

/** A file that cannot be read as a page; the message names the file and the reason, for one line on stderr. */
public class UnreadablePageException extends Exception {
    private final transient Path path;
    private final String reason;

    public UnreadablePageException(Path path, String reason) {
        this(path, reason, null);
    }

    public UnreadablePageException(Path path, String reason, Throwable cause) {
        super(shown(path) + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /**
     * A path as shown in a one-line message: line breaks, other control characters and bidirectional controls in
     * a file name are written as escapes (\\n, \\u202E), so that the message stays one line and reads in order.
     */
    public static String shown(Object path) {
        String s = String.valueOf(path);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\u061C'
                    || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                if (!bad) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
