package com.jiaodui.compare;

/** The two versions: A on the left, B on the right. */
public enum Side { A, B }
