package com.jiaodui.app.data;

/** Where an article stands in review. */
public enum ReviewStatus {
    UNREVIEWED, IN_PROGRESS, DONE
}
