package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search on SQLite; {@link PostgresSearchTest} runs the same tests on a shared library. */
class SearchTest {
    @TempDir
    Path dir;
    Library lib;
    long spring;
    long covid;
    long school;

    @BeforeEach
    void setUp() throws Exception {
        lib = openLibrary();
        var v = Imports.importSource(lib, new com.jiaodui.text.SourceText(Path.of("paper.md"), LibraryTest.paper(
                "春耕备耕忙", "各地农民抓住晴好天气，开展春耕生产。农业部门派出技术人员下乡指导。",
                "疫情防控不放松", "全市继续做好疫情防控工作，坚持常态化防控。疫苗接种有序推进。疫情形势总体平稳。",
                "学校开学", "全市中小学今天开学，学生返校。COVID testing in schools continues."),
                "UTF-8", false, "x1"));
        List<ArticleSummary> a = lib.articles(v.pageId());
        spring = a.get(0).id();
        covid = a.get(1).id();
        school = a.get(2).id();
    }

    Library openLibrary() {
        return Library.open(dir.resolve("s.db"));
    }

    @AfterEach
    void tearDown() {
        lib.close();
    }

    List<Long> ids(String q) {
        return lib.search(q, 10).stream().map(SearchHit::articleId).toList();
    }

    @Test
    void longQueriesUseTheTrigramIndex() {
        assertEquals(List.of(covid), ids("常态化防控"));
        assertEquals(List.of(spring), ids("技术人员下乡"));
        assertEquals(List.of(), ids("不存在的词语"));
    }

    @Test
    void twoCharacterWordsAreFound() {
        assertEquals(List.of(covid), ids("疫苗"));
        assertEquals(List.of(school), ids("学生"));
        assertTrue(ids("全市").containsAll(List.of(covid, school)));
        assertEquals(2, ids("全市").size());
    }

    @Test
    void singleCharactersAreFoundIncludingAtTheEndOfARun() {
        assertEquals(List.of(spring), ids("耕"));
        assertEquals(List.of(covid), ids("稳")); // last character before "。"
        assertEquals(List.of(school), ids("校"));
    }

    @Test
    void moreFrequentHitsRankFirstAndTitlesCount() {
        List<Long> r = ids("疫情");
        assertEquals(covid, r.get(0));
        assertEquals(List.of(school), ids("开学"));
    }

    @Test
    void latinTextIsCaseInsensitiveAndSeveralTermsMustAllOccur() {
        assertEquals(List.of(school), ids("covid"));
        assertEquals(List.of(school), ids("Testing SCHOOLS"));
        assertEquals(List.of(school), ids("全市 学生"));
        assertEquals(List.of(), ids("疫苗 学生"));
    }

    @Test
    void queriesWithPunctuationFallBackToAScan() {
        assertEquals(List.of(spring), ids("气，"));
        assertEquals(List.of(), ids("\"\"*"));
        assertEquals(List.of(spring), ids("，开 晴好天气"));
        assertEquals(List.of(covid), ids("疫苗 疫情形势"));
        assertEquals(List.of(covid), ids("防控。 疫苗"));
        assertEquals(List.of(), ids("防控。 学生"));
    }

    @Test
    void searchSeesOnlyTheCurrentRevision() {
        lib.saveRevision(spring, "春耕备耕忙\n\n改写后的文字：水稻插秧。", "李编辑", "");
        assertEquals(List.of(spring), ids("插秧"));
        assertEquals(List.of(), ids("技术人员"));
        Revision first = lib.revisions(spring).get(0);
        lib.restore(spring, first.id());
        assertEquals(List.of(spring), ids("技术人员"));
        assertEquals(List.of(), ids("插秧"));
    }

    @Test
    void snippetsShowTheHitInContext() {
        SearchHit h = lib.search("疫苗", 1).get(0);
        assertEquals("疫情防控不放松", h.title());
        assertEquals("疫苗", h.snippet().substring(h.hitStart(), h.hitStart() + h.hitLength()));
        assertFalse(h.snippet().contains("\n"));
        assertTrue(h.snippet().startsWith("…"), h.snippet());
        assertEquals("疫苗", lib.currentRevision(covid).text().substring(h.offset(), h.offset() + 2));
        assertEquals("paper", h.pageName());
    }

    @Test
    void emptyQueriesFindNothing() {
        assertEquals(List.of(), ids(""));
        assertEquals(List.of(), ids("   "));
    }

    @Test
    void gramsAreBigramsOfLetterRunsPlusTheLastCharacter() {
        assertEquals("中国 国人 人 ab b", SearchIndex.grams("中国人，AB"));
    }

    @Test
    void savesAreIndexedBeforeTheNextSearchEvenWhenAnotherProgramHoldsTheLock() throws Exception {
        lib.saveRevision(spring, "春耕备耕忙\n\n水稻插秧。", "李编辑", "");
        assertTrue(lib.db().read(() -> lib.db().count("SELECT COUNT(*) FROM search_pending")) > 0);
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib.file());
             var st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            // the index cannot catch up now: the search still answers, from the index as it was (a two-character
            // word is answered by the index alone; a longer one is also checked in the current text)
            assertEquals(List.of(spring), ids("技术"));
            assertEquals(List.of(), ids("技术人员"));
            st.execute("ROLLBACK");
        }
        assertEquals(List.of(spring), ids("插秧"));
        assertEquals(List.of(), ids("技术人员"));
        assertEquals(0L, (long) lib.db().read(() -> lib.db().count("SELECT COUNT(*) FROM search_pending")));
    }
}
