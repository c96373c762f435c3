package com.jiaodui.i18n;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key in both languages, and every key the code uses in the bundles: the app's UI texts, the engine's flag
 * messages and the command line's texts. The code is scanned for string literals passed as keys
 * ({@code text("…")}, {@code bind("…")}, {@code label(…, "…")}, {@code Msg.of("…")}, {@code Cli.text("…")}); keys
 * built from a prefix ({@code "kind." + id}) are checked by enumerating what they are built from.
 */
class MessageKeysTest {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static ResourceBundle en(String name) {
        return ResourceBundle.getBundle(name, Locale.ROOT, NO_FALLBACK);
    }

    static ResourceBundle zh(String name) {
        return ResourceBundle.getBundle(name, Locale.SIMPLIFIED_CHINESE, NO_FALLBACK);
    }

    /** Keys of the _zh file itself (not inherited from the base). */
    static Set<String> ownKeys(String resource) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = MessageKeysTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveEveryKeyOfTheAppTheEngineAndTheCommandLine() throws IOException {
        for (String name : new String[] {"com/jiaodui/app/messages", "com/jiaodui/text/messages", "com/jiaodui/cli/messages"}) {
            Set<String> base = ownKeys("/" + name + ".properties");
            Set<String> zh = ownKeys("/" + name + "_zh.properties");
            Set<String> missingZh = new TreeSet<>(base);
            missingZh.removeAll(zh);
            Set<String> missingEn = new TreeSet<>(zh);
            missingEn.removeAll(base);
            assertEquals(Set.of(), missingZh, name + ": keys without Chinese");
            assertEquals(Set.of(), missingEn, name + ": keys without English");
        }
    }

    @Test
    void everyEngineTemplateFormatsInBothLanguages() {
        for (ResourceBundle b : new ResourceBundle[] {en("com.jiaodui.text.messages"), zh("com.jiaodui.text.messages")}) {
            for (String k : b.keySet()) {
                String out = new java.text.MessageFormat(b.getString(k), Locale.ROOT).format(new Object[] {"A", "B", "C", "D"});
                assertFalse(out.contains("{"), k + ": " + out);
            }
        }
        Msg m = Msg.of("space.ideographic", Msg.of("space.number-han"));
        assertEquals("ideographic space between a number and a Chinese character", m.english());
        assertEquals("全角空格：数字与汉字之间有空格", m.render(Locale.CHINA));
    }

    static final Pattern APP_KEY = Pattern.compile(
            "(?:ctx\\.text|text|\\.bind|i18n\\(\\)\\.text)\\(\"([a-zA-Z][\\w.-]*)\"|label\\([^,()]*(?:\\(\\))?, \"([a-zA-Z][\\w.-]*)\"|"
                    + "add\\(\"(\\w+)\", |menu\\(\"(menu\\.\\w+)\"|button\\((?:\"\\w+\", )?\"([a-z]+\\.[\\w.]+)\"");
    static final Pattern MSG_KEY = Pattern.compile("Msg\\.of\\(\"([\\w.-]+)\"");
    static final Pattern CLI_KEY = Pattern.compile("Cli\\.text\\(\"([\\w.-]+)\"|\\btext\\(\"([\\w.-]+)\"");

    static Stream<Path> sources(String pkg) throws IOException {
        return Files.walk(Path.of("src/main/java/com/jiaodui", pkg)).filter(p -> p.toString().endsWith(".java"));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        ResourceBundle app = en("com.jiaodui.app.messages");
        ResourceBundle appZh = zh("com.jiaodui.app.messages");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> s = sources("app")) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = APP_KEY.matcher(Files.readString(p));
                while (m.find()) {
                    String k = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                            : m.group(3) != null ? "action." + m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                    if (k.endsWith(".")) {
                        continue; // a prefix: checked by enumeration below
                    }
                    if (!app.containsKey(k) || !appZh.containsKey(k)) {
                        missing.add(p.getFileName() + ": " + k);
                    }
                }
            }
        }
        ResourceBundle eng = en("com.jiaodui.text.messages");
        ResourceBundle engZh = zh("com.jiaodui.text.messages");
        for (String pkg : new String[] {"text", "review", "library"}) {
            try (Stream<Path> s = sources(pkg)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Matcher m = MSG_KEY.matcher(Files.readString(p));
                    while (m.find()) {
                        String k = m.group(1);
                        // keys finished in code: "flag.learned-fix" + variant, "furniture." + sub-kind
                        if (k.endsWith(".") || !k.contains(".") || k.equals("flag.learned-fix")) {
                            continue;
                        }
                        if (!eng.containsKey(k) || !engZh.containsKey(k)) {
                            missing.add(p.getFileName() + ": " + k);
                        }
                    }
                }
            }
        }
        for (String k : new String[] {"flag.learned-fix", "flag.learned-fix.by", "flag.learned-fix.on", "flag.learned-fix.by.on",
                "furniture.jump-marker", "furniture.editor-code", "furniture.photo-credit", "furniture.countdown",
                "furniture.page-index", "furniture.page-index.teaser", "furniture.column-label"}) {
            assertTrue(eng.containsKey(k) && engZh.containsKey(k), k);
        }
        ResourceBundle cli = en("com.jiaodui.cli.messages");
        ResourceBundle cliZh = zh("com.jiaodui.cli.messages");
        try (Stream<Path> s = sources("cli")) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = CLI_KEY.matcher(Files.readString(p));
                while (m.find()) {
                    String k = m.group(1) != null ? m.group(1) : m.group(2);
                    if (k.endsWith(".")) {
                        continue; // "status." + id: enumerated below
                    }
                    if (!cli.containsKey(k) || !cliZh.containsKey(k)) {
                        missing.add(p.getFileName() + ": " + k);
                    }
                }
            }
        }
        for (com.jiaodui.store.ReviewStatus st : com.jiaodui.store.ReviewStatus.values()) {
            if (!cli.containsKey("status." + st.id()) || !cliZh.containsKey("status." + st.id())) {
                missing.add("cli status." + st.id());
            }
        }
        // keys built from a prefix in the app
        for (com.jiaodui.text.FlagKind k : com.jiaodui.text.FlagKind.values()) {
            if (!app.containsKey("kind." + k.id()) || !appZh.containsKey("kind." + k.id())) {
                missing.add("kind." + k.id());
            }
        }
        for (String t : new String[] {"confirmation", "information", "error", "warning", "none"}) {
            assertTrue(app.containsKey("dialog.title." + t) && appZh.containsKey("dialog.title." + t), t);
        }
        assertEquals(Set.of(), missing, "keys used in code but missing in a bundle");
    }

    @Test
    void everyFlagOfTheSamplesHasAKeyedMessageInBothLanguages() throws Exception {
        Analyzer analyzer = new Analyzer();
        int flags = 0;
        try (Stream<Path> s = Files.list(Path.of("assets/samples"))) {
            for (Path p : (Iterable<Path>) s.filter(x -> x.toString().matches(".*\\.(txt|md)$") && !x.endsWith("README.md"))::iterator) {
                for (Flag f : analyzer.analyze(com.jiaodui.text.TextDecoder.read(p)).flags()) {
                    flags++;
                    assertFalse(f.msg().isLiteral(), p + ": a flag without a message key: " + f.message());
                    assertTrue(Msg.bundle(Locale.ENGLISH).containsKey(f.msg().key()), f.msg().key());
                    String zhText = f.message(Locale.SIMPLIFIED_CHINESE);
                    assertTrue(zhText.codePoints().anyMatch(c -> c > 0x2E7F), "Chinese message: " + zhText);
                }
            }
        }
        assertTrue(flags > 100, "flags checked: " + flags);
    }
}
