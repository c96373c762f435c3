package com.jiaodui.app.data;

import com.jiaodui.text.Format;

/** A page's raw text as imported. */
public record PageSource(long id, String name, String raw, Format format) {}
