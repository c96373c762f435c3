package com.jiaodui.app;

import com.jiaodui.text.Msg;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * The UI language, live: one locale property; every label bound through {@link #bind} follows it, so Settings →
 * Language relabels the open window without a restart. Texts come from the app bundle
 * {@code com/jiaodui/app/messages} (English base, {@code _zh} Chinese) and the engine's flag messages
 * ({@link Msg}) from the engine bundle; both are looked up without falling back to the JVM's default locale (an
 * English UI on a Chinese system stays English).
 */
public final class I18n {
    public static final String BUNDLE = "com.jiaodui.app.messages";
    private final ObjectProperty<Locale> locale;

    public I18n(Locale initial) {
        locale = new SimpleObjectProperty<>(normal(initial));
    }

    /** Chinese for any zh locale, English otherwise. */
    public static Locale normal(Locale l) {
        return l != null && "zh".equals(l.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The app bundle for a locale (no fallback to the JVM default). */
    public static ResourceBundle bundle(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, "zh".equals(normal(l).getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(normal(l));
    }

    public boolean chinese() {
        return "zh".equals(locale.get().getLanguage());
    }

    /** A UI text in the current language, formatted with {@link MessageFormat} when arguments are given. */
    public String text(String key, Object... args) {
        String s;
        try {
            // the bundle of the locale as it is now (bindings recompute during the locale's own invalidation)
            s = bundle(locale.get()).getString(key);
        } catch (MissingResourceException e) {
            s = key;
        }
        if (args.length == 0) {
            return s;
        }
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Msg m ? m.render(locale.get()) : args[i];
        }
        return new MessageFormat(s, locale.get()).format(out);
    }

    /**
     * A text in English whatever the UI language: the notes Jiaodui writes into revisions are stored in English and
     * shown in the reader's language ({@link com.jiaodui.library.RevisionNotes}).
     */
    public String english(String key, Object... args) {
        String s = bundle(Locale.ENGLISH).containsKey(key) ? bundle(Locale.ENGLISH).getString(key) : key;
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(s, Locale.ROOT).format(out);
    }

    /** A revision note in the current language (see {@link com.jiaodui.library.RevisionNotes}). */
    public String note(String note) {
        return com.jiaodui.library.RevisionNotes.render(note, locale.get());
    }

    /** An engine message in the current language. */
    public String text(Msg m) {
        return m == null ? "" : m.render(locale.get());
    }

    /**
     * A text that follows the language. Arguments that are observable values are read when the text is made and
     * followed too.
     */
    public StringBinding bind(String key, Object... args) {
        List<javafx.beans.Observable> deps = new ArrayList<>();
        deps.add(locale);
        for (Object a : args) {
            if (a instanceof ObservableValue<?> v) {
                deps.add(v);
            }
        }
        return Bindings.createStringBinding(() -> {
            Object[] now = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                now[i] = args[i] instanceof ObservableValue<?> v ? v.getValue() : args[i];
            }
            return text(key, now);
        }, deps.toArray(javafx.beans.Observable[]::new));
    }

    /** Binds a label's, button's or menu's text to a key. */
    public <T extends Labeled> T label(T node, String key, Object... args) {
        node.textProperty().bind(bind(key, args));
        return node;
    }

    /** "1 · 原始 (page-a.raw.txt)": a page version as the UI shows it, its role in the UI language. */
    public String version(com.jiaodui.library.PageVersion v) {
        return v.number() + " · " + role(v.role())
                + (v.fileName() == null || v.fileName().isBlank() ? "" : " (" + v.fileName() + ")");
    }

    public String role(com.jiaodui.library.Role r) {
        return text("role." + r.id());
    }

    /** Runs {@code r} now and again whenever the language changes (for texts made in code, list cells). */
    public void follow(Runnable r) {
        r.run();
        locale.addListener((o, a, b) -> r.run());
    }

    /** Runs {@code r} whenever the language changes. */
    public void onChange(Runnable r) {
        locale.addListener((o, a, b) -> r.run());
    }
}
