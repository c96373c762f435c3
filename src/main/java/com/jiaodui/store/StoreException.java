package com.jiaodui.store;

import java.nio.file.Path;

/**
 * Anything that went wrong in the library. The message is meant for the user as it is: it names the
 * library file (or the file being imported or exported) and says what happened, e.g.
 * {@code /home/ed/.local/share/jiaodui/library.db: the library is locked by another program (waited 5 s); nothing was saved}.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Reason reason;

    /** What kind of failure, for callers that react differently (e.g. offer a retry when locked). */
    public enum Reason {
        LOCKED, CORRUPT, NOT_A_LIBRARY, TOO_NEW, READ_ONLY, MISSING_DIRECTORY, DISK_FULL, IO, NOT_FOUND,
        BAD_INPUT, OTHER,
        /** The shared library's server cannot be reached (down, network, login refused). */
        UNREACHABLE,
        /** A save named a base revision that is no longer the current one ({@link RevisionConflictException}). */
        CONFLICT
    }

    public StoreException(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public StoreException(Path file, Reason reason, String detail, Throwable cause) {
        super(file == null ? detail : com.jiaodui.text.UnreadablePageException.shown(file) + ": " + detail, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file the message is about (the library, or an input/output file); may be null. */
    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
