package com.jiaodui.text;

import java.util.List;

/**
 * {@code learned-fix}: the same confusion an editor already corrected, in the same kind of context, with the
 * editor's replacement (INFO: shown, accepted one by one in the review; never applied by {@code clean}).
 * "Same kind of context": the wrong form with the character that stood just before it or just after it when
 * the editor corrected it (己 corrected in 己经 flags 己经 and 他己, not every 己 as in 自己).
 */
public final class LearnedFixDetector implements Detector {
    private final List<LearnedFix> fixes;

    public LearnedFixDetector(List<LearnedFix> fixes) {
        this.fixes = List.copyOf(fixes);
    }

    @Override
    public boolean infoOnly() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        if (fixes.isEmpty()) {
            return;
        }
        for (Block block : page.blocks()) {
            MappedText t = block.text();
            String s = t.text();
            for (LearnedFix f : fixes) {
                String from = f.from();
                for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + 1)) {
                    int end = i + from.length();
                    boolean leftSame = !f.left().isEmpty() && i > 0 && s.charAt(i - 1) == f.left().charAt(f.left().length() - 1);
                    boolean rightSame = !f.right().isEmpty() && end < s.length() && s.charAt(end) == f.right().charAt(0);
                    if (!leftSame && !rightSame) {
                        continue;
                    }
                    int[] raw = t.toRaw(i, end);
                    if (raw[1] <= raw[0]) {
                        continue;
                    }
                    String variant = (f.by().isEmpty() ? "" : ".by") + (f.when().isEmpty() ? "" : ".on");
                    out.add(new Flag(FlagKind.LEARNED_FIX, raw[0], raw[1],
                            Msg.of("flag.learned-fix" + variant, from, f.to(), f.by(), f.when()),
                            f.to(), Severity.INFO));
                }
            }
        }
    }
}
