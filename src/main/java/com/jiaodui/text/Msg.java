package com.jiaodui.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message of the engine as a key and its arguments, rendered in the user's language only where it is shown
 * (the app, the command line). The templates are the plain resource bundle {@code com/jiaodui/text/messages}
 * (English) and {@code messages_zh} (Chinese), {@link MessageFormat} syntax. An argument is a string or another
 * {@code Msg} (rendered in the same language). {@link #literal} wraps a finished sentence that has no key (old
 * flags, third-party detectors): it renders as itself in every language.
 *
 * <p>No JavaFX here: the engine stays a plain library.
 */
public record Msg(String key, List<Object> args) {
    /** The key of a sentence kept as it was written (no translation). */
    public static final String LITERAL = "literal";
    public static final String BUNDLE = "com.jiaodui.text.messages";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    public Msg {
        java.util.Objects.requireNonNull(key, "key");
        for (Object a : args) {
            if (!(a instanceof String) && !(a instanceof Msg)) {
                throw new IllegalArgumentException("a message argument is a String or a Msg: " + a);
            }
        }
        args = List.copyOf(args);
    }

    /** A message; arguments other than Strings and Msgs are turned into strings (numbers without grouping). */
    public static Msg of(String key, Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(a instanceof Msg || a instanceof String ? a : String.valueOf(a));
        }
        return new Msg(key, list);
    }

    public static Msg literal(String text) {
        return new Msg(LITERAL, List.of(text));
    }

    public boolean isLiteral() {
        return LITERAL.equals(key);
    }

    /** The message in English (what {@code Flag.message()} returns). */
    public String english() {
        return render(Locale.ENGLISH);
    }

    /** The message in {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
    public String render(Locale locale) {
        if (isLiteral()) {
            return (String) args.get(0);
        }
        Object[] out = renderedArgs(locale).toArray();
        String template;
        try {
            template = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            try {
                template = bundle(Locale.ENGLISH).getString(key);
            } catch (MissingResourceException e2) {
                return key + (out.length == 0 ? "" : " " + List.of(out));
            }
        }
        return out.length == 0 && !template.contains("''") ? template
                : new MessageFormat(template, Locale.ROOT).format(out);
    }

    /** The arguments as strings, nested messages rendered in {@code locale} (for {@code check --json}'s "args"). */
    public List<String> renderedArgs(Locale locale) {
        List<String> out = new ArrayList<>(args.size());
        for (Object a : args) {
            out.add(a instanceof Msg m ? m.render(locale) : (String) a);
        }
        return out;
    }

    /** The engine's bundle: {@code messages_zh} for Chinese, the English base otherwise (never the JVM default). */
    public static ResourceBundle bundle(Locale locale) {
        Locale l = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return BUNDLES.computeIfAbsent(l, k -> ResourceBundle.getBundle(BUNDLE, k,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    @Override
    public String toString() {
        return english();
    }
}
