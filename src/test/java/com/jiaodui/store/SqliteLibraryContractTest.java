package com.jiaodui.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store's contract on a library file. */
class SqliteLibraryContractTest extends LibraryContract {
    @TempDir
    Path dir;

    @Override
    Library create() {
        return Library.open(dir.resolve("contract.db"));
    }

    @Override
    Library reopen() {
        return Library.open(dir.resolve("contract.db"));
    }
}
