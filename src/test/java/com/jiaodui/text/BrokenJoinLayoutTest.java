package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three false joins the evaluation found on ../shared/corpus as published, rebuilt in hand-written
 * pages of the same layout (src/test/resources/layout): a sub-heading that reads on into its section
 * among sub-headings of the same shape, a sub-heading under a place-name heading, and a paragraph that
 * ends without a stop where joining would make a sentence of 250 characters. Beside each, the real
 * break of the same kind is still joined.
 */
class BrokenJoinLayoutTest {

    static String page(String name) throws IOException {
        try (InputStream in = BrokenJoinLayoutTest.class.getResourceAsStream("/layout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Analysis analyze(String raw) {
        return new Analyzer().analyze(raw, Format.TEXT);
    }

    /** The analysis of a page of src/test/resources/layout. */
    static Analysis analyzePage(String name) throws IOException {
        return analyze(page(name));
    }

    /** The cleaned text of a page of src/test/resources/layout. */
    static String cleaned(String name) throws IOException {
        return analyzePage(name).cleaned().text();
    }

    /** The cleaned text of a page given as its paragraphs (one blank line between them). */
    static String cleanedParagraphs(String... paragraphs) {
        return analyze(String.join("\n\n", paragraphs) + "\n").cleaned().text();
    }

    static List<Flag> joins(Analysis a) {
        return a.flags().stream().filter(f -> f.kind() == FlagKind.BROKEN_JOIN).toList();
    }

    @Test
    void aSubHeadingOfASetStandsAloneButAWordCutAtTheSameLengthIsJoined() throws IOException {
        // "文化旅游引客来" / "看演出" reads on as 来看; its siblings 多彩庙会品年俗 and 非遗表演年味足 say it is a title
        Analysis a = analyzePage("sibling-subheadings.txt");
        List<Flag> joins = joins(a);
        assertEquals(1, joins.size(), joins::toString);
        assertTrue(a.cleaned().text().contains("在广东广州市番禺区，花市"), a.cleaned().text());
        assertTrue(a.cleaned().text().contains("文化旅游引客来\n\n看演出"), a.cleaned().text());
    }

    @Test
    void aSubHeadingOfASetAfterACreditLineStandsAlone() throws IOException {
        // a photo credit ends the section before it as a full stop does (pd-20190206-01-02 as published)
        String raw = page("sibling-subheadings.txt").replace("文化旅游引客来", "本报记者 王 鹏 李晓明 文/图\n\n文化旅游引客来");
        Analysis a = analyze(raw);
        assertEquals(1, joins(a).size(), joins(a)::toString);
        assertTrue(a.cleaned().text().contains("文化旅游引客来\n\n看演出"), a.cleaned().text());
    }

    @Test
    void aListItemThatLeavesAQuotationOpenContinuesInTheNextBlock() {
        String raw = "土地经营权入股发展农业产业化经营\n\n■落实“三权分\n\n置”，严守政策底线。坚持农村土地集体所有，"
                + "依法维护农民集体对承包地的各项权能。\n\n■鼓励有条件的地方探索建立土地经营权入股的风险防范机制。\n\n"
                + "近日，记者就此采访了农业农村部负责人。\n";
        Analysis a = analyze(raw);
        assertEquals(1, joins(a).size(), joins(a)::toString);
        assertTrue(a.cleaned().text().contains("■落实“三权分置”，严守政策底线。"), a.cleaned().text());
        assertTrue(a.cleaned().text().contains("承包地的各项权能。\n\n■鼓励"), a.cleaned().text());
    }

    @Test
    void whatFollowsAParticleElsewhereIsNoEvidenceForAContinuationFurtherOn() {
        // "的" / "也" is counted in the bigrams from "……的，也……": it does not make "也有人担心" the continuation
        String clean = cleanedParagraphs("厕所革命在身边",
                "“以前的公厕不够用，是事实。但城市在发展，人流在增加，怎么办？”环境卫生管理所的负责人向武凯说，必须转变观念。经过考察论证，公园里建起了第一座标准化厕所。",
                "（上接第三版）“这样的做法，我们也考虑过。但低标准建设，改变不了市民心里的公厕形象。市民都觉得脏乱臭是公厕的",
                "代名词，就会产生邻避效应，又是谁都不愿意建在自家门口了。”向武凯说。",
                "也有人担心，市民素质会不会不够高？的确，刚一开始，厕所里一个月光手纸就用了许多箱，大部分都被人顺走。“我们不怕，文明是慢慢养成的。”向武凯说，两个月以后，再没有人顺走手纸了。",
                "社区的居民也开了几场坝坝会，大家最大的呼声，就是在社区建一座公厕。");
        assertTrue(clean.contains("脏乱臭是公厕的代名词，就会"), clean);
        assertTrue(clean.contains("向武凯说。\n\n也有人担心"), clean);
    }

    @Test
    void aShortHalfEndingInAnOrdinalPrefixContinuesPastACopyOfTheLead() {
        // "第" ends no title: "工作人员第" / (the lead printed again) / "一时间了解情况" is one sentence, the copy goes
        String lead = "今年的中央一号文件指出，完善乡村治理机制，保持农村社会和谐稳定。如何通过强基固本，增强凝聚力向心力？近日，记者在多地进行了调查。";
        // the copy stands far from the lead (a repeat of a standfirst that far below could be deliberate)
        String raw = "这些村，为啥变了样\n\n" + lead + "\n\n山西临县的一个村子，过去是远近闻名的乱村。\n\n村里的账目多年没有公开，村民意见很大。"
                + "\n\n几任村干部都没能解决问题，上访的人越来越多。\n\n前年，村里因为土地流转闹起了纠纷，村民到镇上反映情况。\n\n工作人员第\n\n" + lead
                + "\n\n一时间了解情况，向县委做了汇报。随即，县委成立专项整治工作组进驻该村。\n\n如今，村里的面貌一跃迈入全镇前三名。\n";
        String clean = analyze(raw).cleaned().text();
        assertTrue(clean.contains("工作人员第一时间了解情况"), clean);
        assertEquals(1, clean.split("今年的中央一号文件", -1).length - 1, clean);
    }

    @Test
    void aLeadCutAfterItsDatelineIsNoSubtitleAndContinuesFurtherOn() {
        // "央视网消息（新闻联播）：5月16日" under the title is the lead's first half, not a subtitle (cctv-20230516, seed 2)
        String clean = cleanedParagraphs("求是杂志发表重要文章",
                "央视网消息（新闻联播）：5月16日",
                "四是实现基本公共教育服务均等化。提升义务教育均等化水平，建立学生资助体系，促进医教结合。",
                "出版的第10期《求是》杂志发表重要文章《加快建设教育强国》，这是一篇讲话的一部分。",
                "文章强调，建设教育强国是全面建成社会主义现代化强国的战略先导。");
        assertTrue(clean.contains("：5月16日出版的第10期《求是》"), clean);
        assertTrue(clean.contains("讲话的一部分。\n\n四是实现"), clean);
    }

    @Test
    void aNameCutAfterItsSurnameContinuesPastAParagraphThatReadsOnAsWell() {
        // "……高待遇。”刘" / (another paragraph) / "刚认为，……": a clause of one surname is a name cut in two
        String clean = cleanedParagraphs("民营企业如何留住人才",
                "企业负责人说，招人难、留人更难，这是不少民营企业的共同烦恼。",
                "“人才是企业发展的第一资源，必须给高水平人才高待遇。”刘",
                "经过考察，周经理才明白，人家是说真的。在璧山，已有不少知名企业落户。",
                "刚认为，首先可以通过培养多技能工人和团队作业，提高产品质量和生产效率。",
                "同时，民营企业也要正视自身的不足，加快转型升级。");
        assertTrue(clean.contains("高待遇。”刘刚认为，首先"), clean);
        assertTrue(clean.contains("生产效率。\n\n经过考察"), clean);
    }

    @Test
    void aBlockThatContinuesAnArticleOfAnotherPageDoesNotContinueTheBlockBeforeIt() {
        // "（上接第三版）" says where the block comes from: not from "……在此地修建" printed above it (apple-37698500, seed 6)
        String clean = cleanedParagraphs("尼泊尔游记",
                "如果想换个角度俯瞰湖景，则可登上南方丘陵，往日本宗教团体在此地修建",
                "（上接第三版）离开加德满都盆地，离开满眼宗教寺庙的领域后，搭机飞往波卡拉(Po",
                "khara)，航程仅半小时。",
                "的妙法寺方向前进。山上高耸的白色佛塔名为世界和平塔。");
        assertTrue(clean.contains("在此地修建的妙法寺方向前进"), clean);
        assertTrue(clean.contains("世界和平塔。\n\n（上接第三版）离开"), clean);
    }

    @Test
    void aDateCutBetweenMonthDigitsIsNoTitleAndContinuesPastAParagraph() {
        // "早在2006年1" / (another paragraph) / "2月，……": no title ends inside a date (pd-20190213-12-01, seed 5)
        String clean = cleanedParagraphs("绿色金融的先行者",
                "国开行积极践行绿色金融理念，支持了一批清洁能源项目。",
                "早在2006年1",
                "民营企业在稳增长、促创新、增就业等方面发挥着不可替代的作用。",
                "2月，国开行就成为中国第一个加入联合国全球契约的金融机构。");
        assertTrue(clean.contains("早在2006年12月，国开行"), clean);
    }

    @Test
    void aSubHeadingUnderAPlaceNameHeadingIsNoBrokenSentence() throws IOException {
        String raw = page("place-name-headings.txt");
        Analysis a = analyze(raw);
        assertEquals(List.of(), joins(a));
        assertTrue(a.cleaned().text().contains("村干部懒散软就腾位置\n\n见到村负责人时"), a.cleaned().text());
    }

    @Test
    void aJoinThatMakesAVeryLongSentenceTakesMoreThanAnOpenEnd() throws IOException {
        Analysis a = analyzePage("run-on.txt");
        List<Flag> joins = joins(a);
        assertEquals(1, joins.size(), joins::toString);
        String clean = a.cleaned().text();
        assertTrue(clean.contains("守护村民安全\n\n马普尔路是"), clean);
        assertTrue(clean.contains("守护村民安全。当地居民"), clean);
    }

    @Test
    void aFragmentRightBeforeTheContinuationIsItsFirstHalfNotTheSubHeadingAbove() {
        String raw = "民企转型观察\n\n企业负责人说，这是一场硬仗，必须打赢。\n\n转型升级中，产品质量意识不强、人才支撑不足等有待解决\n\n"
                + "当前，经济迈向\n\n高质量发展阶段，面对转型升级中出现的新变化，解决人的问题成为不少企业的呼声。\n";
        Analysis a = analyze(raw);
        assertEquals(1, joins(a).size(), joins(a)::toString);
        assertTrue(a.cleaned().text().contains("有待解决\n\n当前，经济迈向高质量发展阶段"), a.cleaned().text());
    }

    @Test
    void aByLineCutInAWordIsASentenceButABylineStandsAlone() {
        String raw = "联勤保障新气象\n\n新一代联勤官兵如何扛起这如山责任？\n\n记者走进沈\n\n阳联勤保障中心办公楼，一楼大厅显著位置是训词。\n\n"
                + "本报记者 王鹏 李明\n\n沈阳的冬天来得早，官兵们一早就开始了训练。\n";
        Analysis a = analyze(raw);
        assertEquals(1, joins(a).size(), joins(a)::toString);
        assertTrue(a.cleaned().text().contains("记者走进沈阳联勤保障中心"), a.cleaned().text());
        assertTrue(a.cleaned().text().contains("本报记者 王鹏 李明\n\n沈阳的冬天"), a.cleaned().text());
    }

    @Test
    void aParagraphOfAnotherArticleBetweenTheHalvesIsPassedOverByTheWordsTheyShare() throws IOException {
        // "大批" / "巨石集团…" / "华工背井离乡…": the language model has no pair for 大批华工; the page's own words do
        String clean = cleaned("foreign-paragraph-between-halves.txt");
        assertTrue(clean.contains("大批华工背井离乡"), clean);
        assertTrue(clean.contains("作出了独特的贡献。\n\n巨石集团"), clean);
    }

    @Test
    void theNearerOfTwoFarContinuationsIsTakenUnlessTheOtherReadsOnMuchBetter() throws IOException {
        // "很开" reads on into "心，…" (开心) and, almost as well, into "国片…" (开国) one block further on
        String clean = cleaned("two-far-continuations.txt");
        assertTrue(clean.contains("我觉得很开心，能把三项奖都留在家乡。」\n\n今年三月"), clean);
        assertTrue(clean.contains("拍下大量素材。\n\n国片《山那边》"), clean);
    }

    @Test
    void aTitleInTheMiddleOfAPageOpensTheNextArticle() {
        // a page of two articles: the second one's title after the first one's last paragraph is no broken sentence,
        // in each of the forms a newspaper prints
        String first = "这项工作将持续到年底，各地要按照要求抓好落实，确保取得实效。";
        // a headline with its second line set apart ("！　"), and one with a quotation and an ideographic space
        String clean = cleanedParagraphs(first, "灯会圆满落幕！　古城夜游人气火爆", "春节假期，古城灯会吸引了大批游客，夜游人数创下新高。");
        assertTrue(clean.contains("灯会圆满落幕！　古城夜游人气火爆\n\n春节假期"), clean);
        clean = cleanedParagraphs(first, "「怎么没有我？」歌手晚会合体　笑翻全场", "晚会除了精彩的节目之外，还有主持人上台时的串词，总能逗得台下哈哈大笑。");
        assertTrue(clean.contains("笑翻全场\n\n晚会除了"), clean);
        // a title before an article's lead
        clean = cleanedParagraphs(first, "【新思想引领新征程】建设美丽乡村", "央视网消息（新闻联播）：今年以来，各地扎实推进乡村建设，农村面貌持续改善。");
        assertTrue(clean.contains("建设美丽乡村\n\n央视网消息"), clean);
        // a title and its "——评……" line, then a summary printed without a full stop
        clean = cleanedParagraphs(first, "荧屏呼唤好作品", "——评电视剧《远航》",
                "作为一部表现新时代改革开放的作品，《远航》最成功之处在于塑造了一个新时代基层干部的形象",
                "文艺作品的力量从何而来？人物形象是作品的灵魂，艺术家通过人物形象寄寓审美理想。");
        assertTrue(clean.contains("干部的形象\n\n文艺作品的力量"), clean);
        // a title group after the page's graphic credit: its kicker continues nothing past the group
        clean = cleanedParagraphs(first, "本版制图：王明", "银行聚焦乡村振兴、助学助业等领域", "金融活水暖民生", "核心阅读",
                "发放扶贫贷款、优化助学贷款服务……银行把更多金融资源配置到重点领域和薄弱环节。",
                "为改善山区教育基础设施，银行创新融资模式，累计发放贷款二十多亿元。");
        assertTrue(clean.contains("助学助业等领域\n\n金融活水暖民生\n\n核心阅读\n\n发放扶贫贷款"), clean);
        // a box closed by its sources, then the next article's title and lead
        clean = cleanedParagraphs(first, "学历：医学院医学系毕业 专长：急诊医学、重症照护 资料来源：卫健委、市医院",
                "轨道交通系列3 台中篇", "【连线报道】市交通局长说，这条线路总经费共191亿元，将分三期建设。");
        assertTrue(clean.contains("卫健委、市医院\n\n轨道交通系列3"), clean);
        assertTrue(clean.contains("台中篇\n\n【连线报道】"), clean);
    }

    @Test
    void aHalfThatLeavesABracketOpenContinuesIntoTheTitleShapedBlockThatClosesIt() {
        // "（作者为中" / "国社会科学院…研究员）": the second half has a title's shape, but it closes what the first left open
        String clean = cleanedParagraphs("开展华工研究具有重要意义（观点）",
                "一战华工是一个特定的历史概念，对于理解近代中国的历史发展轨迹具有重要意义。", "（作者为中",
                "国社会科学院历史研究所研究室主任、研究员）");
        assertTrue(clean.contains("（作者为中国社会科学院历史研究所研究室主任、研究员）"), clean);
    }

    @Test
    void aNumberCutAtTheBreakIsJoinedInAFactBoxAndUnderAJumpMarker() {
        // a fact box line ends in "5", the next block opens with "00": no line of the box opens with the rest of a number
        String box = cleanedParagraphs("尼泊爾 波卡拉看雪山",
                "搭尼泊爾的國內線航班，機上有零嘴吃、有水喝不稀奇，空姐於起飛前，還會特別發給每位乘客一顆糖。",
                "•波卡拉至沙朗闊觀日出 含來回交通每人約2500盧比(約727元台幣)；費娃湖划船，1小時5",
                "00盧比(約145元台幣)",
                "★匯率 1元台幣約3.44元尼泊爾盧比");
        assertTrue(box.contains("1小時500盧比(約145元台幣)"), box);
        // an issue number cut from its unit: "第11" / "期《求是》"
        String lead = cleanedParagraphs("《求是》杂志发表习近平总书记重要文章《培育发展未来产业》",
                "（上接第一版）央视网消息（新闻联播）：6月1日出版的第11",
                "期《求是》杂志发表中共中央总书记、国家主席习近平的重要文章《培育发展未来产业》。",
                "文章强调，培育发展未来产业，对于我们抢占科技革命和产业变革制高点具有重要意义。");
        assertTrue(lead.contains("第11期《求是》"), lead);
    }

    @Test
    void aShortFirstHalfTakenForATitleIsJoinedPastAnotherArticlesParagraphWhenTheBreakCutsAWord() {
        String page = cleanedParagraphs("山区学校迎来新器材",
                "本报讯 新学期开学前，市教育局为山区学校送去了一批体育器材和图书，受到师生欢迎。",
                "为解决山区学校体育器材匮",
                "记者走进市图书馆新馆，一楼大厅里摆满了新书，读者排队办理借书证。",
                "乏、专业教师不足的问题，市教育局今年为二十所学校配齐了器材，并安排体育教师轮流支教。",
                "校长们表示，有了新器材，孩子们的体育课终于能按课程标准开齐开足了。");
        assertTrue(page.contains("体育器材匮乏、专业教师不足"), page);
        assertTrue(page.indexOf("记者走进市图书馆新馆") > page.indexOf("轮流支教"), page);
    }

    @Test
    void aListItemCutInsideAWordIsJoined() {
        String page = cleanedParagraphs("气候与粮食",
                "■近年来，极端天气频发对当地的农业生产体系产",
                "生冲击，粮食供应将变得更加脆弱。",
                "■农业技术合作帮助农民提高了单产，粮食自给率逐年上升。");
        assertTrue(page.contains("农业生产体系产生冲击"), page);
        assertTrue(page.contains("\n\n■农业技术合作"), page);
    }

    @Test
    void aParagraphWithoutAStopIsNotJoinedPastAParagraphCarriedOverFromAnotherPage() {
        String[] paragraphs = {"奇旺国家公园丛林探险",
                "野象出没、滋扰村庄时，公象又扮演起保全角色，守护村民安全",
                "（上接第一版）马普尔路是索拉哈镇上最热闹的市街，道路两旁饭店、餐厅、商店齐聚，生活机能便利。",
                "搭尼泊尔的国内线航班，机上有零嘴吃、有水喝不稀奇，空姐于起飞前，还会发给每位乘客一颗糖。"};
        String clean = BrokenJoinLayoutTest.cleanedParagraphs(paragraphs);
        assertEquals(String.join("\n\n", paragraphs) + "\n", clean);
    }

    @Test
    void aShortFirstHalfIsJoinedPastAnotherArticlesParagraphToABlockNoSentenceOpensWith() {
        // "宣布，……": no sentence of published text opens with the verb alone
        String page = cleanedParagraphs("中非农业合作结硕果",
                "在中非合作的框架下，中国的发展经验也在帮助非洲国家提高粮食产量，数十万农民从中获益。",
                "2018年中非合作论坛北京峰会",
                "四是实现基本公共教育服务均等化。提升义务教育均等化水平，建立学校标准化建设长效机制。",
                "宣布，支持非洲在2030年前基本实现粮食安全，将同非洲一道制定并实施农业现代化合作规划。",
                "（本报约翰内斯堡2月19日电）");
        assertTrue(page.contains("北京峰会宣布，支持非洲"), page);
        assertTrue(page.indexOf("四是实现基本公共教育") > page.indexOf("农业现代化合作规划。"), page);
    }

    @Test
    void theContinuationThatSharesTheArticlesWordsIsTakenOverAnotherArticlesParagraph() {
        // the next block reads on as well ("亮点是充分挖掘…"), but shares no word with the article; the one after it does
        String clean = cleanedParagraphs("荧屏呼唤领头雁",
                "电视剧《启航》塑造了曾雁来这个新时代领导干部形象，曾雁来身上有许多可贵的品格，他心里装着群众。",
                "剧中的人物塑造得很成功，除了务实肯干、敢于担当之外，曾雁来这个形象另一个亮点是",
                "充分挖掘和研究一战时期的中国与世界以及一战华工的历史，具有重要的学术价值。",
                "不把执政为民挂在嘴上，而是始终做一位心里装着群众的领导干部，赢得了群众的信任。",
                "这部剧播出后引起热烈反响。");
        assertTrue(clean.contains("另一个亮点是不把执政为民挂在嘴上"), clean);
        assertTrue(clean.contains("群众的信任。\n\n充分挖掘和研究一战时期"), clean);
    }

    @Test
    void aSubHeadingDoesNotTakeTheSecondHalfOfTheParagraphBelowIt() {
        // "建强一村" / "委会里" reads on as well as "二村村" / "委会里": the nearer first half has it
        String clean = cleanedParagraphs("由乱到治 由差到强",
                "今年的中央一号文件指出，完善乡村治理机制，保持农村社会和谐稳定。",
                "山西万荣",
                "整治一村，修复一村，建强一村",
                "山西万荣县通化镇通化二村村",
                "委会里，灯火通明，台上演着蒲剧，台下村民看得津津有味。",
                "可就在一年前，同一个院子，上演的却是一场完全不和谐的景象。");
        assertTrue(clean.contains("整治一村，修复一村，建强一村\n\n山西万荣县通化镇通化二村村委会里，灯火通明"), clean);
    }

    @Test
    void aTitleLikeLineWhoseLastWordEndsNoSentenceIsAFirstHalf() {
        // after a credit line "曾雁来这个形象另一个亮点是" looks like the next article's title; "是" ends no sentence
        String clean = cleanedParagraphs("荧屏呼唤领头雁",
                "电视剧《启航》塑造了曾雁来这个新时代领导干部形象，曾雁来身上有许多可贵的品格，他心里装着群众。",
                "本报记者 王 鹏 摄",
                "曾雁来这个形象另一个亮点是",
                "充分挖掘和研究一战时期的中国与世界以及一战华工的历史，具有重要的学术价值。",
                "不把执政为民挂在嘴上，而是始终做一位心里装着群众的领导干部，赢得了群众的信任。",
                "这部剧播出后引起热烈反响。");
        assertTrue(clean.contains("另一个亮点是不把执政为民挂在嘴上"), clean);
        // a pair of sub-headings keeps its first line, whatever its last word ("居民不让建" / "宁肯不方便")
        String pair = cleanedParagraphs("公厕标准化",
                "璧山区的公厕改造，一开始并不顺利，不少居民有顾虑。",
                "居民不让建",
                "宁肯不方便",
                "看着面前的凉亭，严勇眼里满是欣慰。",
                "多方来建设",
                "如今，企业也愿意出资捐建公厕。");
        assertTrue(pair.contains("居民不让建\n\n宁肯不方便\n\n看着面前的凉亭"), pair);
    }

    @Test
    void aFurtherBlockThatSharesLessOfTheArticleThanTheNextDoesNotTakeItsPlace() {
        // "出发点和" / "建设中的匈塞铁路……" reads on by the bigram 和|建设; the next block shares the article's words
        String clean = cleanedParagraphs("共建“一带一路”十周年",
                "央视网消息（新闻联播）：今年是“一带一路”倡议提出十周年。习近平总书记指出，“一带一路”倡议的根本出发点和",
                "落脚点，就是探索远亲近邻共同发展的新办法，开拓造福各国、惠及世界的“幸福路”。十年间，“一带一路”从理念转化为行动。",
                "建设中的匈塞铁路是中国与中东欧国家高质量共建的标志性项目，全长近350公里。",
                "十年间，中国与共建国家携手前行，“一带一路”倡议结出累累硕果。");
        assertTrue(clean.contains("出发点和落脚点，就是探索"), clean);
    }

    @Test
    void aNextBlockSharingNoWordWithTheArticleGivesWayToOneThatReadsOn() {
        // "……就跟居民开了" / another article's paragraph (no pair of characters in common) / "几场坝坝会，……"
        String clean = cleanedParagraphs("公厕标准化",
                "璧山区推进公厕标准化建设，社区居民的呼声成了改造的起点，社区干部挨家挨户听取居民意见。",
                "安亚军刚刚到璧泉街道观音社区当党委书记以后，为了听取意见，就跟居民开了",
                "“我们一定要把这件事办好。”窦铁成说，他的徒弟中45人成为技师。",
                "几场坝坝会，社区居民最大的呼声，就是在社区建一座公厕。",
                "如今，社区的公厕干净整洁，居民们都说好。");
        assertTrue(clean.contains("就跟居民开了几场坝坝会"), clean);
        assertTrue(clean.indexOf("窦铁成说") > clean.indexOf("建一座公厕。"), clean);
    }
}
