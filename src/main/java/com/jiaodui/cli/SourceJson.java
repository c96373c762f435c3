package com.jiaodui.cli;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Flag;
import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.SourceFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a PDF or OCR file adds to a command's JSON: the format, the notes of the reading and, on each flag
 * of {@code check}, the {@code box} {page, x, y, w, h} (PDF points from the page's top-left) where its
 * line sits on the printed page. A text page's JSON is left exactly as it was.
 */
final class SourceJson {
    private SourceJson() {}

    @SuppressWarnings("unchecked")
    static Object withSource(Object json, SourceDocument d, Analysis a) {
        if (d.format() == SourceFormat.TEXT || d.format() == SourceFormat.MARKDOWN || !(json instanceof Map<?, ?>)) {
            return json;
        }
        Map<String, Object> doc = (Map<String, Object>) json;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (e.getKey().equals("file")) {
                out.put("format", d.format().name().toLowerCase(java.util.Locale.ROOT));
                out.put("pages", d.geometry().pages().size());
                if (!d.notes().isEmpty()) {
                    out.put("notes", d.notes());
                }
            }
        }
        Object flags = out.get("flags");
        if (flags instanceof List<?> list && list.size() == a.flags().size()) {
            for (int i = 0; i < list.size(); i++) {
                Flag f = a.flags().get(i);
                Optional<Box> box = d.geometry().boxOf(f.start(), f.end());
                if (box.isPresent() && list.get(i) instanceof Map<?, ?> m) {
                    ((Map<String, Object>) m).put("box", box(box.get()));
                }
            }
        }
        return out;
    }

    static Map<String, Object> box(Box b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", b.page());
        m.put("x", round(b.x()));
        m.put("y", round(b.y()));
        m.put("w", round(b.w()));
        m.put("h", round(b.h()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
