package com.jiaodui.text;

/** How sure a detector is: errors and warnings carry fixes that {@code clean} applies, info flags are only shown. */
public enum Severity {
    ERROR, WARNING, INFO
}
