package com.jiaodui.review;

/** Where an article stands in review. */
public enum ReviewStatus {
    UNREVIEWED, IN_PROGRESS, DONE
}
