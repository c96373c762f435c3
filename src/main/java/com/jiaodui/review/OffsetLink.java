package com.jiaodui.review;

import com.jiaodui.compare.CharDiff;
import com.jiaodui.text.MappedText;
import java.util.Arrays;
import java.util.List;

/**
 * Links the article text being edited to the raw page: every current character remembers the index of the
 * character of the original article text (the engine's {@link MappedText}) it came from, or, for typed
 * characters, the original index it was inserted before (stored as {@code -index-1}). Keys are
 * non-decreasing, so the raw→current direction is a binary search. Edits splice the array (O(n), cheap even
 * for half a million characters). After a restart the link is rebuilt by a character diff of the original
 * and the saved text.
 */
public final class OffsetLink {
    private final MappedText origin;
    private int[] map;
    private int size;

    public OffsetLink(MappedText origin) {
        this.origin = origin;
        this.size = origin.length();
        this.map = new int[Math.max(16, size + size / 8)];
        for (int i = 0; i < size; i++) {
            map[i] = i;
        }
    }

    /** A link for {@code current}, a later version of {@code origin.text()}, found by a character diff. */
    public static OffsetLink diffed(MappedText origin, String current) {
        OffsetLink link = new OffsetLink(origin);
        String a = origin.text();
        if (a.equals(current)) {
            return link;
        }
        List<CharDiff.Edit> edits = CharDiff.edits(a, current);
        // apply from the end so earlier positions stay valid
        for (int d = edits.size() - 1; d >= 0; d--) {
            CharDiff.Edit e = edits.get(d);
            link.replace(e.aStart(), e.aEnd(), e.bEnd() - e.bStart());
        }
        return link;
    }

    public int size() {
        return size;
    }

    private static int key(int v) {
        return v >= 0 ? v : -v - 1;
    }

    /** Replaces current {@code [start,end)} by {@code insertedLength} typed characters; returns the removed entries. */
    public int[] replace(int start, int end, int insertedLength) {
        int anchor = end < size ? key(map[end]) : origin.length();
        int[] ins = new int[insertedLength];
        Arrays.fill(ins, -anchor - 1);
        return replace(start, end, ins);
    }

    /** Replaces current {@code [start,end)} by the given entries (from an earlier {@code replace}); returns the removed ones. */
    public int[] replace(int start, int end, int[] entries) {
        int[] removed = Arrays.copyOfRange(map, start, end);
        int newSize = size - (end - start) + entries.length;
        if (newSize > map.length) {
            map = Arrays.copyOf(map, newSize + newSize / 4 + 16);
        }
        System.arraycopy(map, end, map, start + entries.length, size - end);
        System.arraycopy(entries, 0, map, start, entries.length);
        size = newSize;
        return removed;
    }

    /** Original-text index of current character {@code i} (for typed characters: where they were inserted). */
    public int originIndex(int i) {
        return key(map[i]);
    }

    public boolean typed(int i) {
        return map[i] < 0;
    }

    /** The raw span of current {@code [from,to)}: the hull of the raw spans of its original characters. */
    public int[] toRaw(int from, int to) {
        from = Math.max(0, Math.min(from, size));
        to = Math.max(from, Math.min(to, size));
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = from; i < to; i++) {
            if (map[i] >= 0) {
                lo = Math.min(lo, map[i]);
                hi = Math.max(hi, map[i]);
            }
        }
        if (hi < 0) {
            int o = from < size ? key(map[from]) : origin.length();
            return origin.toRaw(o, o);
        }
        return origin.toRaw(lo, hi + 1);
    }

    /** The current span matching raw {@code [rawFrom,rawTo)}. */
    public int[] fromRaw(int rawFrom, int rawTo) {
        int[] o = origin.fromRaw(rawFrom, rawTo);
        int s = firstAtOrAfter(o[0]);
        int e = o[1] > o[0] ? firstAtOrAfter(o[1]) : s;
        // typed characters inside the span belong to it; trailing typed ones before o[1] are included by the search
        return new int[] {s, Math.max(s, e)};
    }

    /** First current index whose original key is {@code >= o}; {@code size} if none. */
    public int firstAtOrAfter(int o) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key(map[mid]) < o) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // skip typed characters anchored at o only if a kept character with key o follows them
        return lo;
    }
}
