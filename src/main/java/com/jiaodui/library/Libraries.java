package com.jiaodui.library;

import com.jiaodui.store.Library;
import com.jiaodui.store.StoreException;
import com.jiaodui.text.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the app and the commands open their library: {@code --db FILE} or {@code --db postgresql://host:port/name?user=U}
 * (a shared library on a PostgreSQL server; the scheme decides), else the default file (created and seeded).
 */
public final class Libraries {
    private Libraries() {}

    /**
     * Opens {@code --db FILE} (or the default library when it is null). A command that only reads
     * ({@code readOnly}) opens the library read-only: it refuses a FILE that does not exist or is empty rather
     * than create a library, and it works in read-only places and on full disks. Only a command that writes
     * creates (and seeds) the default library.
     */
    public static Library open(Path db, boolean readOnly) {
        String url = com.jiaodui.store.PgUrl.fromPath(db);
        if (url != null) {
            return Library.openShared(url); // a server's library is never created from the sample pages
        }
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

    /** Whether {@code db} (a --db value or the app's library path) names a shared library on a server. */
    public static boolean isShared(Path db) {
        return com.jiaodui.store.PgUrl.fromPath(db) != null;
    }

    /**
     * Checks a shared library's URL and shows it without credentials; an IOException says what is wrong (not a
     * postgresql:// URL, a password in it).
     */
    public static String sharedUrl(String url) throws IOException {
        try {
            return com.jiaodui.store.PgUrl.parse(url).display();
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Opens the shared library once (creating its schema on an empty database): its number of articles. */
    public static int probeShared(String url) throws IOException {
        try (Library lib = Library.openShared(url)) {
            return lib.stats().articles();
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Opens a library named by a string: a {@code postgresql://} URL or a file path. */
    public static Library open(String location, boolean readOnly) {
        if (com.jiaodui.store.PgUrl.isUrl(location)) {
            return Library.openShared(location);
        }
        return open(Path.of(location), readOnly);
    }

    /** Where the library lives unless {@code --db} or the app's settings say otherwise (see the store). */
    public static Path defaultPath() {
        return Library.defaultPath();
    }

    /** Opens (creating it and its directory when missing) the library at {@code db}, seeding a new one. */
    public static Library openSeeded(Path db, Analyzer analyzer) {
        String url = com.jiaodui.store.PgUrl.fromPath(db);
        if (url != null) {
            return Library.openShared(url);
        }
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
