package com.jiaodui.library;

import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import com.jiaodui.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;

/** How the app and the commands open their library: {@code --db FILE}, else the default (created and seeded). */
public final class Libraries {
    private Libraries() {}

    /**
     * Opens {@code --db FILE} (or the default library when it is null). A command that only reads
     * ({@code readOnly}) opens the library read-only: it refuses a FILE that does not exist or is empty rather
     * than create a library, and it works in read-only places and on full disks. Only a command that writes
     * creates (and seeds) the default library.
     */
    public static Library open(Path db, boolean readOnly) {
        if (db == null) {
            Path def = Library.defaultPath();
            if (readOnly && !Files.exists(def)) {
                throw new StoreException(def, StoreException.Reason.NOT_FOUND,
                        "no library yet; import pages (jiaodui import FILE...) or start the app to create it");
            }
            return readOnly ? Library.openReadOnly(def) : openSeeded(def, new Analyzer());
        }
        if (readOnly) {
            return Library.openReadOnly(db);
        }
        return Library.open(db);
    }

    /** Where the library lives unless {@code --db} or the app's settings say otherwise (see the store). */
    public static Path defaultPath() {
        return Library.defaultPath();
    }

    /** Opens (creating it and its directory when missing) the library at {@code db}, seeding a new one. */
    public static Library openSeeded(Path db, Analyzer analyzer) {
        Library lib = Library.open(db, Library.Options.defaults().withCreateDirectories(true));
        try {
            new Importer(lib, analyzer).seedSamplesIfNew();
        } catch (RuntimeException e) {
            lib.close();
            throw e;
        }
        return lib;
    }
}
