package com.jiaodui.compare;

/** What the merged text takes for one difference. */
public enum Choice {
    /** A's text (the default). For a move: the block stays where A prints it. */
    LEFT,
    /** B's text. For a move: the block goes where B prints it. */
    RIGHT,
    /** A's text followed by B's text. For a move: the block is kept at both places. */
    BOTH,
    /** Text typed by the editor ({@link Merge#edit}). */
    CUSTOM
}
