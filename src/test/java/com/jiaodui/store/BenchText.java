package com.jiaodui.store;

import java.util.Random;

/**
 * Generated newspaper-like Chinese text for the benchmarks: words drawn from a vocabulary with a Zipf
 * distribution (so some two-character words are in most articles and most are in few), sentences with
 * full-width punctuation.
 */
public final class BenchText {
    /** Common words first (rank 1 is the most frequent). */
    static final String[] WORDS = ("的 在 和 了 是 工作 发展 我们 建设 群众 推进 全面 加强 坚持 今年 进一步 开展 要求 "
            + "服务 社会 经济 企业 项目 重点 组织 领导 干部 落实 部门 疫情 防控 全市 全县 乡镇 村民 农民 农业 "
            + "产业 城市 乡村 振兴 教育 学校 学生 教师 医院 医疗 卫生 健康 文化 旅游 交通 道路 安全 生产 环境 "
            + "保护 生态 污染 治理 改革 创新 科技 人才 就业 收入 扶贫 脱贫 小康 养老 住房 市场 消费 价格 投资 "
            + "资金 财政 税收 银行 金融 会议 活动 宣传 学习 精神 思想 党员 支部 书记 主任 记者 报道 通讯员 "
            + "春节 元旦 节日 假期 天气 降雨 气温 寒潮 冬季 春耕 小麦 玉米 粮食 蔬菜 水果 养殖 生猪 食品 "
            + "药品 疫苗 接种 核酸 检测 隔离 确诊 病例 无症状 感染者 密切 接触 居家 监测 志愿者 社区 网格 "
            + "法院 检察 公安 民警 案件 诈骗 交警 消防 火灾 应急 救援 河道 水利 电力 供暖 燃气 网络 平台 "
            + "数字 直播 电商 快递 物流 高速 铁路 机场 公交 出租 停车 老人 儿童 妇女 青年 家庭 邻里 志愿 "
            + "体育 比赛 运动会 冠军 足球 篮球 书法 绘画 戏曲 豫剧 非遗 博物馆 图书馆 展览 电影 演出 诗歌 "
            + "周口 郑州 洛阳 开封 商丘 西华 淮阳 项城 沈丘 郸城 太康 鹿邑 扶沟 商水 黄河 淮河 颍河 沙河").split(" ");

    private final Random rnd;
    private final double[] cumulative;

    public BenchText(long seed) {
        rnd = new Random(seed);
        cumulative = new double[WORDS.length];
        double sum = 0;
        for (int i = 0; i < WORDS.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < WORDS.length; i++) {
            cumulative[i] /= sum;
        }
    }

    public String word() {
        double x = rnd.nextDouble();
        int lo = 0;
        int hi = WORDS.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return WORDS[lo];
    }

    public String title() {
        StringBuilder sb = new StringBuilder();
        int n = 3 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[5 + rnd.nextInt(WORDS.length - 5)]);
        }
        return sb.toString();
    }

    /** About {@code chars} characters of text in paragraphs separated by blank lines. */
    public String body(int chars) {
        StringBuilder sb = new StringBuilder(chars + 32);
        int sentence = 0;
        while (sb.length() < chars) {
            sb.append(word());
            sentence++;
            if (sentence > 6 && rnd.nextInt(5) == 0) {
                sb.append(rnd.nextInt(4) == 0 ? "。" : "，");
                if (rnd.nextInt(12) == 0) {
                    sb.append("\n\n");
                }
                sentence = 0;
            }
        }
        return sb.append('。').toString();
    }

    public int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    /** An article text as the importer stores it: title, blank line, body. */
    public String article(String title, int chars) {
        return title + "\n\n" + body(chars);
    }

    /** A Markdown page of {@code articles} articles. */
    public String markdownPage(int articles, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            sb.append("## ").append(title()).append("\n\n").append(body(chars)).append("\n\n");
        }
        return sb.toString();
    }

    /** Fills a library with {@code n} articles on pages of 10 (no analysis: straight through the store). */
    public static void fill(Library lib, int n, long seed) {
        BenchText g = new BenchText(seed);
        int perBatch = 2000;
        for (int done = 0; done < n; ) {
            int upto = Math.min(n, done + perBatch);
            int from = done;
            lib.batch(() -> {
                long version = -1;
                for (int i = from; i < upto; i++) {
                    String title = g.title();
                    if (i % 10 == 0 || version < 0) {
                        // the page's own text is its first article
                        version = Imports.importText(lib, "gen-" + i + ".md", "## " + title + "\n\n"
                                + g.body(300 + g.nextInt(700)) + "\n", com.jiaodui.text.Format.MARKDOWN).versionId();
                        continue;
                    }
                    lib.createArticle(version, title, g.article(title, 300 + g.nextInt(700)), "gen", "");
                }
            });
            done = upto;
        }
    }
}
