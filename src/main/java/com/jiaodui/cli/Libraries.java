package com.jiaodui.cli;

import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the library commands open their library: {@code --db FILE}, else the default (created and seeded). */
final class Libraries {
    private Libraries() {}

    /**
     * Opens {@code --db FILE} (or the default library when it is null). A command that only reads refuses a
     * FILE that does not exist rather than create an empty library.
     */
    static Library open(Path db, boolean mustExist) {
        if (db == null) {
            return Library.openDefault();
        }
        if (mustExist && !Files.exists(db)) {
            throw new StoreException(db, StoreException.Reason.NOT_FOUND, "no such library");
        }
        return Library.open(db);
    }
}
