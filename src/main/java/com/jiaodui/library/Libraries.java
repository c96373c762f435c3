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
     * Opens {@code --db FILE} (or the default library, created and seeded with the samples, when it is null). A
     * command that only reads refuses a FILE that does not exist rather than create an empty library.
     */
    public static Library open(Path db, boolean mustExist) {
        if (db == null) {
            return openSeeded(Library.defaultPath(), new Analyzer());
        }
        if (mustExist && !Files.exists(db)) {
            throw new StoreException(db, StoreException.Reason.NOT_FOUND, "no such library");
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
