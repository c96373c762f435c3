package com.jiaodui.cli;

import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the library commands open their library: {@code --db FILE}, else the default (created and seeded). */
final class Libraries {
    private Libraries() {}

    /**
     * Opens {@code --db FILE} (or the default library when it is null). A command that only reads
     * ({@code readOnly}) opens the library read-only: it refuses a FILE that does not exist or is empty rather
     * than create a library, and it works in read-only places and on full disks. Only a command that writes
     * creates (and seeds) the default library.
     */
    static Library open(Path db, boolean readOnly) {
        if (db == null) {
            Path def = Library.defaultPath();
            if (readOnly && !Files.exists(def)) {
                throw new StoreException(def, StoreException.Reason.NOT_FOUND,
                        "no library yet; import pages (jiaodui import FILE...) or start the app to create it");
            }
            return readOnly ? Library.openReadOnly(def) : Library.openDefault();
        }
        if (readOnly) {
            return Library.openReadOnly(db);
        }
        return Library.open(db);
    }
}
