package com.jiaodui.store;

/** The store's contract on a shared library on a real PostgreSQL server (one fresh database per test). */
class PostgresLibraryContractTest extends LibraryContract {
    private String url;

    @Override
    Library create() {
        url = PgServer.get().newDatabase("contract");
        return Library.openShared(url);
    }

    @Override
    Library reopen() {
        return Library.openShared(url);
    }
}
