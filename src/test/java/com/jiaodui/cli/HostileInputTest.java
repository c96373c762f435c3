package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.cli.StoreCliSupport.Run;
import com.jiaodui.store.Library;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs and conditions, driven through the command line in-process (issue 11). Each case asserts the
 * exit status, that stderr is one line naming the file and the reason (or empty), and that inputs and libraries
 * are unchanged where nothing should change. The cases that need real processes (a FIFO read by a real JVM, the
 * tuned child JVM and signals, a non-root user) are in {@code com.jiaodui.HostileProcessTest}; the library's own conditions
 * (locked, damaged, full) in {@code com.jiaodui.store.HostileStoreTest}.
 */
class HostileInputTest {
    static final Duration QUICK = Duration.ofSeconds(5);
    static String pageC;
    static byte[] pageCBytes;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        pageCBytes = Files.readAllBytes(Path.of("assets/samples/page-c.raw.txt"));
        pageC = new String(pageCBytes, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Run run(String... args) {
        return StoreCliSupport.run(args);
    }

    /** Commands that must change no file: every input and library is compared before and after. */
    static final Set<String> READ_ONLY = Set.of("check", "articles", "diff", "search", "history");

    /** Runs a command that must finish within {@link #QUICK}; a read-only one must leave {@link #dir} unchanged. */
    Run quick(String... args) throws Exception {
        Map<String, String> before = READ_ONLY.contains(args[0]) ? snapshot(dir) : null;
        Run r = assertTimeoutPreemptively(QUICK, () -> run(args), () -> "hung: " + String.join(" ", args));
        if (before != null) {
            assertEquals(before, snapshot(dir), "a read-only command changed a file: " + String.join(" ", args));
        }
        return r;
    }

    /** Exit 2 and exactly one stderr line holding the file's name and the reason. */
    static String oneError(Run r, Object file, String reason) {
        assertEquals(Cli.EXIT_USAGE, r.rc(), () -> "exit status; stderr: " + r.err());
        return oneLine(r, file, reason);
    }

    static String oneLine(Run r, Object file, String reason) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), () -> "one stderr line: " + r.err());
        String line = lines.get(0);
        if (file != null) {
            assertTrue(line.contains(String.valueOf(file)), () -> "names " + file + ": " + line);
        }
        assertTrue(line.contains(reason), () -> "says \"" + reason + "\": " + line);
        return line;
    }

    static void clean(Run r) {
        assertEquals(0, r.rc(), r::err);
        assertEquals("", r.err(), "no stderr");
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    static byte[] cat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] r = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, r, at, p.length);
            at += p.length;
        }
        return r;
    }

    static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    /** Every file below {@code root} with its SHA-256 (to show nothing changed). */
    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            // SQLite's -shm is a shared-memory index every reader of a WAL library updates, not data
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith("-shm")).toList()) {
                m.put(root.relativize(p).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return m;
    }

    /** A line boundary near the middle of page C (a byte offset just after a line feed). */
    static int middleLine() {
        int m = pageCBytes.length / 2;
        while (pageCBytes[m - 1] != '\n') {
            m++;
        }
        return m;
    }

    Path library() throws Exception {
        Path db = dir.resolve("lib.db");
        Run r = run("import", "--db", db.toString(), StoreCliSupport.sample(Files.createDirectories(dir.resolve("in")),
                "page-c.raw.txt").toString());
        assertEquals(0, r.rc(), r.err());
        return db;
    }

    // ------------------------------------------------------------------------------------------------ decoding

    @Test
    void aStrayByteInAUtf8PageOfEvenLengthStaysUtf8WithAWarningAndAFlag() throws Exception {
        int m = middleLine();
        byte[] bytes = cat(java.util.Arrays.copyOf(pageCBytes, m), b(0xFF), java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length));
        if (bytes.length % 2 != 0) {
            bytes = cat(java.util.Arrays.copyOf(pageCBytes, m), b(0xFF, 0xFF), java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length));
        }
        Path p = write("page-c.raw.txt", bytes);
        Run r = quick("check", "--json", p.toString());
        assertEquals(0, r.rc(), r.err());
        oneLine(r, p, "invalid UTF-8 byte sequence");
        assertTrue(r.err().contains("at byte " + m), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        boolean flagged = false;
        for (JsonNode f : doc.get("flags")) {
            flagged |= f.get("kind").asText().equals("garbled-char") && f.get("message").asText().contains("at byte " + m);
        }
        assertTrue(flagged, "a garbled-char flag names the byte offset: " + r.out());
        Run c = quick("clean", p.toString());
        assertTrue(c.out().contains("市疫情防控") || c.out().contains("疫情"), "read as UTF-8, not as UTF-16 gibberish");
    }

    @Test
    void aStrayByteOfOddLengthIsNotCalledBinary() throws Exception {
        int m = middleLine();
        byte[] bytes = cat(java.util.Arrays.copyOf(pageCBytes, m), b(0xFF), java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length));
        if (bytes.length % 2 == 0) {
            bytes = cat(java.util.Arrays.copyOf(pageCBytes, m), b(0xFE, 0xFF), java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length));
        }
        Path p = write("odd.txt", bytes);
        Run r = quick("check", p.toString());
        assertEquals(0, r.rc(), r.err());
        oneLine(r, p, "kept as U+FFFD");
    }

    @Test
    void aLoneCesuSurrogateIsKeptAsReplacementCharacters() throws Exception {
        int m = middleLine() + 30; // inside a line of text, between two 3-byte characters
        while ((pageCBytes[m] & 0xC0) == 0x80) {
            m++;
        }
        Path p = write("cesu.txt", cat(java.util.Arrays.copyOf(pageCBytes, m), b(0xED, 0xA0, 0x80),
                java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length)));
        Run r = quick("check", p.toString());
        assertEquals(0, r.rc(), r.err());
        oneLine(r, p, "at byte " + m);
        SourceText s = TextDecoder.read(p);
        assertEquals("UTF-8", s.encoding());
        assertEquals(pageC.length() + 3, s.raw().length(), "three U+FFFD, the rest intact");
    }

    @Test
    void aStrayByteVersionOfAKnownPageRetiresNoArticle() throws Exception {
        Path db = library();
        int m = middleLine();
        Path p = write("v2/page-c.raw.txt", cat(java.util.Arrays.copyOf(pageCBytes, m), b(0xFF, 0xFF),
                java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length)));
        Run r = run("import", "--db", db.toString(), p.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains(" 0 retired"), r.out());
        oneLine(r, p, "invalid UTF-8 byte sequence");
    }

    @Test
    void halfUtf8HalfGbkIsMixedEncodingsAtTheExactByte() throws Exception {
        int m = middleLine();
        byte[] gbk = new String(pageCBytes, m, pageCBytes.length - m, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        Path p = write("mixed.txt", cat(java.util.Arrays.copyOf(pageCBytes, m), gbk));
        oneError(quick("check", p.toString()), p, "mixed encodings (UTF-8 and GB18030 at byte " + m + ")");
    }

    @Test
    void gbkThenUtf8IsMixedEncodingsToo() throws Exception {
        int m = middleLine();
        byte[] gbk = new String(pageCBytes, 0, m, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        Path p = write("mixed2.txt", cat(gbk, java.util.Arrays.copyOfRange(pageCBytes, m, pageCBytes.length)));
        oneError(quick("check", p.toString()), p, "mixed encodings (GB18030 and UTF-8 at byte " + gbk.length + ")");
    }

    static Stream<Arguments> encodings() {
        String trad = "市政府新聞辦公室今日舉行記者會，說明各級單位疫情防控的最新進展。\n記者從會上獲悉，全市已經完成第四輪全員核酸檢測，結果全部為陰性。\n".repeat(3);
        return Stream.of(
                Arguments.of("UTF-8", new byte[0], "UTF-8", null),
                Arguments.of("UTF-8", b(0xEF, 0xBB, 0xBF), "UTF-8", null),
                Arguments.of("UTF-16LE", b(0xFF, 0xFE), "UTF-16LE", null),
                Arguments.of("UTF-16BE", b(0xFE, 0xFF), "UTF-16BE", null),
                Arguments.of("UTF-16LE", new byte[0], "UTF-16LE", null),
                Arguments.of("UTF-16BE", new byte[0], "UTF-16BE", null),
                Arguments.of("UTF-32LE", b(0xFF, 0xFE, 0, 0), "UTF-32LE", null),
                Arguments.of("UTF-32BE", b(0, 0, 0xFE, 0xFF), "UTF-32BE", null),
                Arguments.of("GB18030", new byte[0], "GB18030", null),
                Arguments.of("GBK", new byte[0], "GB18030", null),
                Arguments.of("Big5", new byte[0], "Big5", trad));
    }

    @ParameterizedTest(name = "{0} with BOM {1}")
    @MethodSource("encodings")
    void everyEncodingAndBomIsReadExactly(String charset, byte[] bom, String detected, String text) throws Exception {
        String page = text == null ? pageC : text;
        Path p = write("enc-" + charset + "-" + bom.length + ".txt", cat(bom, page.getBytes(Charset.forName(charset))));
        SourceText s = TextDecoder.read(p);
        assertEquals(detected, s.encoding());
        assertEquals(page, s.raw());
        assertEquals(bom.length > 0, s.bom());
        clean(quick("check", p.toString()));
    }

    @Test
    void aUtf8BomOverGbkIsRefusedNamingBoth() throws Exception {
        Path p = write("bomgbk.txt", cat(b(0xEF, 0xBB, 0xBF), pageC.getBytes(Charset.forName("GBK"))));
        oneError(quick("check", p.toString()), p, "not UTF-8 although it starts with a UTF-8 byte order mark");
    }

    @Test
    void aUtf16BomWithAnOddLengthIsRefused() throws Exception {
        Path p = write("odd16.txt", cat(b(0xFF, 0xFE), "本报".getBytes(StandardCharsets.UTF_16LE), b(0x41)));
        oneError(quick("check", p.toString()), p, "odd number of bytes");
    }

    @Test
    void aUtf16BomWithAnUnpairedSurrogateIsRefused() throws Exception {
        Path p = write("surr16.txt", cat(b(0xFF, 0xFE), "本报讯".getBytes(StandardCharsets.UTF_16LE), b(0x00, 0xD8, 0x41, 0x00)));
        oneError(quick("check", p.toString()), p, "invalid code units");
    }

    @ParameterizedTest(name = "BOM {0} alone")
    @ValueSource(strings = {"EFBBBF", "FFFE", "FEFF"})
    void aByteOrderMarkAloneIsEmpty(String hex) throws Exception {
        Path p = write("bom-" + hex + ".txt", HexFormat.of().parseHex(hex));
        oneError(quick("check", p.toString()), p, "only a byte order mark");
    }

    @Test
    void bytesThatOnlyLookLikeUtf16AreNotReadAsUtf16() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] == 0 ? 1 : noise[i]);
        }
        Path p = write("noise.txt", noise);
        oneError(quick("check", p.toString()), p, "binary");
    }

    @ParameterizedTest(name = "NUL at byte {0}")
    @ValueSource(ints = {0, 1, 5000, -1, 70_000})
    void aNulByteAnywhereIsRefusedWithItsOffset(int at) throws Exception {
        byte[] page = pageC.repeat(6).getBytes(StandardCharsets.UTF_8);
        int pos = at < 0 ? page.length - 1 : at;
        page[pos] = 0;
        Path p = write("nul" + at + ".txt", page);
        oneError(quick("check", p.toString()), p, "is binary, not a text page (a NUL byte at byte " + pos + ")");
    }

    @Test
    void controlCharacterSoupIsBinary() throws Exception {
        byte[] page = new byte[2000];
        for (int i = 0; i < page.length; i++) {
            page[i] = (byte) (i % 2 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path p = write("ctl.txt", page);
        oneError(quick("check", p.toString()), p, "binary, not a text page");
    }

    @Test
    void astralCharactersAndCombiningMarksAreKept() throws Exception {
        String page = "𠀀𠀁𪚥字里行间，café 与 e\u0301 同在。😀 本报讯\n\n第二段𠀀。\n";
        Path p = write("astral.txt", page.getBytes(StandardCharsets.UTF_8));
        clean(quick("check", p.toString()));
        Run c = quick("clean", p.toString());
        clean(c);
        assertTrue(c.out().contains("𠀀𠀁𪚥") && c.out().contains("e\u0301") && c.out().contains("😀"), c.out());
    }

    @Test
    void anExcerptNeverCutsASurrogatePair() {
        String raw = "𠀀".repeat(50);
        for (int s = 0; s < 4; s++) {
            for (int len = 58; len < 70; len++) {
                String ex = CheckCommand.excerpt(raw, new Flag(FlagKind.GARBLED_CHAR, s, s + len, "x", ""));
                for (int i = 0; i < ex.length(); i++) {
                    char c = ex.charAt(i);
                    if (Character.isHighSurrogate(c)) {
                        assertTrue(i + 1 < ex.length() && Character.isLowSurrogate(ex.charAt(i + 1)), ex);
                        i++;
                    } else {
                        assertFalse(Character.isLowSurrogate(c), ex);
                    }
                }
            }
        }
    }

    @Test
    void bidiControlsInAPageAreText() throws Exception {
        String page = "本报讯\u202E 倒序 \u202C记者报道。\n\n第二段\u2066隔离\u2069。\n";
        Path p = write("bidi.txt", page.getBytes(StandardCharsets.UTF_8));
        Run r = quick("check", p.toString());
        assertEquals(0, r.rc(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void emptyAndBlankFilesSaySo() throws Exception {
        Path e = write("empty.txt", new byte[0]);
        oneError(quick("check", e.toString()), e, "is empty");
        Path w = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        oneError(quick("check", w.toString()), w, "holds no text");
    }

    @Test
    void aFileJustOverTheLimitGivesItsExactSize() throws Exception {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(TextDecoder.MAX_BYTES + 100); // sparse: no disk used, nothing read
        }
        oneError(quick("check", p.toString()), p, "is too large to be a page (64 MiB + 100 B; the limit is 64 MiB)");
    }

    @Test
    void aTenMegabyteSingleLineIsCleanedInTimeProportionalToItsSize() throws Exception {
        String line = pageC.replace("\n", "");
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3_500_000) {
            sb.append(line);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length >= 10_000_000);
        Path p = write("oneline.txt", bytes);
        long t0 = System.nanoTime();
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run("clean", p.toString()));
        clean(r);
        assertTrue(r.out().length() > 1_000_000);
        System.out.printf("10 MB single line cleaned in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // ------------------------------------------------------------------------------------------------ file kinds

    Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        return p;
    }

    @ParameterizedTest(name = "a FIFO given to {0}")
    @ValueSource(strings = {"check", "clean", "articles"})
    void aFifoIsRefusedAtOnce(String command) throws Exception {
        Path f = fifo("pipe-" + command + ".txt");
        oneError(quick(command, f.toString()), f, "is a named pipe (FIFO), not a regular file");
    }

    @Test
    void diffOnAFifoIsRefusedAtOnce() throws Exception {
        Path f = fifo("pipe.txt");
        Path a = StoreCliSupport.sample(dir, "page-b.md");
        oneError(quick("diff", a.toString(), f.toString()), f, "named pipe (FIFO)");
        oneError(quick("diff", f.toString(), a.toString()), f, "named pipe (FIFO)");
    }

    @Test
    void importOfAFifoDoesNotHoldTheLibrary() throws Exception {
        Path db = library();
        Path f = fifo("pipe.txt");
        Path b = StoreCliSupport.sample(dir, "page-b.md");
        Run r = quick("import", "--db", db.toString(), f.toString(), b.toString());
        oneError(r, f, "named pipe (FIFO)");
        assertTrue(r.out().contains("page-b.md: new page"), r.out());
        Run s = quick("search", "--db", db.toString(), "疫情");
        assertEquals(0, s.rc(), s.err());
    }

    @ParameterizedTest(name = "a FIFO as --db of {0}")
    @ValueSource(strings = {"search", "history", "export", "import"})
    void aFifoAsTheLibraryIsRefusedAtOnce(String command) throws Exception {
        Path f = fifo("lib-" + command + ".db");
        List<String> args = new ArrayList<>(List.of(command, "--db", f.toString()));
        switch (command) {
            case "search" -> args.add("疫情");
            case "history" -> args.add("1");
            case "export" -> args.addAll(List.of("--format", "txt", "--out", dir.resolve("x").toString()));
            default -> args.add(StoreCliSupport.sample(dir, "page-b.md").toString());
        }
        oneError(quick(args.toArray(String[]::new)), f, "is a named pipe (FIFO), not a library file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/dev/zero", "/dev/null", "/dev/urandom"})
    void aDeviceIsRefusedAtOnceWithoutReadingIt(String device) throws Exception {
        assumeTrue(Files.exists(Path.of(device)));
        oneError(quick("check", device), device, "is a character device, not a regular file");
    }

    @Test
    void aSocketIsRefused() throws Exception {
        Path sock = dir.resolve("s.txt");
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(sock));
            oneError(quick("check", sock.toString()), sock, "is a socket");
        }
    }

    @Test
    void aFolderNamedLikeAPageSaysItHoldsNoPages() throws Exception {
        Path d = Files.createDirectories(dir.resolve("dir.txt"));
        oneError(quick("check", d.toString()), d, "is a folder holding no page files");
        oneError(quick("clean", "--out", dir.resolve("o").toString(), d.toString()), d, "holding no page files");
    }

    @Test
    void anEmptyFolderSaysSo() throws Exception {
        Path d = Files.createDirectories(dir.resolve("empty"));
        Run r = quick("check", "--json", d.toString());
        oneError(r, d, "is a folder holding no page files");
        Path db = dir.resolve("lib.db");
        oneError(quick("import", "--db", db.toString(), d.toString()), d, "holding no page files");
    }

    @Test
    void aSymbolicLinkLoopIsNamed() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        oneError(quick("check", a.toString()), a, "symbolic link loop");
    }

    @Test
    void aBrokenSymbolicLinkIsNamed() throws Exception {
        Path a = dir.resolve("gone.txt");
        Files.createSymbolicLink(a, dir.resolve("nowhere.txt"));
        oneError(quick("check", a.toString()), a, "broken symbolic link");
    }

    @Test
    void aFolderLinkLoopInsideAWalkedFolderNeitherHangsNorStopsTheWalk() throws Exception {
        Path d = Files.createDirectories(dir.resolve("pages/sub"));
        Files.createSymbolicLink(d.resolve("up"), dir.resolve("pages"));
        StoreCliSupport.sample(d, "page-b.md");
        Run r = quick("check", "--json", dir.resolve("pages").toString());
        assertEquals(0, r.rc(), r.err());
        assertEquals(1, new ObjectMapper().readTree(r.out()).size(), "the page, once");
    }

    @Test
    void badEntriesInsideAFolderAreOneLineEachAndTheRestGoesOn() throws Exception {
        Path d = Files.createDirectories(dir.resolve("batch"));
        StoreCliSupport.sample(d, "page-b.md");
        Path f = fifo("batch/pipe.txt");
        Path l = d.resolve("loop.txt");
        Files.createSymbolicLink(l, l);
        Run r = quick("check", "--json", d.toString());
        assertEquals(Cli.EXIT_USAGE, r.rc());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains(l.toString()) && lines.get(0).contains("symbolic link loop"), r.err());
        assertTrue(lines.get(1).contains(f.toString()) && lines.get(1).contains("FIFO"), r.err());
        assertEquals(1, new ObjectMapper().readTree(r.out()).size(), "page-b.md was checked: " + r.out());
    }

    @Test
    void tenThousandFilesAreWalkedAndChecked() throws Exception {
        Path d = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(d.resolve(String.format("p%05d.txt", i)), "本报讯 第" + i + "版，记者报道。\n");
        }
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run("check", "--json", d.toString()));
        assertEquals(0, r.rc(), r.err());
        assertEquals(10_000, new ObjectMapper().readTree(r.out()).size());
    }

    // ------------------------------------------------------------------------------------------------ names

    @Test
    void aFileNameWithANewlineStaysOnOneLine() throws Exception {
        Path p = write("bad\nname.txt", new byte[0]);
        Run r = quick("check", p.toString());
        oneError(r, "bad\\nname.txt", "is empty");
        Path good = write("good\nname.txt", pageCBytes);
        clean(quick("check", good.toString()));
    }

    @Test
    void aFileNameStartingWithADashIsNamedAsAnUnknownOption() throws Exception {
        Path p = write("-p.txt", pageCBytes);
        Run r = quick("check", "-p.txt");
        oneError(r, "'-p.txt'", "unknown option");
        assertTrue(r.err().contains("./-p.txt"), r.err());
        clean(quick("check", p.toString()));
        clean(quick("check", "--", p.toString()));
    }

    @Test
    void anUnknownOptionIsNamed() throws Exception {
        oneError(quick("check", "--bogus", "x.txt"), "'--bogus'", "unknown option");
        oneError(quick("diff", "a.txt"), "'B'", "Missing required parameter");
    }

    @Test
    void aBidiControlInAFileNameIsEscapedInTheMessage() throws Exception {
        Path p = write("evil\u202Etxt.exe.txt", new byte[0]);
        oneError(quick("check", p.toString()), "evil\\u202Etxt.exe.txt", "is empty");
    }

    @Test
    void aMissingFileSaysNoSuchFile() throws Exception {
        Path p = dir.resolve("nope.txt");
        oneError(quick("check", p.toString()), p, "no such file");
        oneError(quick("diff", p.toString(), p.toString()), p, "no such file");
    }

    // ------------------------------------------------------------------------------------------------ clean --out

    @Test
    void cleanIntoItsOwnInputFolderIsRefusedAndNothingChanges() throws Exception {
        Path d = Files.createDirectories(dir.resolve("pages"));
        StoreCliSupport.sample(d, "page-a.raw.txt");
        StoreCliSupport.sample(d, "page-b.md");
        Map<String, String> before = snapshot(d);
        oneError(quick("clean", "--out", d.toString(), d.toString()), d, "holds the input file");
        assertEquals(before, snapshot(d));
    }

    @Test
    void cleanIntoTheFolderOfAFileArgumentIsRefused() throws Exception {
        Path p = StoreCliSupport.sample(dir, "page-b.md");
        Map<String, String> before = snapshot(dir);
        oneError(quick("clean", "--out", dir.toString(), p.toString()), p, "holds the input file");
        assertEquals(before, snapshot(dir));
    }

    @Test
    void cleanIntoAParentOfTheInputsIsRefused() throws Exception {
        Path d = Files.createDirectories(dir.resolve("a/b"));
        StoreCliSupport.sample(d, "page-b.md");
        oneError(quick("clean", "--out", dir.resolve("a").toString(), d.toString()), "page-b.md", "holds the input file");
    }

    @Test
    void cleanKeepsSubfolders() throws Exception {
        Path d = Files.createDirectories(dir.resolve("in"));
        StoreCliSupport.sample(Files.createDirectories(d.resolve("a")), "page-b.md");
        Files.copy(Path.of("assets/samples/page-a.raw.txt"), Files.createDirectories(d.resolve("b")).resolve("page-b.md"));
        Path out = dir.resolve("out");
        clean(quick("clean", "--out", out.toString(), d.toString()));
        assertTrue(Files.isRegularFile(out.resolve("a/page-b.md")));
        assertTrue(Files.isRegularFile(out.resolve("b/page-b.md")));
        assertFalse(Files.readString(out.resolve("a/page-b.md")).equals(Files.readString(out.resolve("b/page-b.md"))));
    }

    @Test
    void twoFileArgumentsOfTheSameNameDoNotOverwriteEachOther() throws Exception {
        Path a = StoreCliSupport.sample(Files.createDirectories(dir.resolve("a")), "page-b.md");
        Path b = Files.copy(Path.of("assets/samples/page-a.raw.txt"), Files.createDirectories(dir.resolve("b")).resolve("page-b.md"));
        Path out = dir.resolve("out");
        Run r = quick("clean", "--out", out.toString(), a.toString(), b.toString());
        oneError(r, "page-b.md", "already holds the cleaned " + a);
        assertTrue(Files.readString(out.resolve("page-b.md")).contains("疫情"));
    }

    @Test
    void cleanedFilesFollowTheUmask() throws Exception {
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe); // what the umask gives a new file
        Path p = StoreCliSupport.sample(Files.createDirectories(dir.resolve("in")), "page-b.md");
        Path out = dir.resolve("out");
        clean(quick("clean", "--out", out.toString(), p.toString()));
        assertEquals(expected, Files.getPosixFilePermissions(out.resolve("page-b.md")));
    }

    @Test
    void aReplacedCleanedFileKeepsItsPermissions() throws Exception {
        Path p = StoreCliSupport.sample(Files.createDirectories(dir.resolve("in")), "page-b.md");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path t = Files.writeString(out.resolve("page-b.md"), "old");
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE);
        Files.setPosixFilePermissions(t, perms);
        clean(quick("clean", "--out", out.toString(), p.toString()));
        assertEquals(perms, Files.getPosixFilePermissions(t));
    }

    // ------------------------------------------------------------------------------------------------ search & library

    @Test
    void limitZeroGivesNoHits() throws Exception {
        Path db = library();
        Run r = quick("search", "--db", db.toString(), "-n", "0", "疫情");
        clean(r);
        assertEquals("", r.out());
        oneError(quick("search", "--db", db.toString(), "-n", "-1", "疫情"), "-1", "--limit must be 0 or more");
    }

    @ParameterizedTest(name = "query \"{0}\"")
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyQueryIsAMessage(String q) throws Exception {
        Path db = library();
        Map<String, String> before = snapshot(db.getParent());
        oneError(quick("search", "--db", db.toString(), q), null, "the query is empty");
        assertEquals(before, snapshot(db.getParent()));
    }

    @Test
    void aZeroByteDbIsNotTurnedIntoALibraryBySearch() throws Exception {
        Path db = Files.createFile(dir.resolve("zero.db"));
        oneError(quick("search", "--db", db.toString(), "疫情"), db, "is empty (0 bytes), not a library");
        assertEquals(0, Files.size(db));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no -wal/-shm/journal created");
        }
        oneError(quick("history", "--db", db.toString(), "1"), db, "is empty (0 bytes)");
        oneError(quick("export", "--db", db.toString(), "--format", "txt", "--out", dir.resolve("x").toString()), db, "is empty (0 bytes)");
        assertEquals(0, Files.size(db));
    }

    @Test
    void aMissingDbIsNotCreatedBySearch() throws Exception {
        Path db = dir.resolve("none.db");
        oneError(quick("search", "--db", db.toString(), "疫情"), db, "no such library");
        assertFalse(Files.exists(db));
    }

    @Test
    void aFolderOrAForeignFileAsDbIsNamedAndUntouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.db"));
        oneError(quick("search", "--db", folder.toString(), "x"), folder, "is a directory");
        Path txt = write("notes.db", "not a database at all".getBytes(StandardCharsets.UTF_8));
        oneError(quick("search", "--db", txt.toString(), "x"), txt, "not a Jiaodui library");
        assertEquals("not a database at all", Files.readString(txt));
    }

    @Test
    void readOnlyCommandsCreateAndChangeNoFile() throws Exception {
        Path db = library();
        try (Library lib = Library.open(db)) {
            lib.integrityCheck(); // closed cleanly: no -wal/-shm left
        }
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        Map<String, String> before = snapshot(dir);
        assertEquals(0, quick("search", "--db", db.toString(), "疫情").rc());
        assertEquals(0, quick("history", "--db", db.toString(), "1").rc());
        assertEquals(before, snapshot(dir));
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith("lib.db-")), "no -wal/-shm beside the library");
        }
    }

    @Test
    void searchWorksInAReadOnlyDirectory() throws Exception {
        Path db = library();
        Path ro = mount("ro", 4);
        Files.copy(db, ro.resolve("lib.db"));
        assumeTrue(new ProcessBuilder("mount", "-o", "remount,ro", ro.toString()).start().waitFor() == 0);
        try {
            Run r = quick("search", "--db", ro.resolve("lib.db").toString(), "疫情");
            assertEquals(0, r.rc(), r.err());
            assertTrue(r.out().contains("疫情"), r.out());
            assertEquals(0, quick("history", "--db", ro.resolve("lib.db").toString(), "1").rc());
            Run x = quick("export", "--db", ro.resolve("lib.db").toString(), "--format", "md", "--out", dir.resolve("exp").toString());
            assertEquals(0, x.rc(), x.err());
            Run w = quick("import", "--db", ro.resolve("lib.db").toString(), StoreCliSupport.sample(dir, "page-b.md").toString());
            oneError(w, ro.resolve("lib.db"), "read-only");
        } finally {
            unmount(ro);
        }
    }

    @Test
    void aFullDiskIsNamedAndDoesNotBlockReading() throws Exception {
        Path db = library();
        Path full = mount("full", 2);
        try {
            Files.copy(db, full.resolve("lib.db"));
            fill(full);
            Run s = quick("search", "--db", full.resolve("lib.db").toString(), "疫情");
            assertEquals(0, s.rc(), s.err());
            assertTrue(s.out().contains("疫情"));
            Run x = quick("export", "--db", full.resolve("lib.db").toString(), "--format", "txt", "--out", dir.resolve("exp").toString());
            assertEquals(0, x.rc(), x.err());
            Run w = run("import", "--db", full.resolve("lib.db").toString(), StoreCliSupport.sample(dir, "page-b.md").toString());
            oneError(w, full.resolve("lib.db"), "the disk is full");
        } finally {
            unmount(full);
        }
    }

    @Test
    void aCleanIntoAFullDiskSaysTheDiskIsFull() throws Exception {
        Path p = StoreCliSupport.sample(Files.createDirectories(dir.resolve("in")), "page-a.raw.txt");
        Path full = mount("full2", 1);
        try {
            fill(full);
            Run r = quick("clean", "--out", full.toString(), p.toString());
            oneError(r, "page-a.raw.txt", "the disk is full");
            try (Stream<Path> s = Files.list(full)) {
                assertEquals(List.of("fill"), s.map(f -> f.getFileName().toString()).toList(), "no temporary file left");
            }
        } finally {
            unmount(full);
        }
    }

    @Test
    void anExportIntoAFullDiskSaysTheDiskIsFullAndLeavesNoTemporaryFile() throws Exception {
        Path db = library();
        Path full = mount("full3", 1);
        try {
            fill(full);
            Run r = quick("export", "--db", db.toString(), "--format", "json", "--out", full.toString());
            oneError(r, full.toString(), "the disk is full");
            try (Stream<Path> s = Files.list(full)) {
                assertEquals(List.of("fill"), s.map(f -> f.getFileName().toString()).toList(), "no temporary file left");
            }
        } finally {
            unmount(full);
        }
    }

    Path mount(String name, int mib) throws Exception {
        Path m = Files.createDirectories(dir.resolve(name));
        boolean ok;
        try {
            ok = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + mib + "m", "tmpfs", m.toString())
                    .redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, "cannot mount a tmpfs here (not root, or no mount permission); covered by HostileStoreTest's max_page_count");
        return m;
    }

    static void unmount(Path m) throws Exception {
        new ProcessBuilder("umount", "-l", m.toString()).start().waitFor();
    }

    static void fill(Path m) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (var out = Files.newOutputStream(m.resolve("fill"))) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    // ------------------------------------------------------------------------------------------------ export

    @Test
    void aKilledExportsTemporaryFilesAreCleanedByTheNextRun() throws Exception {
        Path db = library();
        Path out = Files.createDirectories(dir.resolve("exp"));
        Path dead = Files.writeString(out.resolve(".jiaodui-999999999-123.tmp"), "half");
        Path old = Files.writeString(out.resolve(".jiaodui-4242.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path live = Files.writeString(out.resolve(".jiaodui-1-5.tmp"), "pid 1 is alive");
        Run r = quick("export", "--db", db.toString(), "--format", "txt", "--out", out.toString());
        assertEquals(0, r.rc(), r.err());
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(live), "a running process's temporary file is left alone");
    }

    @Test
    void exportedFilesFollowTheUmask() throws Exception {
        Path db = library();
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        Path out = dir.resolve("exp");
        assertEquals(0, quick("export", "--db", db.toString(), "--format", "txt", "--out", out.toString()).rc());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(f), f.toString());
        }
    }
}
