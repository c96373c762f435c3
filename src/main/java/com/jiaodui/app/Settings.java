package com.jiaodui.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The app's settings, a properties file in the app's home folder ({@code -Djiaodui.home}, {@code $JIAODUI_HOME} or
 * {@code ~/.jiaodui}): window layout, language, font size and house punctuation style. Saved when the app closes
 * and when the settings dialog is confirmed.
 */
public final class Settings {
    public static final String LANGUAGE = "language";            // auto | zh | en
    public static final String FONT_SIZE = "font.size";          // points of the editors
    public static final String PUNCTUATION = "punctuation";      // page | full | half : house style for brackets
    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                com.jiaodui.app.Diagnostics.warn(file + ": settings unreadable, using defaults (" + e.getMessage() + ")");
            }
        }
    }

    public static Path home() {
        String p = System.getProperty("jiaodui.home");
        if (p == null || p.isBlank()) {
            p = System.getenv("JIAODUI_HOME");
        }
        return p == null || p.isBlank() ? Path.of(System.getProperty("user.home"), ".jiaodui") : Path.of(p);
    }

    public Path file() {
        return file;
    }

    public String get(String key, String def) {
        return props.getProperty(key, def);
    }

    public double getDouble(String key, double def) {
        try {
            return Double.parseDouble(props.getProperty(key, Double.toString(def)));
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public void put(String key, Object value) {
        props.setProperty(key, String.valueOf(value));
    }

    /** The UI locale: the setting, or Chinese on a Chinese system, else English. */
    public Locale locale() {
        String lang = get(LANGUAGE, "auto");
        if ("zh".equals(lang)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public double fontSize() {
        return Math.max(8, Math.min(48, getDouble(FONT_SIZE, 15)));
    }

    /** The house punctuation style the analysis follows: the page's own (default), full-width or half-width brackets. */
    public com.jiaodui.text.HouseStyle houseStyle() {
        return switch (get(PUNCTUATION, "page")) {
            case "full" -> com.jiaodui.text.HouseStyle.FULL_WIDTH;
            case "half" -> com.jiaodui.text.HouseStyle.HALF_WIDTH_BRACKETS;
            default -> com.jiaodui.text.HouseStyle.FOLLOW_PAGE;
        };
    }

    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            java.io.StringWriter w = new java.io.StringWriter();
            props.store(w, "Jiaodui settings");
            com.jiaodui.util.AtomicFiles.writeString(file, w.toString());
        } catch (IOException e) {
            com.jiaodui.app.Diagnostics.warn(file + ": cannot save settings: " + e.getMessage());
        }
    }
}
