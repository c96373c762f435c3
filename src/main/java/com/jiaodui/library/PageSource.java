package com.jiaodui.library;

import com.jiaodui.text.Format;

/** The text of one version of a page as imported. */
public record PageSource(long id, String name, String raw, Format format) {}
