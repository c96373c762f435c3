package com.jiaodui.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SearchTest} on a shared library on a real PostgreSQL server: the same hits for the same queries. */
class PostgresSearchTest extends SearchTest {
    @Override
    Library openLibrary() {
        return Library.openShared(PgServer.get().newDatabase("search"));
    }

    /** (SQLite's locking: replaced by the PostgreSQL check below.) */
    @Override
    void savesAreIndexedBeforeTheNextSearchEvenWhenAnotherProgramHoldsTheLock() {
    }

    @Test
    void aSaveDuringAnIndexFlushIsIndexedByTheNextOne() throws Exception {
        lib.saveRevision(spring, "春耕备耕忙\n\n水稻插秧。", "李编辑", "");
        Db d = lib.db();
        // a flush that read the pending marks before another client saved again: the newer mark survives it
        long gen = d.read(() -> d.count("SELECT gen FROM search_pending WHERE article_id = ?", spring));
        d.write(() -> d.update("UPDATE search_pending SET gen = gen + 1 WHERE article_id = ?", spring));
        d.write(() -> d.update("DELETE FROM search_pending WHERE article_id = ? AND gen = ?", spring, gen));
        assertEquals(1L, (long) d.read(() -> d.count("SELECT COUNT(*) FROM search_pending")));
        assertEquals(List.of(spring), ids("插秧"));
        assertEquals(0L, (long) d.read(() -> d.count("SELECT COUNT(*) FROM search_pending")));
    }
}
