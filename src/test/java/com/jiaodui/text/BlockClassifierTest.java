package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Block roles on a page laid out like the People's Daily articles of issue 9. */
class BlockClassifierTest {
    @Test
    void titlesBoxesSubheadingsAndBodies() {
        String raw = "国开行聚焦脱贫攻坚、助学助业等领域\n\n金融活水暖民生\n\n核心阅读\n\n发放精准扶贫贷款、优化助学贷款服务……助力解决发展不平衡不充分问题。\n\n"
                + "为改善四川省凉山彝族自治州教育基础设施匮乏的状况，国家开发银行创新融资模式。\n\n精准贷款助力脱贫\n\n"
                + "日前，来自厦门的建发纸业决定专项采购四川省叙永县农户的竹原料。\n\n新华社记者 王鹏 摄\n\n（本报北京2月12日电）\n";
        BlockClassifier.Role[] r = BlockClassifier.classify(PageReader.read(raw, Format.TEXT));
        assertEquals(BlockClassifier.Role.HEADLINE, r[0]);
        assertEquals(BlockClassifier.Role.SUBTITLE, r[1]);
        assertEquals(BlockClassifier.Role.BOX_LABEL, r[2]);
        assertEquals(BlockClassifier.Role.BOX, r[3]);
        assertEquals(BlockClassifier.Role.BODY, r[4]);
        assertEquals(BlockClassifier.Role.SUBHEADING, r[5]);
        assertEquals(BlockClassifier.Role.BODY, r[6]);
        assertEquals(BlockClassifier.Role.CREDIT, r[7]);
        assertEquals(BlockClassifier.Role.DATELINE, r[8]);
    }

    @Test
    void subHeadingsAreNotBrokenJoins() {
        String raw = "标题\n\n这是正文第一段，讲述了事情的经过和背景。\n\n精准贷款助力脱贫\n\n日前，来自厦门的建发纸业决定专项采购农户的竹原料。\n\n"
                + "这是另一段正文，居民要严格遵\n\n守隔离规定，不得外出。\n";
        Analysis a = new Analyzer().analyze(raw, Format.TEXT);
        long joins = a.flags().stream().filter(f -> f.kind() == FlagKind.BROKEN_JOIN).count();
        assertEquals(1, joins, a.flags().toString());
        assertEquals(true, a.cleaned().text().contains("严格遵守隔离规定"));
    }

    @Test
    void aSpeakerBeforeAQuotationIsNoListItem() {
        // "姜林女士說：「…" opens a quotation; "票價：…" is a list item
        String raw = "國宅買賣糾紛\n\n原屋主過世，找不到法律繼承人，而懊惱的還有她。\n\n姜林女士說：「我是跟樓下\n\n"
                + "的人買的，他跟別人買第一手，我跟他買二手。」\n\n票價：單程約113美元\n";
        Analysis a = new Analyzer().analyze(raw, Format.TEXT);
        BlockClassifier.Role[] r = BlockClassifier.classify(a.page());
        assertEquals(BlockClassifier.Role.LIST, r[4]);
        assertEquals(true, a.cleaned().text().contains("我是跟樓下的人買的"), a.cleaned().text());
    }

    /** Asserts that block {@code index} of the page reads as body text and that clean joins it into {@code joined}. */
    private static void bodyAndJoined(String raw, int index, String joined) {
        Analysis a = new Analyzer().analyze(raw, Format.TEXT);
        assertEquals(BlockClassifier.Role.BODY, BlockClassifier.classify(a.page())[index]);
        assertEquals(true, a.cleaned().text().contains(joined), a.cleaned().text());
    }

    @Test
    void reportedSpeechOpensNoTitle() {
        // "他回忆说，王明" cut at a column end, a copy of an earlier paragraph between its halves
        bodyAndJoined("乡村医生王明\n\n王明在医学院求学时就立志回乡行医，毕业后回到了家乡的卫生院。\n\n他回忆说，王明\n\n"
                + "王明在医学院求学时就立志回乡行医，毕业后回到了家乡的卫生院。\n\n在医学院求学时就有强烈的回乡行医愿望，这一点让他印象深刻。\n",
                2, "他回忆说，王明在医学院求学时就有强烈的回乡行医愿望");
    }

    @Test
    void aBlockCarriedOverFromAnotherPageIsBodyText() {
        // under the page's title, "（上接第一版）……" continues an article: no standfirst, and its column break is joined
        bodyAndJoined("倾听民营企业心声\n\n（上接第一版）民营企业在稳增长、促创新、增就业等方面发挥了重要作用，成效显著。一些民营企业\n\n"
                + "在经营发展中面临困难和问题，需要政策措施落地落细。\n\n各地各部门出台了一系列支持措施。\n", 1, "一些民营企业在经营发展中面临困难");
    }

    @Test
    void aBlockUnderTheTitleThatClosesSentencesInsideIsNoStandfirst() {
        bodyAndJoined("尼泊尔 奇旺国家公园丛林探险\n\n离开加德满都后，尼泊尔仿佛成了另一个国度。往南走，进入奇旺国家公园，河中巨鳄瞪眼，原始丛林里\n\n"
                + "野象顿足，展露都市难得一见的野性之美。\n\n从首都搭机飞往波卡拉，航程仅半小时。\n", 1, "原始丛林里野象顿足");
    }
}
