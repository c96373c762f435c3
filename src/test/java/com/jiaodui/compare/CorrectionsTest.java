package com.jiaodui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Format;
import com.jiaodui.text.LearnedFix;
import com.jiaodui.text.LearnedFixDetector;
import com.jiaodui.text.PageReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning from an editor's corrections: extracting them from two saves, flagging the same confusion elsewhere. */
class CorrectionsTest {

    private static String sample(String name) throws Exception {
        return Files.readString(Path.of("assets/samples", name), StandardCharsets.UTF_8);
    }

    private static List<Flag> learned(List<LearnedFix> fixes, String page) {
        List<Flag> out = new ArrayList<>();
        new LearnedFixDetector(fixes).detect(PageReader.read(page, Format.TEXT), out);
        return out;
    }

    @Test
    void theEditorsCorrectionOfPageAIsLearntAndFlaggedOnAnotherPage() throws Exception {
        // the editor corrects page-a's raw text layer where the other OCR version reads 风貌 for 风采,
        // and a misread 己 that the test puts in
        String before = sample("page-a.raw.txt").replace("全面推进", "全面推进己经");
        String after = before.replace("精神风采", "精神风貌").replace("全面推进己经", "全面推进已经");
        List<LearnedFix> fixes = Corrections.extract(before, after, "editor1", "2026-12-01T22:00:00Z");
        assertTrue(fixes.stream().anyMatch(f -> f.from().equals("采") && f.to().equals("貌")
                || f.from().equals("风采") && f.to().equals("风貌")), fixes.toString());
        LearnedFix ji = fixes.stream().filter(f -> f.from().equals("己")).findFirst().orElseThrow();
        assertEquals("已", ji.to());
        assertEquals("经", ji.right().substring(0, 1));
        assertEquals("editor1", ji.by());

        // another page with the same confusion in the same context
        String other = sample("page-c.raw.txt").replaceFirst("。", "。他己经来了。");
        List<Flag> flags = learned(fixes, other);
        Flag f = flags.stream().filter(x -> x.replacement().equals("已")).findFirst().orElseThrow(() -> new AssertionError(flags));
        assertEquals(FlagKind.LEARNED_FIX, f.kind());
        assertEquals("己", other.substring(f.start(), f.end()));
        assertTrue(f.message().contains("editor1"), f.message());
        // not in another context: 自己 stays
        assertTrue(learned(fixes, "他对自己说。").isEmpty());

        // removing the learnt pair removes the flag
        List<LearnedFix> without = new ArrayList<>(fixes);
        without.remove(ji);
        assertTrue(learned(without, other).stream().noneMatch(x -> x.replacement().equals("已")));
    }

    @Test
    void onlyHanReplacementsOfTheSameLengthAreCorrections() {
        List<LearnedFix> fixes = Corrections.extract("截至 1月 2日，他己经到了,好", "截至1月2日，他已经到了，好", "", "");
        assertEquals(1, fixes.size(), fixes.toString());
        assertEquals("己", fixes.get(0).from());
    }

    @Test
    void learntFixesAreInfoAndCleanLeavesThem() {
        List<LearnedFix> fixes = List.of(new LearnedFix("己", "已", "", "经", "", ""));
        List<com.jiaodui.text.Detector> ds = new ArrayList<>(Analyzer.defaultDetectors());
        ds.add(new LearnedFixDetector(fixes));
        var a = new Analyzer(ds).analyze("他己经走了。", Format.TEXT);
        assertTrue(a.flags().stream().anyMatch(x -> x.kind() == FlagKind.LEARNED_FIX && !x.hasFix()), a.flags().toString());
        assertTrue(a.cleaned().text().contains("己经"));
    }

    @Test
    void aLearntPairNeedsMoreThanOneNeighbourOrTheSameWord() {
        // 己 → 已 corrected in 他己经走: the same word (已经, not 己经) elsewhere is flagged
        List<LearnedFix> ji = List.of(new LearnedFix("己", "已", "他", "经走", "editor1", ""));
        assertEquals(1, learned(ji, "我们己经完成了任务。").size());
        // one neighbour alone, on the side that makes no word, is not the same context; nor is 自己
        assertEquals(List.of(), learned(ji, "他己任重道远。自己的事，知己好友。"));

        // 钢 → 锡 in a name (赵钢昌): no word on either side, so both neighbours or two on one side
        List<LearnedFix> name = List.of(new LearnedFix("钢", "锡", "长赵", "昌强", "", ""));
        assertEquals(1, learned(name, "会上，赵钢昌强调要加强管理。").size());
        assertEquals(1, learned(name, "副市长赵钢昌出席。").size()); // 长赵 before it
        assertEquals(1, learned(name, "赵钢昌出席。").size()); // 赵 … 昌 around it
        assertEquals(List.of(), learned(name, "赵钢铁厂的钢昌盛。钢材运到了。"));

        // 风采 → 风貌 (both words): only with two characters of the context it had
        List<LearnedFix> look = List.of(new LearnedFix("采", "貌", "神风", "。学", "", ""));
        assertEquals(1, learned(look, "展现了干部群众的精神风采。").size());
        assertEquals(List.of(), learned(look, "他的风采依旧。大家采风归来。"));
    }
}
