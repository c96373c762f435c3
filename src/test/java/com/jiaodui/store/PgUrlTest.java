package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared library addresses and where their passwords come from (never the URL, never the settings). */
class PgUrlTest {
    @TempDir
    Path dir;

    @Test
    void parsesTheUrlAndSurvivesAPathOption() {
        PgUrl u = PgUrl.parse("postgresql://db.example.org:5433/zeitung?user=li&sslmode=require");
        assertEquals("db.example.org", u.host());
        assertEquals(5433, u.port());
        assertEquals("zeitung", u.database());
        assertEquals("li", u.user());
        assertEquals("require", u.properties(Map.of()).getProperty("sslmode"));
        assertEquals("jdbc:postgresql://db.example.org:5433/zeitung", u.jdbcUrl());
        assertEquals(5432, PgUrl.parse("postgresql://h/lib").port());
        assertEquals("postgresql://h:5/lib?user=u", PgUrl.fromPath(Path.of("postgresql://h:5/lib?user=u")));
        assertNull(PgUrl.fromPath(Path.of("library.db")));
        assertEquals("li", PgUrl.parse("postgresql://li@h/lib").user());
    }

    @Test
    void refusesPasswordsInTheUrl() {
        StoreException e = assertThrows(StoreException.class, () -> PgUrl.parse("postgresql://h/lib?user=a&password=pw"));
        assertTrue(e.getMessage().contains("PGPASSWORD") && !e.getMessage().contains("=pw"), e.getMessage());
        assertThrows(StoreException.class, () -> PgUrl.parse("postgresql://a:pw@h/lib"));
        assertThrows(StoreException.class, () -> PgUrl.parse("postgresql://h:5432/"));
    }

    @Test
    void passwordFromPgpasswordElseThePrivatePasswordFile() throws Exception {
        PgUrl u = PgUrl.parse("postgresql://db.example.org:5433/zeitung?user=li");
        assertEquals("env", u.properties(Map.of("PGPASSWORD", "env")).getProperty("password"));
        Path pass = dir.resolve("pgpass");
        Files.writeString(pass, "# comment\nother:*:*:*:no\ndb.example.org:5433:zeitung:wang:no\n"
                + "db.example.org:*:zeit\\:ung:li:colon\ndb.example.org:5433:*:li:p\\:w\\\\1\n");
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
        assertEquals("p:w\\1", u.properties(Map.of("PGPASSFILE", pass.toString())).getProperty("password"));
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-r--r--"));
        assertNull(u.properties(Map.of("PGPASSFILE", pass.toString())).getProperty("password"),
                "a password file others can read is ignored, as libpq does");
        assertEquals("li", u.properties(Map.of()).getProperty("user"));
        assertEquals("pg", PgUrl.parse("postgresql://h/lib").properties(Map.of("PGUSER", "pg")).getProperty("user"));
    }

    @Test
    void aServerWithAPasswordIsOpenedWithThePasswordFile() throws Exception {
        PgServer s = PgServer.get();
        String url = s.newDatabase("pw");
        try (var c = s.admin(); var st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ed') THEN "
                    + "CREATE ROLE ed LOGIN PASSWORD 'geheim'; END IF; END $$");
            st.execute("GRANT ALL ON DATABASE " + PgUrl.parse(url).database() + " TO ed");
            st.execute("ALTER DATABASE " + PgUrl.parse(url).database() + " OWNER TO ed");
        }
        PgUrl u = PgUrl.parse(url);
        String edUrl = "postgresql://" + u.host() + ":" + u.port() + "/" + u.database() + "?user=ed";
        Path pass = dir.resolve("pgpass");
        Files.writeString(pass, u.host() + ":" + u.port() + ":*:ed:geheim\n");
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
        if (System.getProperty("jiaodui.pg.url", "").isBlank()) { // the test server asks ed for a password
            Path none = dir.resolve("none");
            StoreException e = assertThrows(StoreException.class, () -> Library.openShared(edUrl,
                    Map.of("PGPASSFILE", none.toString())));
            assertEquals(StoreException.Reason.UNREACHABLE, e.reason());
            assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
        }
        try (Library lib = Library.openShared(edUrl, Map.of("PGPASSFILE", pass.toString()))) {
            assertTrue(lib.isShared());
            assertEquals(PgUrl.parse(edUrl).display(), lib.location());
        }
    }
}
