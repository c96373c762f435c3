package com.jiaodui.library;

import com.jiaodui.text.Analyzer;
import com.jiaodui.text.HouseStyle;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The editor's analysis settings as the command line reads them: the same {@code settings.properties} the app
 * writes ({@code $JIAODUI_HOME}, system property {@code jiaodui.home}, else {@code ~/.jiaodui}), so that an import
 * from the command line analyses as the app does. Only what the analysis needs is read here.
 */
public final class EditorSettings {
    private EditorSettings() {}

    /** The settings file the app writes. */
    public static Path file() {
        String p = System.getProperty("jiaodui.home");
        if (p == null || p.isBlank()) {
            p = System.getenv("JIAODUI_HOME");
        }
        Path home = p == null || p.isBlank() ? Path.of(System.getProperty("user.home"), ".jiaodui") : Path.of(p);
        return home.resolve("settings.properties");
    }

    /** The house style for a {@code punctuation} setting: page (default), full or half; null when unknown. */
    public static HouseStyle houseStyle(String punctuation) {
        return switch (punctuation == null ? "page" : punctuation.strip()) {
            case "page" -> HouseStyle.FOLLOW_PAGE;
            case "full" -> HouseStyle.FULL_WIDTH;
            case "half" -> HouseStyle.HALF_WIDTH_BRACKETS;
            default -> null;
        };
    }

    /** The one analyzer: the house style of {@code override} when given, else of the settings file. */
    public static Analyzer analyzer(HouseStyle override) {
        HouseStyle style = override;
        if (style == null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // no settings (or unreadable ones): the defaults, as in the app
            }
            style = houseStyle(p.getProperty("punctuation", "page"));
            if (style == null) {
                style = HouseStyle.FOLLOW_PAGE;
            }
        }
        return new Analyzer(Analyzer.defaultDetectors(style));
    }
}
