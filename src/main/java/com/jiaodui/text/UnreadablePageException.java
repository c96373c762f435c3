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
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
