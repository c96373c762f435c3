package com.jiaodui.text.lm;

/**
 * {@link CharContext} over the engine's own {@link LanguageModel} (jieba-analysis 1.0.2's word counts, the
 * table the build writes): the same words and probabilities the join checks use, loaded once for both. A
 * word is looked up in the model's own hash (one multiply and, almost always, one probe; nothing allocated):
 * a copy of the keys in a table of this view's own took 12 MB that the page's look-ups spread over.
 */
public final class ModelCharContext implements CharContext {
    private static final int BITS = 20;
    private static final int MASK = (1 << BITS) - 1;

    private final LanguageModel lm;
    private final double unknownLogp;

    private ModelCharContext(LanguageModel lm) {
        if (lm.size() > (1 << BITS) / 2) {
            throw new IllegalStateException("language model too large for the character view: " + lm.size() + " words");
        }
        this.lm = lm;
        unknownLogp = lm.unknownLogp();
    }

    private static final class Holder {
        static final ModelCharContext INSTANCE = new ModelCharContext(LanguageModel.get());
    }

    /** The view of {@link LanguageModel#get()}, made on first call. */
    public static ModelCharContext get() {
        return Holder.INSTANCE;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
    }

    @Override
    public double logp(char[] text, int start, int end) {
        int len = end - start;
        if (len <= 0 || len > LanguageModel.MAX_WORD) {
            return Double.NaN;
        }
        long key = 0;
        for (int k = start; k < end; k++) {
            key |= (long) text[k] << (16 * (k - start));
        }
        return lm.packedLogp(key);
    }

    @Override
    public double unknownLogp() {
        return unknownLogp;
    }

    @Override
    public int maxWordLength() {
        return LanguageModel.MAX_WORD;
    }

    @Override
    public void forEachWord(double minLogp, WordSink sink) {
        // in the order of an open-addressing table of the keys (the order this view gave before it used the
        // model's hash): the suspect-char index built from it lists a pair's entries in this order
        long[] keys = new long[1 << BITS];
        float[] logps = new float[1 << BITS];
        for (int i = 0; i < lm.size(); i++) {
            long key = lm.keyAt(i);
            int s = slot(key);
            while (keys[s] != 0) {
                s = (s + 1) & MASK;
            }
            keys[s] = key;
            logps[s] = lm.logpAt(i);
        }
        char[] buf = new char[LanguageModel.MAX_WORD];
        for (int s = 0; s < keys.length; s++) {
            long key = keys[s];
            if (key == 0 || logps[s] < minLogp) {
                continue;
            }
            int len = 0;
            boolean han = true;
            for (long k = key; k != 0; k >>>= 16) {
                char c = (char) (k & 0xFFFF);
                buf[len++] = c;
                han &= c >= 0x4E00 && c <= 0x9FFF;
            }
            if (len >= 2 && han) {
                sink.word(buf, len, logps[s]);
            }
        }
    }
}
