package com.jiaodui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void aFolderOrManyFilesMakeABatchForTheTunedJvm() {
        assertTrue(Launcher.isLargeBatch(new String[] {"check", "--json", "assets/samples"}));
        assertTrue(Launcher.isLargeBatch(new String[] {"import", "--db", "x.db", "assets/samples"}));
        List<String> many = new ArrayList<>(List.of("clean", "--out", "out"));
        for (int i = 0; i < 25; i++) {
            many.add("page" + i + ".txt");
        }
        assertTrue(Launcher.isLargeBatch(many.toArray(String[]::new)));
    }

    @Test
    void singleFilesAndOtherCommandsRunInThisJvm() {
        assertFalse(Launcher.isLargeBatch(new String[] {"check", "assets/samples/page-b.md"}));
        assertFalse(Launcher.isLargeBatch(new String[] {"diff", "assets/samples/page-a.raw.txt", "assets/samples/page-a.clean.txt"}));
        assertFalse(Launcher.isLargeBatch(new String[] {"search", "assets/samples"}));
        assertFalse(Launcher.isLargeBatch(new String[] {"clean", "--out", "assets", "assets/samples/page-b.md"}));
    }

    @Test
    void withoutADisplayTheAppSaysSoInsteadOfAStackTrace() {
        String m = Launcher.noDisplay("Linux", null, "", null);
        assertTrue(m.contains("no display") && m.contains("DISPLAY") && m.contains("--help"), m);
        assertNull(Launcher.noDisplay("Linux", ":99", null, null));
        assertNull(Launcher.noDisplay("Linux", null, "wayland-0", null));
        assertNull(Launcher.noDisplay("Linux", null, null, "Monocle")); // headless tests
        assertNull(Launcher.noDisplay("Windows 11", null, null, null));
    }
}
