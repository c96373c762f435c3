package com.jiaodui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.review.Fixes;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code clean --decisions FILE.json}: per-flag decisions, matched to the page's flags by raw start, end and
 * kind as {@code check --json} prints them, applied through the review model ({@link Fixes#pageText}), so the
 * text is the one the app gives for the same decisions.
 */
final class DecisionsFile {
    record Entry(int start, int end, String kind, boolean accept) {
        String describe() {
            return kind + " " + start + ".." + end + " (" + (accept ? "accept" : "reject") + ")";
        }
    }

    private DecisionsFile() {}

    static List<Entry> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable JSON (" + e.getMessage() + ")");
        }
        JsonNode list = root == null ? null : root.get("decisions");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(file + ": expected {\"decisions\":[...]}");
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode d : list) {
            String where = file + ": decision " + i++;
            if (!d.hasNonNull("start") || !d.get("start").canConvertToInt() || !d.hasNonNull("end")
                    || !d.get("end").canConvertToInt() || !d.hasNonNull("kind") || !d.hasNonNull("verdict")) {
                throw new IllegalArgumentException(where + ": needs start, end (numbers), kind and verdict");
            }
            String verdict = d.get("verdict").asText();
            if (!verdict.equals("accept") && !verdict.equals("reject")) {
                throw new IllegalArgumentException(where + ": verdict must be \"accept\" or \"reject\", not \"" + verdict + "\"");
            }
            out.add(new Entry(d.get("start").asInt(), d.get("end").asInt(), d.get("kind").asText(), verdict.equals("accept")));
        }
        return out;
    }

    /** The page's text with the flags of {@code kinds} applied, then the decisions on top. */
    static String apply(Analysis a, Set<FlagKind> kinds, List<Entry> decisions, Path file) {
        Set<Flag> accepted = new LinkedHashSet<>(Fixes.ofKinds(a.flags(), kinds));
        for (Entry e : decisions) {
            Flag match = null;
            for (Flag f : a.flags()) {
                if (f.start() == e.start() && f.end() == e.end() && f.kind().id().equals(e.kind())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                throw new IllegalArgumentException(file + ": decision " + e.describe() + " matches no flag of the page");
            }
            if (e.accept()) {
                if (Fixes.fixable(match)) {
                    accepted.add(match);
                }
            } else {
                accepted.remove(match);
            }
        }
        return Fixes.pageText(a.page(), accepted).text();
    }
}
