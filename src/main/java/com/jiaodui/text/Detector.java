package com.jiaodui.text;

import java.util.List;

/** One kind of defect finder. Implementations are stateless and thread-safe. */
public interface Detector {

    /** Adds the flags this detector finds on the page to {@code out}; spans are raw offsets. */
    void detect(Page page, List<Flag> out);

    /** Whether this detector's fixes edit text inside one block (spaces, characters), not the page's structure. */
    default boolean inline() {
        return false;
    }

    /** Whether every flag of this detector is INFO (no fix to apply): the settling rounds of cleaning skip it. */
    default boolean infoOnly() {
        return false;
    }
}
