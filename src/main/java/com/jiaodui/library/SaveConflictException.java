package com.jiaodui.library;

import java.io.IOException;

/**
 * A save was refused: another editor saved the article after the revision the editor's text was made on. Nothing
 * was saved; the app shows the editor's text beside the current one to merge them.
 */
public final class SaveConflictException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient String mine;
    private final transient String current;
    private final long currentRevisionId;
    private final String currentEditor;

    public SaveConflictException(String message, String mine, String current, long currentRevisionId,
                                 String currentEditor, Throwable cause) {
        super(message, cause);
        this.mine = mine;
        this.current = current;
        this.currentRevisionId = currentRevisionId;
        this.currentEditor = currentEditor;
    }

    public String mine() {
        return mine;
    }

    public String current() {
        return current;
    }

    public long currentRevisionId() {
        return currentRevisionId;
    }

    public String currentEditor() {
        return currentEditor;
    }
}
