package com.jiaodui.tools;

import com.jiaodui.cli.EvalCharsCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Mines the misreadings Tesseract really makes, for the {@code suspect-char} confusion set: given a folder of
 * {@code NAME.gold.txt} / {@code NAME.ocr.txt} pairs made by {@link OcrPageMaker} and Tesseract from text that is
 * <em>not</em> the evaluation's (the correct corpus {@code ../shared/corpus/simplified}; the evaluation's OCR is
 * {@code assets/eval/ocr}, of the sample pages), aligns each pair as the evaluation does
 * ({@link EvalCharsCommand#misreadings}) and writes every (true character, character read) pair with its count
 * to {@code src/main/resources/com/jiaodui/text/ocr-confusion.txt}. Only the counts are committed, never the
 * corpus text or its OCR. Run by hand:
 * <pre>
 * for f in ../shared/corpus/simplified/*.txt; do n=$(basename $f .txt)
 *   java -Djava.awt.headless=true -cp target/test-classes com.jiaodui.tools.OcrPageMaker \
 *       /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc $f /tmp/ocr/$n
 *   tesseract /tmp/ocr/$n.png /tmp/ocr/$n.ocr -l chi_sim --psm 6; done
 * java -cp "target/test-classes:target/classes:target/lib/*" com.jiaodui.tools.OcrConfusionMiner /tmp/ocr \
 *     src/main/resources/com/jiaodui/text/ocr-confusion.txt
 * </pre>
 */
public final class OcrConfusionMiner {
    private OcrConfusionMiner() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, Integer> counts = new TreeMap<>();
        int files = 0;
        int errors = 0;
        long chars = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".gold.txt")).sorted().toList()) {
                Path o = Path.of(g.toString().replace(".gold.txt", ".ocr.txt"));
                if (!Files.isRegularFile(o)) {
                    continue;
                }
                String gold = Files.readString(g, StandardCharsets.UTF_8);
                String read = Files.readString(o, StandardCharsets.UTF_8);
                files++;
                chars += gold.length();
                for (Map.Entry<Integer, Character> e : EvalCharsCommand.misreadings(gold, read).entrySet()) {
                    counts.merge(e.getValue() + "\t" + read.charAt(e.getKey()), 1, Integer::sum);
                    errors++;
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("# Tesseract 5 chi_sim misreadings (true character, character read, times seen), mined by");
        out.add("# src/test/java/com/jiaodui/tools/OcrConfusionMiner.java from OcrPageMaker pages of the correct corpus");
        out.add("# (" + files + " files, " + chars + " characters, " + errors + " Han-for-Han misreadings); not from assets/eval/ocr.");
        counts.forEach((k, v) -> out.add(k + "\t" + v));
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.err.println(files + " files, " + errors + " misreadings, " + counts.size() + " pairs -> " + args[1]);
    }
}
