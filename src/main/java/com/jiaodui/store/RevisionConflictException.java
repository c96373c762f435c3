package com.jiaodui.store;

/**
 * A save was refused because its base revision is no longer the article's current one: another editor saved in
 * the meantime. Nothing was saved; {@link #current()} is the revision the editor's text has to be merged with.
 */
public final class RevisionConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Revision current;
    private final int base;

    RevisionConflictException(String message, int base, Revision current) {
        super(null, Reason.CONFLICT, message);
        this.base = base;
        this.current = current;
    }

    /** The revision number the refused save was based on. */
    public int base() {
        return base;
    }

    /** The article's current revision (saved by someone else after the base). */
    public Revision current() {
        return current;
    }
}
