package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.cli.StoreCliSupport.Run;
import com.jiaodui.store.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save/history/status/assign/copy on a shared library on a real PostgreSQL server, and copy back to a file. */
class TeamCommandsTest {
    @TempDir
    Path dir;

    static final ObjectMapper M = new ObjectMapper();

    static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.rc(), r.err());
        return M.readTree(r.out());
    }

    @Test
    void twoEditorsSaveOnOneBaseTheSecondGetsExit3AndTheHistoryShowsWhoAndWhen() throws Exception {
        Path file = dir.resolve("private.db");
        assertEquals(0, StoreCliSupport.run("import", "--db", file.toString(),
                StoreCliSupport.sample(dir, "page-b.md").toString()).rc());
        String url = PgServer.get().newDatabase("cli");
        JsonNode copied = json(StoreCliSupport.run("copy", "--from", file.toString(), "--to", url, "--json"));
        assertEquals(1, copied.get("pages").asInt());
        assertTrue(copied.get("revisions").asInt() > 1);
        JsonNode again = json(StoreCliSupport.run("copy", "--from", file.toString(), "--to", url, "--json"));
        assertEquals(0, again.get("pages").asInt() + again.get("articles").asInt() + again.get("revisions").asInt()
                + again.get("versions").asInt() + again.get("decisions").asInt(), again.toString());

        JsonNode hits = json(StoreCliSupport.run("search", "--db", url, "--json", "新"));
        long article = hits.get(0).get("articleId").asLong();
        JsonNode h = json(StoreCliSupport.run("history", "--db", url, "--json", String.valueOf(article)));
        int base = h.get("current").asInt();

        Path li = Files.writeString(dir.resolve("li.txt"), "李编辑的文字");
        Path wang = Files.writeString(dir.resolve("wang.txt"), "王编辑的文字");
        JsonNode saved = json(StoreCliSupport.run("save", "--db", url, String.valueOf(article), "--text-file",
                li.toString(), "--base", String.valueOf(base), "--note", "校对一遍", "--user", "李编辑", "--json"));
        assertEquals(base + 1, saved.get("revision").asInt());
        Run conflict = StoreCliSupport.run("save", "--db", url, String.valueOf(article), "--text-file",
                wang.toString(), "--base", String.valueOf(base), "--user", "王编辑", "--json");
        assertEquals(3, conflict.rc(), conflict.err());
        assertTrue(conflict.err().contains("conflict") && conflict.err().contains("李编辑"), conflict.err());
        JsonNode c = M.readTree(conflict.out());
        assertEquals("李编辑的文字", c.get("current").get("text").asText());

        JsonNode hist = json(StoreCliSupport.run("history", "--db", url, "--json", "--text", String.valueOf(article)));
        JsonNode last = hist.get("revisions").get(hist.get("revisions").size() - 1);
        assertEquals(base + 1, last.get("revision").asInt());
        assertEquals("李编辑", last.get("editor").asText());
        assertEquals("校对一遍", last.get("note").asText());
        assertEquals("李编辑的文字", last.get("text").asText());
        assertTrue(last.get("client").asText().endsWith("jiaodui-cli"), last.toString());
        assertTrue(last.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), last.toString());

        JsonNode st = json(StoreCliSupport.run("status", "--db", url, "--json", "--user", "张主任",
                String.valueOf(article), "in_review"));
        assertEquals("in_review", st.get("status").asText());
        assertEquals("张主任", st.get("by").asText());
        assertEquals(2, StoreCliSupport.run("status", "--db", url, String.valueOf(article), "finished").rc());
        JsonNode as = json(StoreCliSupport.run("assign", "--db", url, "--json", "--user", "张主任", "page-b", "王编辑"));
        assertEquals("王编辑", as.get(0).get("editor").asText());

        // and back into a new private file: the shared work comes along, once
        Path back = dir.resolve("back.db");
        JsonNode b = json(StoreCliSupport.run("copy", "--from", url, "--to", back.toString(), "--json"));
        assertEquals(1, b.get("statuses").asInt());
        assertEquals(1, b.get("assignments").asInt());
        JsonNode backHist = json(StoreCliSupport.run("history", "--db", back.toString(), "--json", String.valueOf(article)));
        assertEquals(hist.get("revisions").size(), backHist.get("revisions").size());
        JsonNode b2 = json(StoreCliSupport.run("copy", "--from", url, "--to", back.toString(), "--json"));
        assertEquals(0, b2.get("revisions").asInt() + b2.get("statuses").asInt() + b2.get("articles").asInt());
    }

    @Test
    void anUnreachableServerIsSaidSoAndTheTextStays() throws Exception {
        Path t = Files.writeString(dir.resolve("t.txt"), "文字");
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = StoreCliSupport.run("save", "--db", "postgresql://127.0.0.1:" + port + "/nowhere?user=x", "1",
                "--text-file", t.toString(), "--base", "1");
        assertEquals(2, r.rc());
        assertTrue(r.err().contains("cannot reach the shared library"), r.err());
        assertTrue(r.err().contains(t.toString()), r.err());
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        Run r = StoreCliSupport.run("history", "--db", "postgresql://ed:secret@127.0.0.1:5432/lib", "1");
        assertEquals(2, r.rc());
        assertTrue(r.err().contains("PGPASSWORD"), r.err());
        assertTrue(!r.err().contains("secret"), r.err());
    }
}
