package com.jiaodui.text;

import java.util.Arrays;

/**
 * A text derived from a page's raw text (reflowed, cleaned, ...) that remembers, for every one of its
 * characters, the span of raw text it came from. Inserted characters map to an empty span at the raw
 * position where they were inserted. Derived texts may reorder raw text (a moved block), so the map
 * is not required to be monotonic.
 */
public final class MappedText implements CharSequence {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private volatile int[] inverse;

    private MappedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The identity map: the raw text itself. */
    public static MappedText identity(String raw) {
        return identity(raw, 0);
    }

    /** {@code text} as it stands at {@code offset} of a raw text: character k maps to {@code [offset+k, offset+k+1)}. */
    public static MappedText identity(String text, int offset) {
        int n = text.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = offset + i;
            e[i] = offset + i + 1;
        }
        return new MappedText(text, s, e);
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    /** Raw start of the derived character at {@code i}. */
    public int rawStart(int i) {
        return starts[i];
    }

    /** Raw end (exclusive) of the derived character at {@code i}. */
    public int rawEnd(int i) {
        return ends[i];
    }

    /** The raw span {@code [start,end)} that the derived span {@code [from,to)} came from (its hull). */
    public int[] toRaw(int from, int to) {
        if (from >= to) {
            int p = from < text.length() ? starts[from] : (text.isEmpty() ? 0 : ends[text.length() - 1]);
            return new int[] {p, p};
        }
        int s = Integer.MAX_VALUE;
        int e = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            s = Math.min(s, starts[i]);
            e = Math.max(e, ends[i]);
        }
        return new int[] {s, e};
    }

    /**
     * The derived index of the first character whose raw span ends after {@code rawOffset}, i.e. the
     * character at or just after that raw position; {@code length()} if none.
     */
    public int fromRaw(int rawOffset) {
        int[] inv = inverse();
        if (rawOffset < 0) {
            return 0;
        }
        if (rawOffset >= inv.length) {
            return text.length();
        }
        return inv[rawOffset];
    }

    /** The derived span covering the raw span {@code [rawFrom,rawTo)}: characters whose raw span meets it. */
    public int[] fromRaw(int rawFrom, int rawTo) {
        int lo = -1;
        int hi = -1;
        int first = 0;
        int last = text.length();
        if (monotonic()) {
            // ends are non-decreasing: the first character that can meet the span is found by bisection
            int a = 0;
            int b = text.length();
            while (a < b) {
                int mid = (a + b) >>> 1;
                if (ends[mid] <= rawFrom && starts[mid] < rawFrom) {
                    a = mid + 1;
                } else {
                    b = mid;
                }
            }
            first = a;
        }
        for (int i = first; i < last; i++) {
            if (starts[i] >= rawTo && starts[i] > rawFrom && monotonic()) {
                break;
            }
            boolean meets = starts[i] < rawTo && ends[i] > rawFrom
                    || starts[i] == ends[i] && starts[i] >= rawFrom && starts[i] < rawTo;
            if (meets) {
                if (lo < 0) {
                    lo = i;
                }
                hi = i + 1;
            }
        }
        if (lo < 0) {
            int p = fromRaw(rawFrom);
            return new int[] {p, p};
        }
        return new int[] {lo, hi};
    }

    private volatile Boolean monotonic;

    /** Whether starts and ends never decrease (true for every text the reader makes; false after a move). */
    private boolean monotonic() {
        Boolean m = monotonic;
        if (m == null) {
            boolean ok = true;
            for (int i = 1; i < starts.length && ok; i++) {
                ok = starts[i] >= starts[i - 1] && ends[i] >= ends[i - 1];
            }
            m = ok;
            monotonic = m;
        }
        return m;
    }

    private int[] inverse() {
        int[] inv = inverse;
        if (inv == null) {
            int max = 0;
            for (int e : ends) {
                max = Math.max(max, e);
            }
            inv = new int[max + 1];
            Arrays.fill(inv, Integer.MAX_VALUE);
            for (int i = 0; i < text.length(); i++) {
                int lim = Math.max(ends[i], starts[i] + 1);
                for (int r = starts[i]; r < lim && r < inv.length; r++) {
                    if (inv[r] > i) {
                        inv[r] = i;
                    }
                }
            }
            int next = text.length();
            for (int r = inv.length - 1; r >= 0; r--) {
                if (inv[r] == Integer.MAX_VALUE) {
                    inv[r] = next;
                } else {
                    next = inv[r];
                }
            }
            inverse = inv;
        }
        return inv;
    }

    /** A sub-text with its map. */
    public MappedText slice(int from, int to) {
        return new MappedText(text.substring(from, to),
                Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    /** Without leading and trailing spaces (ASCII, ideographic, tab, no-break). */
    public MappedText strip() {
        int s0 = 0;
        int e0 = text.length();
        while (s0 < e0 && Chars.isSpace(text.charAt(s0))) {
            s0++;
        }
        while (e0 > s0 && Chars.isSpace(text.charAt(e0 - 1))) {
            e0--;
        }
        return s0 == 0 && e0 == text.length() ? this : slice(s0, e0);
    }

    public static Builder builder() {
        return new Builder(16);
    }

    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** Builds a mapped text by appending raw ranges, mapped texts and insertions. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] s;
        private int[] e;

        private Builder(int capacity) {
            sb = new StringBuilder(Math.max(capacity, 16));
            sb.append('\u4E00').setLength(0); // UTF-16 from the start: no re-coding when the first Han character arrives
            s = new int[Math.max(capacity, 16)];
            e = new int[Math.max(capacity, 16)];
        }

        private void ensure(int extra) {
            int need = sb.length() + extra;
            if (need > s.length) {
                int cap = Math.max(need, s.length * 2);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
            }
        }

        /** Appends one character that came from raw span {@code [rawStart,rawEnd)}. */
        public Builder append(char c, int rawStart, int rawEnd) {
            ensure(1);
            s[sb.length()] = rawStart;
            e[sb.length()] = rawEnd;
            sb.append(c);
            return this;
        }

        /** Appends {@code raw[from,to)} unchanged (identity map). */
        public Builder appendRaw(String raw, int from, int to) {
            ensure(to - from);
            int at = sb.length();
            for (int i = from; i < to; i++, at++) {
                s[at] = i;
                e[at] = i + 1;
            }
            sb.append(raw, from, to);
            return this;
        }

        /** Appends text that replaces raw span {@code [rawStart,rawEnd)}: every character maps to that span. */
        public Builder appendReplacement(CharSequence text, int rawStart, int rawEnd) {
            ensure(text.length());
            int at = sb.length();
            Arrays.fill(s, at, at + text.length(), rawStart);
            Arrays.fill(e, at, at + text.length(), rawEnd);
            sb.append(text);
            return this;
        }

        /** Appends text inserted at raw position {@code rawPos} (maps to an empty span). */
        public Builder insert(CharSequence text, int rawPos) {
            return appendReplacement(text, rawPos, rawPos);
        }

        /** Appends a derived text {@code [from,to)} keeping its map. */
        public Builder append(MappedText m, int from, int to) {
            ensure(to - from);
            System.arraycopy(m.starts, from, s, sb.length(), to - from);
            System.arraycopy(m.ends, from, e, sb.length(), to - from);
            sb.append(m.text, from, to);
            return this;
        }

        public Builder append(MappedText m) {
            return append(m, 0, m.length());
        }

        public int length() {
            return sb.length();
        }

        public char charAt(int i) {
            return sb.charAt(i);
        }

        /** Removes trailing characters so the text is {@code len} long. */
        public Builder truncate(int len) {
            sb.setLength(len);
            return this;
        }

        public MappedText build() {
            int n = sb.length();
            if (n == s.length) {
                int[] ss = s;
                int[] ee = e;
                s = new int[0];
                e = new int[0];
                return new MappedText(sb.toString(), ss, ee); // hand the arrays over: no copy
            }
            return new MappedText(sb.toString(), Arrays.copyOf(s, n), Arrays.copyOf(e, n));
        }
    }
}
