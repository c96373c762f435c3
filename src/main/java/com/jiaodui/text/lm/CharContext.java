package com.jiaodui.text.lm;

/**
 * The word statistics that the character checks ({@code suspect-char}) score a context with: a unigram word
 * model (a word's log probability) over words of 1 to {@link #maxWordLength()} characters. Kept this small so
 * that the engine's own language model stands behind it ({@link #standard()}, {@link ModelCharContext}).
 *
 * <p>Implementations are immutable and thread-safe; lookups allocate nothing.
 */
public interface CharContext {

    /** Natural-log probability of the word {@code text[start,end)}; NaN when it is not a known word (or is too long). */
    double logp(char[] text, int start, int end);

    /** Whether {@code text[start,end)} is a known word. */
    default boolean known(char[] text, int start, int end) {
        return !Double.isNaN(logp(text, start, end));
    }

    /** The log probability a character that is no word is scored with (a word seen half a time). */
    double unknownLogp();

    /** The longest word {@link #logp} knows. */
    int maxWordLength();

    /** Calls {@code sink} for every known word of 2..{@link #maxWordLength()} Han characters of log probability at least {@code minLogp}. */
    void forEachWord(double minLogp, WordSink sink);

    /** Receives one word: {@code chars[0,length)} is only valid during the call. */
    @FunctionalInterface
    interface WordSink {
        void word(char[] chars, int length, double logp);
    }

    /**
     * The log-probability of the best segmentation of {@code text[from,to)} into known words (jieba's route:
     * the product of the words' probabilities; a character that is no word costs {@link #unknownLogp()}).
     * When {@code covering} is not null, {@code covering[0]} receives the length of the word of that route
     * that holds position {@code at}. {@code best} and {@code back} are scratch arrays of at least
     * {@code to - from + 1} elements (so that a caller in a loop allocates nothing).
     */
    default double bestRoute(char[] text, int from, int to, int at, int[] covering, double[] best, int[] back) {
        int n = to - from;
        int max = maxWordLength();
        double unknown = unknownLogp();
        best[0] = 0;
        for (int i = 1; i <= n; i++) {
            best[i] = Double.NEGATIVE_INFINITY;
            for (int len = 1; len <= max && len <= i; len++) {
                double v = logp(text, from + i - len, from + i);
                if (Double.isNaN(v)) {
                    if (len != 1) {
                        continue;
                    }
                    v = unknown;
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

    /** {@link #bestRoute(char[], int, int, int, int[], double[], int[])} with its own scratch arrays. */
    default double bestRoute(char[] text, int from, int to, int at, int[] covering) {
        return bestRoute(text, from, to, at, covering, new double[to - from + 1], new int[to - from + 1]);
    }

    /** The engine's language model ({@link LanguageModel#get()}) as a character context, loaded once on first use. */
    static CharContext standard() {
        return ModelCharContext.get();
    }
}
