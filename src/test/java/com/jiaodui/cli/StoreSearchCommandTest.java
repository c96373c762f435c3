package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.cli.StoreCliSupport.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSearchCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("lib.db");
        Path page = Files.writeString(dir.resolve("paper.md"),
                "## 春耕备耕忙\n\n各地农民抓住晴好天气，开展春耕生产。\n\n## 疫情防控\n\n疫苗接种有序推进。\n");
        assertEquals(0, StoreCliSupport.run("import", "--db", db.toString(), page.toString()).rc());
    }

    @Test
    void printsOneLinePerHit() {
        Run r = StoreCliSupport.run("search", "--db", db.toString(), "疫苗");
        assertEquals(0, r.rc(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().matches("\\d+\tpaper\t疫情防控\t.*疫苗接种有序推进。\\R"), r.out());
    }

    @Test
    void printsJson() throws Exception {
        Run r = StoreCliSupport.run("search", "--db", db.toString(), "--json", "春耕生产");
        assertEquals(0, r.rc(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(1, n.size());
        assertEquals("春耕备耕忙", n.get(0).get("title").asText());
        assertTrue(n.get(0).get("snippet").asText().contains("春耕生产"));
        Run none = StoreCliSupport.run("search", "--db", db.toString(), "--json", "没有");
        assertEquals("[ ]", none.out().strip());
    }

    @Test
    void aMissingLibraryIsNotCreated() {
        Path missing = dir.resolve("missing.db");
        Run r = StoreCliSupport.run("search", "--db", missing.toString(), "疫苗");
        assertEquals(Cli.EXIT_USAGE, r.rc());
        assertTrue(r.err().contains("no such library"), r.err());
        assertTrue(Files.notExists(missing));
    }
}
