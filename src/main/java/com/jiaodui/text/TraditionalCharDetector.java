package com.jiaodui.text;

import java.util.List;

/**
 * {@code traditional-char}: a traditional character leaked into simplified text (各級 → 各级, 十九屆 → 十九届).
 * The conversion comes from ICU4J's {@code Traditional-Simplified} table (see {@link TraditionalTable});
 * characters that are also valid in simplified text (乾隆, 著名, 慰藉) are not flagged.
 *
 * <p>A page written in traditional characters is left alone: when more than half of the page's
 * script-specific characters (traditional-only plus simplified-only) are traditional, nothing is flagged.
 * One WARNING flag per character, replaced by its simplified form.
 */
public final class TraditionalCharDetector implements Detector {

    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        TraditionalTable table = TraditionalTable.get();
        byte[] kinds = table.kinds();
        List<Block> blocks = page.blocks();
        int traditional = 0;
        int simplified = 0;
        int[] withTraditional = null; // indexes of the blocks holding traditional characters
        int count = 0;
        for (int b = 0; b < blocks.size(); b++) {
            String s = blocks.get(b).string();
            int before = traditional;
            for (int i = 0, n = s.length(); i < n; i++) {
                int k = kinds[s.charAt(i)]; // 0 neither, 1 traditional-only, 2 simplified-only: counted branch-free
                traditional += k & 1;
                simplified += k >> 1;
            }
            if (traditional > before) {
                if (withTraditional == null) {
                    withTraditional = new int[8];
                } else if (count == withTraditional.length) {
                    withTraditional = java.util.Arrays.copyOf(withTraditional, count * 2);
                }
                withTraditional[count++] = b;
            }
        }
        if (traditional == 0 || traditional * 2 > traditional + simplified) {
            return; // nothing to flag, or a page written in traditional characters
        }
        for (int k = 0; k < count; k++) {
            MappedText t = blocks.get(withTraditional[k]).text();
            String s = t.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (kinds[c] == 1 && t.rawEnd(i) > t.rawStart(i)) {
                    char to = table.simplify(s, i);
                    out.add(new Flag(FlagKind.TRADITIONAL_CHAR, t.rawStart(i), t.rawEnd(i),
                            Msg.of("flag.traditional-char", String.valueOf(c), String.valueOf(to)), String.valueOf(to), Severity.WARNING));
                }
            }
        }
    }
}
