package com.jiaodui.store;

import java.util.Locale;

/** Where an editor is with an article. {@link #id()} is the stored and printed name. */
public enum ReviewStatus {
    UNREVIEWED, IN_PROGRESS, DONE;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** {@code unreviewed}, {@code in_progress} or {@code done}. */
    public String id() {
        return id;
    }

    public static ReviewStatus fromId(String id) {
        for (ReviewStatus s : values()) {
            if (s.id.equals(id) || s.name().equalsIgnoreCase(id) || s.id.replace('_', '-').equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review status: " + id);
    }
}
