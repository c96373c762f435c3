package com.jiaodui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jiaodui.store.Revision;
import com.jiaodui.store.StoreException;

/** What the team commands (save, status, assign, history, copy) share: the editor's name, JSON, exit codes. */
final class Team {
    /** Exit status of a save refused because its base revision is no longer current. */
    static final int EXIT_CONFLICT = 3;

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Team() {}

    /** {@code --user}, else $JIAODUI_USER, else the OS user. */
    static String user(String option) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String env = System.getenv("JIAODUI_USER");
        return env != null && !env.isBlank() ? env.strip() : System.getProperty("user.name", "editor");
    }

    static ObjectNode revision(ObjectNode o, Revision r, boolean withText) {
        o.put("revision", r.number());
        o.put("editor", r.author());
        o.put("client", r.client());
        o.put("time", r.createdAt() == null ? null : r.createdAt().toString());
        o.put("note", r.note());
        o.put("chars", r.text().length());
        if (r.restoredFrom() != null) {
            o.put("restoredFrom", r.restoredFrom());
        }
        if (withText) {
            o.put("text", r.text());
        }
        return o;
    }

    /** One line on stderr for a store failure; a shared library that cannot be reached says so. */
    static int fail(java.io.PrintWriter err, StoreException e) {
        err.println("jiaodui: " + e.getMessage());
        return Cli.EXIT_USAGE;
    }
}
