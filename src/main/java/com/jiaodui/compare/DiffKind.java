package com.jiaodui.compare;

import java.util.Locale;

/** What a difference does to the left (A) version to turn it into the right (B) version. */
public enum DiffKind {
    /** Text only in B. */
    INSERT,
    /** Text only in A. */
    DELETE,
    /** Different text at the same place. */
    REPLACE,
    /** A block printed at one place in A and another place in B (its inner differences are reported separately). */
    MOVE;

    /** The JSON name: {@code insert}, {@code delete}, {@code replace}, {@code move}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
