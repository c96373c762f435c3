package com.jiaodui.app.data;

/** An editor's decision on a flag. */
public enum FlagState {
    OPEN, ACCEPTED, REJECTED
}
