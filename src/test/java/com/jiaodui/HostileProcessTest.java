package com.jiaodui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases that need real processes (issue 11): a FIFO read by a real JVM, the tuned child JVM dying with its
 * parent (SIGKILL, SIGTERM), and permission cases run as an unprivileged user through {@code setpriv} (skipped
 * with a reason where that is not possible). Every process has a timeout.
 */
class HostileProcessTest {
    @TempDir
    Path dir;

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Result(int rc, String out, String err) { }

    static Result run(List<String> cmd, long timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("hostile-out", ".txt");
        Path err = Files.createTempFile("hostile-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            assertTrue(done, "hung: " + String.join(" ", cmd));
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<String> jiaodui(String classPath, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:auto", "-cp", classPath, Launcher.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void aFifoDoesNotHangARealJvm() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        Result r = run(jiaodui(System.getProperty("java.class.path"), "check", fifo.toString()), 30);
        assertEquals(2, r.rc(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(fifo.toString()) && r.err().contains("named pipe (FIFO)"), r.err());
        Result folder = run(jiaodui(System.getProperty("java.class.path"), "check", "--json", dir.toString()), 30);
        assertEquals(2, folder.rc(), folder.err());
        assertTrue(folder.err().contains("named pipe (FIFO)"), folder.err());
    }

    @Test
    void aReadOnlyCommandCreatesNoDefaultLibrary() throws Exception {
        Path db = dir.resolve("data/jiaodui/library.db");
        ProcessBuilder pb = new ProcessBuilder(jiaodui(System.getProperty("java.class.path"), "search", "疫情"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("JIAODUI_DB", db.toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(db.toString()) && err.contains("no library yet"), err);
        assertFalse(Files.exists(db.getParent()), "nothing created");
    }

    /** Starts the probe parent, returns it and its child's PID (printed by the child). */
    static ProcessHandle[] parentAndChild() throws Exception {
        Process parent = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                ChildWatchProbe.class.getName(), "parent").redirectErrorStream(true).start();
        BufferedReader in = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line = in.readLine();
        assertTrue(line != null && line.startsWith("child "), "the child started: " + line);
        long pid = Long.parseLong(line.substring(6).strip());
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        assertTrue(child.isPresent() && child.get().isAlive());
        return new ProcessHandle[] {parent.toHandle(), child.get()};
    }

    static void assertDiesWithin(ProcessHandle h, long seconds) throws Exception {
        try {
            h.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            h.destroyForcibly();
            throw new AssertionError("the child JVM outlived its parent by " + seconds + " s");
        }
        assertFalse(h.isAlive());
    }

    @Test
    void theTunedChildDiesWhenItsParentIsKilled() throws Exception {
        ProcessHandle[] pc = parentAndChild();
        assertTrue(pc[0].destroyForcibly()); // SIGKILL: no shutdown hook runs; the pipe closes
        assertDiesWithin(pc[1], 5);
    }

    @Test
    void theTunedChildDiesWhenItsParentIsTerminated() throws Exception {
        ProcessHandle[] pc = parentAndChild();
        assertTrue(pc[0].destroy()); // SIGTERM: the parent's shutdown hook stops the child
        assertDiesWithin(pc[1], 5);
        pc[0].onExit().get(5, TimeUnit.SECONDS);
    }

    // ------------------------------------------------------------------------------------------------ as nobody

    /**
     * A class path an unprivileged user can read (the Maven repository under /root is not): the jars and classes
     * copied into a world-readable folder. Null (and the test skipped) when we are not root or have no setpriv.
     */
    String nobodyClassPath(Path base) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "permission cases need root to switch to nobody");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "no setpriv to run as nobody");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path cp = Files.createDirectories(base.resolve("cp"));
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path src = Path.of(e);
            if (!Files.exists(src)) {
                continue;
            }
            Path dst = cp.resolve(i++ + "-" + src.getFileName());
            if (Files.isDirectory(src)) {
                try (Stream<Path> s = Files.walk(src)) {
                    for (Path f : s.toList()) {
                        Path t = dst.resolve(src.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(t);
                        } else {
                            Files.copy(f, t);
                        }
                    }
                }
            } else {
                Files.copy(src, dst);
            }
            entries.add(dst.toString());
        }
        Process chmod = new ProcessBuilder("chmod", "-R", "a+rX", base.toString()).start();
        assertEquals(0, chmod.waitFor());
        return String.join(java.io.File.pathSeparator, entries);
    }

    static List<String> asNobody(List<String> cmd) {
        List<String> c = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
        c.addAll(cmd);
        return c;
    }

    @Test
    void asNobodyAnUnreadableSubfolderIsOneLineAndTheRestGoesOn() throws Exception {
        String cp = nobodyClassPath(dir);
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(Path.of("assets/samples/page-b.md"), pages.resolve("page-b.md"));
        Path secret = Files.createDirectories(pages.resolve("secret"));
        Files.copy(Path.of("assets/samples/page-c.raw.txt"), secret.resolve("page-c.raw.txt"));
        Path locked = Files.copy(Path.of("assets/samples/page-a.raw.txt"), pages.resolve("locked.txt"));
        new ProcessBuilder("chmod", "-R", "a+rX", pages.toString()).start().waitFor();
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        Result r = run(asNobody(withProperty(jiaodui(cp, "check", "--json", pages.toString()))), 60);
        assertEquals(2, r.rc(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(r.err().contains(locked + ": permission denied"), r.err());
        assertTrue(r.err().contains(secret + ": cannot be read (permission denied); the pages in it were skipped"), r.err());
        assertEquals(1, new ObjectMapper().readTree(r.out()).size(), "page-b.md was checked: " + r.out());
    }

    @Test
    void asNobodyALibraryInAFolderItCannotWriteCanStillBeSearched() throws Exception {
        String cp = nobodyClassPath(dir);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path db = lib.resolve("lib.db");
        Result imp = run(jiaodui(System.getProperty("java.class.path"), "import", "--db", db.toString(), "assets/samples/page-c.raw.txt"), 60);
        assertEquals(0, imp.rc(), imp.err());
        new ProcessBuilder("chmod", "-R", "a+rX,go-w", lib.toString()).start().waitFor();
        byte[] before = Files.readAllBytes(db);
        Result s = run(asNobody(withProperty(jiaodui(cp, "search", "--db", db.toString(), "疫情"))), 60);
        assertEquals(0, s.rc(), s.err());
        assertTrue(s.out().contains("疫情"), s.out());
        Result w = run(asNobody(withProperty(jiaodui(cp, "import", "--db", db.toString(), "assets/samples/page-b.md"))), 60);
        assertEquals(2, w.rc(), w.err());
        assertEquals(1, w.err().strip().lines().count(), w.err());
        assertTrue(w.err().contains(db.toString()) && w.err().contains("cannot be written"), w.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the library is unchanged");
    }

    /** Runs in one JVM (no tuned child) and with a temp dir nobody can write. */
    static List<String> withProperty(List<String> cmd) {
        List<String> c = new ArrayList<>(cmd);
        c.add(1, "-Djiaodui.tuned=false");
        c.add(1, "-Djava.io.tmpdir=/tmp");
        c.add(1, "-Duser.home=/tmp");
        return c;
    }
}
