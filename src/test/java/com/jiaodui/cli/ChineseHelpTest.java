package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every editor's command's {@code --help} in Chinese: no description line left in English. */
class ChineseHelpTest {
    /** Three English words in a row outside option names, placeholders and examples: an untranslated sentence. */
    static final Pattern ENGLISH = Pattern.compile("\\b[a-z]{2,}\\s+[a-z]{2,}\\s+[a-z]{2,}\\b");

    @Test
    void everyCommandsHelpIsChinese() {
        List<String> english = new ArrayList<>();
        for (String c : Cli.COMMANDS) {
            // eval and eval-chars are the developers' measuring commands (README "Evaluating the engine"), not an editor's
            if (c.startsWith("-") || c.equals("help") || c.startsWith("eval")) {
                continue;
            }
            StringWriter out = new StringWriter();
            int rc = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), c, "--help", "--lang", "zh");
            assertEquals(0, rc, c);
            for (String line : out.toString().split("\n")) {
                // option names, placeholders and JSON field lists stay as they are typed
                String prose = line.replaceAll("--?[\\w-]+(=\\S+)?|\\{[^}]*}|\\$\\w+|[A-Z_]{2,}", " ");
                if (ENGLISH.matcher(prose).find()) {
                    english.add(c + ": " + line.strip());
                }
            }
        }
        assertTrue(english.isEmpty(), () -> String.join("\n", english));
    }
}
