package com.jiaodui.text.lm;

/**
 * The word statistics that the character checks ({@code suspect-char}, {@code learned-fix}) score a context
 * with: a unigram word model (a word's corpus count) over words of 1 to {@link #maxWordLength()} characters.
 * Kept this small so that the engine's own language model can stand behind it; {@link #standard()} is the
 * jieba-backed one.
 *
 * <p>Implementations are immutable and thread-safe; lookups allocate nothing.
 */
public interface CharContext {

    /** Corpus count of the word {@code text[start,end)}; 0 when it is not a known word (or is too long). */
    int frequency(char[] text, int start, int end);

    /** Natural log of the total count the frequencies are counts out of. */
    double logTotal();

    /** The longest word {@link #frequency} knows. */
    int maxWordLength();

    /** Calls {@code sink} for every known word of 2..{@link #maxWordLength()} Han characters counted at least {@code min} times. */
    void forEachWord(int min, WordSink sink);

    /** Receives one word: {@code chars[0,length)} is only valid during the call. */
    @FunctionalInterface
    interface WordSink {
        void word(char[] chars, int length, int frequency);
    }

    /**
     * The log-probability of the best segmentation of {@code text[from,to)} into known words (jieba's route:
     * the product of the words' relative frequencies; a character that is no word costs as a word seen half a
     * time). When {@code covering} is not null, {@code covering[0]} receives the length of the word of that
     * route that holds position {@code at}.
     */
    default double bestRoute(char[] text, int from, int to, int at, int[] covering) {
        int n = to - from;
        int max = maxWordLength();
        double lt = logTotal();
        double unknown = Math.log(0.5) - lt;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = Double.NEGATIVE_INFINITY;
            for (int len = 1; len <= max && len <= i; len++) {
                int f = frequency(text, from + i - len, from + i);
                double v;
                if (f > 0) {
                    v = Math.log(f) - lt;
                } else if (len == 1) {
                    v = unknown;
                } else {
                    continue;
                }
                if (best[i - len] + v > best[i]) {
                    best[i] = best[i - len] + v;
                    back[i] = len;
                }
            }
        }
        if (covering != null) {
            int i = n;
            int rel = at - from;
            while (i > 0) {
                int len = back[i];
                if (i - len <= rel && rel < i) {
                    covering[0] = len;
                    break;
                }
                i -= len;
            }
        }
        return best[n];
    }

    /** The jieba-backed model, loaded once on first use. */
    static CharContext standard() {
        return JiebaCharContext.get();
    }
}
