package com.jiaodui.library;

import com.jiaodui.text.Msg;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes Jiaodui itself writes into revisions ("imported from page-a.raw.txt (version 1, raw)", "restored
 * revision 3", "Merged from A and B", "12 accepted, 3 rejected, 5 open") are stored in English, as they always
 * were, and put into the user's language where they are shown: each known form is read back into a message key
 * and its arguments ({@link Msg}, templates in the engine bundle). An editor's own note, or any other text, shows
 * as written. So the notes of old libraries show translated too, and a library moved between a Chinese and an
 * English desk reads right on both.
 */
public final class RevisionNotes {
    private RevisionNotes() {
    }

    private record Form(Pattern pattern, String key) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("imported from (.+) \\(version (\\d+), (raw|cleaned|ocr)\\)"), "note.imported"),
            new Form(Pattern.compile("imported from (.+) \\(version (\\d+)\\)"), "note.imported-plain"),
            new Form(Pattern.compile("restored revision (.+)"), "note.restored"),
            new Form(Pattern.compile("Restored revision (.+)"), "note.restored-from"),
            new Form(Pattern.compile("Merged from (.+) and (.+)"), "note.merged"),
            new Form(Pattern.compile("(\\d+) accepted, (\\d+) rejected, (\\d+) open"), "note.decisions"));

    private static final Pattern NUMBERED = Pattern.compile("(#\\d+\\s+)(.*)", Pattern.DOTALL);

    /** The note as a message: a known form with its arguments, else the text itself (a literal). */
    public static Msg parse(String note) {
        if (note == null) {
            return Msg.literal("");
        }
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(note);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1);
                    // a role id is said in the language too
                    args[i] = f.key().equals("note.imported") && i == 2 ? Msg.of("role." + g) : g;
                }
                return Msg.of(f.key(), args);
            }
        }
        return Msg.literal(note);
    }

    /** The note in {@code locale}; a leading revision number ("#3  …") is kept as it is. */
    public static String render(String note, Locale locale) {
        if (note == null) {
            return "";
        }
        Matcher n = NUMBERED.matcher(note);
        if (n.matches()) {
            return n.group(1) + parse(n.group(2)).render(locale);
        }
        return parse(note).render(locale);
    }
}
