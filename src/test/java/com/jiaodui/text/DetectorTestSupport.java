package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Shared helpers of the detector tests: sample pages, running a detector, finding and applying flags. */
final class DetectorTestSupport {
    private DetectorTestSupport() {}

    static Page sample(String name) {
        try {
            return PageReader.read(TextDecoder.read(Path.of("assets/samples", name)));
        } catch (UnreadablePageException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Page text(String raw) {
        return PageReader.read(raw, Format.TEXT);
    }

    static Page markdown(String raw) {
        return PageReader.read(raw, Format.MARKDOWN);
    }

    static List<Flag> run(Detector detector, Page page) {
        List<Flag> out = new ArrayList<>();
        detector.detect(page, out);
        for (Flag f : out) {
            assertTrue(f.start() >= 0 && f.end() <= page.raw().length() && f.start() <= f.end(), "span inside raw: " + f);
        }
        return out;
    }

    /**
     * The flag whose raw span is {@code target} inside the first occurrence of {@code context} in the raw
     * text (context may span a hard wrap: "市）\n和" is written "市） 和" if the space is the target).
     */
    static Flag flagAt(Page page, List<Flag> flags, String context, String target) {
        int[] span = spanOf(page, context, target);
        for (Flag f : flags) {
            if (f.start() == span[0] && f.end() == span[1]) {
                return f;
            }
        }
        return fail("no flag on '" + target + "' in '" + context + "' at " + span[0] + ".." + span[1] + "; flags near: "
                + flags.stream().filter(f -> Math.abs(f.start() - span[0]) < 20).map(Flag::toString)
                        .collect(Collectors.joining("\n")));
    }

    /** Whether any flag overlaps {@code target} inside {@code context}. */
    static boolean flagged(Page page, List<Flag> flags, String context, String target) {
        int[] span = spanOf(page, context, target);
        return flags.stream().anyMatch(f -> f.start() < span[1] && span[0] < f.end()
                || f.start() == f.end() && f.start() >= span[0] && f.start() < span[1]);
    }

    static int[] spanOf(Page page, String context, String target) {
        int c = page.raw().indexOf(context);
        assertTrue(c >= 0, "context not in the page: " + context);
        int t = page.raw().indexOf(target, c);
        assertTrue(t >= 0 && t + target.length() <= c + context.length(), "target not in context: " + target);
        return new int[] {t, t + target.length()};
    }

    /** The raw text with the fixes of the flags that {@code clean} would apply (non-INFO, with a replacement). */
    static String applyFixes(String raw, List<Flag> flags) {
        List<Flag> fixes = flags.stream().filter(Flag::hasFix).sorted(Comparator.comparingInt(Flag::start)).toList();
        StringBuilder b = new StringBuilder(raw.length());
        int at = 0;
        for (Flag f : fixes) {
            if (f.start() < at) {
                continue;
            }
            b.append(raw, at, f.start()).append(f.replacement());
            at = f.end();
        }
        return b.append(raw.substring(at)).toString();
    }

    /** The reflowed text of every block of the page, joined by blank lines. */
    static String blocksText(Page page) {
        return page.blocks().stream().map(Block::string).collect(Collectors.joining("\n\n"));
    }
}
