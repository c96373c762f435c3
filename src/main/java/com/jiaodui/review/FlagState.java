package com.jiaodui.review;

/** An editor's decision on a flag. */
public enum FlagState {
    OPEN, ACCEPTED, REJECTED
}
