package com.jiaodui.text;

import com.jiaodui.text.lm.CharContext;
import com.jiaodui.text.lm.LanguageModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold load of the character check in a fresh JVM (one measurement per JVM; run it several times):
 * {@code java -cp "target/test-classes:target/classes:target/lib/*" com.jiaodui.text.CharLoadProbe}.
 * Prints, in milliseconds: the engine's language model (shared with the join checks), the character view of
 * it, the confusion-pair index, and the first suspect-char check of a short page after all three.
 */
public final class CharLoadProbe {
    private CharLoadProbe() {}

    public static void main(String[] args) {
        Page page = PageReader.read("他己经走了，带着对末来的希望。", Format.TEXT);
        TraditionalTable.get(); // loaded by the engine anyway (traditional-char)
        new PunctuationWidthDetector().detect(PageReader.read("他说,好的.", Format.TEXT), new ArrayList<>()); // as in the engine: another detector ran first (string concatenation, Flag)
        long t0 = System.nanoTime();
        LanguageModel.get();
        long t1 = System.nanoTime();
        CharContext.standard();
        long t2 = System.nanoTime();
        SuspectCharDetector.Index.standard();
        long t3 = System.nanoTime();
        List<Flag> out = new ArrayList<>();
        new SuspectCharDetector().detect(page, out);
        long t4 = System.nanoTime();
        System.out.printf("language model %.0f ms, character view %.0f ms, pair index %.0f ms, first check %.0f ms;"
                + " together %.0f ms (%d flags)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6,
                (t4 - t0) / 1e6, out.size());
    }
}
