package com.jiaodui.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Child process of {@link StoreCrashTest}: imports generated pages and saves revisions in a loop until it is
 * killed, printing "REV id article sha256 END" after every save returned (and "IMPORT …" after every import).
 */
public final class CrashWorker {
    private CrashWorker() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Random rnd = new Random(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Library lib = Library.open(db, Library.Options.defaults().withBusyTimeout(10_000))) {
            // the pipeline is built before READY, as the library used to build its analyzer when opened
            com.jiaodui.library.Importer importer = com.jiaodui.library.Importer.of(lib);
            // the language model of suspect-char loads once, lazily: load it before the kills start
            new com.jiaodui.text.Analyzer().analyze("预热", com.jiaodui.text.Format.TEXT);
            out.println("READY");
            out.flush();
            for (int i = 0; ; i++) {
                if (i % 5 == 0 || lib.stats().articles() == 0) {
                    Path page = work.resolve("crash-" + args[2] + "-" + i + ".md");
                    Files.writeString(page, generatedPage(rnd, 6));
                    ImportResult r = importer.importSource(com.jiaodui.text.TextDecoder.read(page));
                    out.println("IMPORT " + r.versionId() + " END");
                    out.flush();
                }
                List<ArticleSummary> all = lib.allArticles();
                ArticleSummary a = all.get(rnd.nextInt(all.size()));
                String text = "修改稿 " + i + " " + paragraph(rnd, 200 + rnd.nextInt(2000));
                if (rnd.nextInt(4) == 0) {
                    lib.saveDraft(a.id(), text);
                }
                Revision rev = lib.saveRevision(a.id(), text, "crash-" + args[2], "iteration " + i);
                out.println("REV " + rev.id() + " " + a.id() + " " + sha(text) + " END");
                out.flush();
                if (rnd.nextInt(3) == 0) {
                    lib.setStatus(a.id(), ReviewStatus.values()[rnd.nextInt(3)]);
                }
            }
        }
    }

    static String sha(String text) {
        return com.jiaodui.text.TextDecoder.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CHARS = "中国人民政府经济发展社会文化教育科技卫生健康疫情防控工作会议市县区乡镇村农业工业"
            + "生产建设服务群众企业项目投资城市交通环境保护安全新闻记者报道学习强国平台活动组织领导干部党委书记";

    static String paragraph(Random rnd, int len) {
        StringBuilder sb = new StringBuilder(len + len / 20);
        for (int i = 0; i < len; i++) {
            sb.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
            if (i % 23 == 22) {
                sb.append('，');
            }
        }
        return sb.append('。').toString();
    }

    static String generatedPage(Random rnd, int articles) {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < articles; a++) {
            sb.append("## ").append(paragraph(rnd, 6 + rnd.nextInt(8))).append("\n\n");
            for (int p = 0; p < 3; p++) {
                sb.append(paragraph(rnd, 80 + rnd.nextInt(200))).append("\n\n");
            }
        }
        return sb.toString();
    }
}
