package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.help.HelpSheet;
import com.jiaodui.app.settings.SettingsDialog;
import com.jiaodui.app.versions.CompareView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The UI language: switching it relabels the open window (menus, panels, flag list, status bar); a Chinese screen
 * (main window with a review open, F1 key sheet, settings, compare) shows no label in English; the key sheet lists
 * every action that has a key, none cut to "…". Headless (Monocle).
 */
class LanguageTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        LanguageTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    static final ResourceBundle ZH = I18n.bundle(Locale.SIMPLIFIED_CHINESE);
    static final ResourceBundle EN = I18n.bundle(Locale.ENGLISH);

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    JiaoduiApp app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
        System.clearProperty("jiaodui.db");
        System.clearProperty("jiaodui.home");
    }

    static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The app in a language, with page-b open in the review. */
    MainWindow launch(String language) throws Exception {
        return launch(language, "page-b.md");
    }

    /** The app in a language, with these sample files imported and the first one's first article open. */
    MainWindow launch(String language, String... samples) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("settings.properties"), "language=" + language + "\n");
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of()));
        waitFor(() -> app.window() != null && app.window().libraryViewModel().loadsProperty().get() > 0);
        MainWindow w = app.window();
        List<Path> pages = new ArrayList<>();
        for (String name : samples) {
            pages.add(Files.copy(Path.of("assets/samples", name), dir.resolve(name)));
        }
        robot.interact(() -> w.importFiles(pages, true));
        waitFor(() -> w.reviewViewModel().loadedProperty().get() != null && !w.reviewViewModel().flags().isEmpty());
        return w;
    }

    static List<String> menuTexts(MenuBar bar) {
        List<String> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            out.add(m.getText());
            for (MenuItem it : m.getItems()) {
                if (it.getText() != null) {
                    out.add(it.getText());
                }
            }
        }
        return out;
    }

    static boolean cjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void switchingTheLanguageRelabelsTheOpenWindow() throws Exception {
        MainWindow w = launch("en");
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals(EN.getString("menu.file"), bar.getMenus().get(0).getText());
        Labeled progress = robot.lookup("#libraryProgress").queryLabeled();
        assertFalse(cjk(progress.getText()), progress.getText());
        List<String> flagRowsEn = flagRows();
        assertTrue(flagRowsEn.stream().noneMatch(r -> r.contains("中文中的半角")), flagRowsEn.toString());

        robot.interact(() -> app.context().i18n().setLocale(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();

        // menus: every menu and item now has its Chinese text
        List<String> menus = menuTexts(bar);
        for (String t : menus) {
            assertTrue(cjk(t), "menu not relabelled: " + t + " in " + menus);
        }
        assertEquals(ZH.getString("menu.file"), bar.getMenus().get(0).getText());
        // panels and status bar
        assertTrue(progress.getText().startsWith("已完成"), progress.getText());
        assertEquals(ZH.getString("review.raw"), robot.lookup(".pane-title").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(ZH.getString("review.raw")::equals).findFirst().orElse(null));
        assertTrue(robot.lookup("#articleTitle").queryLabeled().getText().contains(ZH.getString("review.article")));
        assertEquals(ZH.getString("action.accept"), robot.lookup("#acceptButton").queryButton().getText());
        assertEquals(ZH.getString("button.cancel"), robot.lookup("#taskCancel").queryButton().getText());
        assertTrue(w.libraryView().tree().getRoot() != null);
        // the flag list: kind groups and the engine's messages in Chinese
        List<String> flagRows = flagRows();
        assertTrue(flagRows.stream().anyMatch(r -> r.contains("中文中的半角")), flagRows.toString());
        assertTrue(flagRows.stream().anyMatch(r -> r.startsWith(ZH.getString("kind.punctuation-width"))), flagRows.toString());
        assertTrue(app.window() != null && ((javafx.stage.Stage) bar.getScene().getWindow()).getTitle().startsWith("校对"));

        // and back
        robot.interact(() -> app.context().i18n().setLocale(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EN.getString("menu.file"), bar.getMenus().get(0).getText());
        assertFalse(cjk(progress.getText()), progress.getText());
    }

    List<String> flagRows() {
        List<String> out = new ArrayList<>();
        for (Node n : robot.lookup("#flagTree .tree-cell").queryAll()) {
            String t = ((Labeled) n).getText();
            if (t != null && !t.isBlank()) {
                // a flag row shows the text around the flag; its message is in the row's tooltip
                javafx.scene.control.Tooltip tip = ((javafx.scene.control.Control) n).getTooltip();
                out.add(tip == null ? t : t + "  " + tip.getText());
            }
        }
        return out;
    }

    /** Keys (Ctrl+S, F8, Page Down, ⌘S), numbers and symbols, file and page names: what may stay ASCII. */
    static final Pattern KEY_TOKEN = Pattern.compile(
            "(?i)(ctrl|shift|alt|meta|cmd|command|shortcut|f\\d{1,2}|page ?up|page ?down|enter|back ?space|esc|tab|"
                    + "delete|comma|home|end|space|[a-z0-9]|[^a-z0-9\\s])");
    static final Pattern NO_LETTERS = Pattern.compile("[^\\p{IsLatin}]*");
    static final Pattern FILE_NAME = Pattern.compile(".*[\\w-]+\\.(txt|md|db|pdf|json|xml|hocr)\\b.*|.*page-[a-z]\\b.*");

    static boolean allowedAscii(String s) {
        String t = s.strip();
        if (t.isEmpty() || cjk(t) || NO_LETTERS.matcher(t).matches() || FILE_NAME.matcher(t).matches()) {
            return true;
        }
        for (String part : t.split("[+/]")) {
            if (!part.isBlank() && !KEY_TOKEN.matcher(part.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Every visible text of a window that is Latin words only. */
    static Set<String> englishLabels(Parent root) {
        Set<String> out = new TreeSet<>();
        collect(root, out);
        return out;
    }

    static void collect(Node n, Set<String> out) {
        if (!n.isVisible()) {
            return;
        }
        String t = null;
        if (n instanceof Labeled l) {
            t = l.getText();
            if (l.getTooltip() != null && !allowedAscii(l.getTooltip().getText())) {
                out.add("tooltip: " + l.getTooltip().getText());
            }
        } else if (n instanceof TextInputControl c && (c.getText() == null || c.getText().isEmpty())) {
            t = c.getPromptText();
        } else if (n instanceof ComboBoxBase<?> c) {
            t = c.getPromptText();
        } else if (n instanceof Text tx && !(tx.getParent() instanceof Labeled)
                && !tx.getStyleClass().contains("text") && tx.getParent() != null
                && tx.getParent().getClass().getName().contains("Label")) {
            t = tx.getText();
        }
        if (t != null && !allowedAscii(t)) {
            out.add(n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + ": " + t);
        }
        if (n instanceof MenuBar bar) {
            for (String m : menuTexts(bar)) {
                if (!allowedAscii(m)) {
                    out.add("menu: " + m);
                }
            }
        }
        if (n instanceof Parent p && !(n instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    @Test
    void chineseScreensShowNoEnglishLabels() throws Exception {
        // page-a with its raw and cleaned versions: the library rows, the review's side chooser and compare show roles
        MainWindow w = launch("zh", "page-a.raw.txt", "page-a.clean.txt");
        AppContext ctx = app.context();
        Window main = robot.lookup("#menuBar").query().getScene().getWindow();
        assertEquals(Set.of(), englishLabels(main.getScene().getRoot()), "main window and review");

        // F1: the key sheet
        robot.interact(() -> w.run("help"));
        waitFor(() -> robot.lookup("#helpSheet").tryQuery().isPresent());
        Parent help = robot.lookup("#helpSheet").queryAs(Parent.class);
        assertEquals(Set.of(), englishLabels(help), "key sheet");
        robot.interact(() -> help.getScene().getWindow().hide());

        // settings
        SettingsDialog[] settings = new SettingsDialog[1];
        robot.interact(() -> {
            settings[0] = new SettingsDialog(ctx, main);
            settings[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), englishLabels(settings[0].getDialogPane()), "settings");
        robot.interact(() -> settings[0].close());

        // compare
        CompareView[] cv = new CompareView[1];
        robot.interact(() -> cv[0] = w.compare());
        waitFor(() -> cv[0].stage().getTitle().contains("⇄"));
        assertEquals(Set.of(), englishLabels(cv[0].stage().getScene().getRoot()), "compare view");
        robot.interact(() -> cv[0].stage().close());
    }

    @Test
    void theKeySheetListsEveryActionWithAKeyAndCutsNoLabel() throws Exception {
        for (String language : new String[] {"zh", "en"}) {
            MainWindow w = launch(language);
            robot.interact(() -> w.run("help"));
            waitFor(() -> robot.lookup("#helpSheet").tryQuery().isPresent());
            Parent sheet = robot.lookup("#helpSheet").queryAs(Parent.class);
            Set<String> shown = new TreeSet<>();
            List<String> truncated = new ArrayList<>();
            for (Node n : robot.from(sheet).lookup(".label").queryAll()) {
                Labeled l = (Labeled) n;
                shown.add(l.getText());
                // what is drawn: the label's Text node, which ends in "…" when the label is cut
                for (Node t : l.getChildrenUnmodifiable()) {
                    if (t instanceof Text tx && !tx.getText().equals(l.getText()) && !l.isWrapText()) {
                        truncated.add(l.getText() + " drawn as " + tx.getText());
                    }
                }
            }
            ResourceBundle b = "zh".equals(language) ? ZH : EN;
            for (Action a : w.actions()) {
                if (a.key() != null) {
                    assertTrue(shown.contains(a.keyText()), language + ": key of " + a.id() + " " + a.keyText());
                    assertTrue(shown.contains(b.getString(a.textKey())), language + ": " + a.textKey());
                }
            }
            assertEquals(List.of(), truncated, language + ": labels cut");
            tearDown();
            dir = Files.createTempDirectory(dir.getParent(), "lang");
        }
    }
}
