package com.jiaodui.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts of a shared library kept on this machine while its server cannot be reached, so that no unsaved text is
 * lost with the connection: one JSON file per article in a folder named after the library's URL, beside the
 * default library ({@code shared-drafts/}). Written atomically; a draft written to the server again removes its
 * local copy.
 */
final class LocalDrafts {
    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;

    LocalDrafts(Path dir) {
        this.dir = dir;
    }

    /** The folder for the shared library at {@code location} (its URL without password). */
    static LocalDrafts forLibrary(String location) {
        String key;
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
            key = java.util.HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            key = Integer.toHexString(location.hashCode());
        }
        String override = System.getProperty("jiaodui.sharedDrafts", "");
        Path base = override.isBlank() ? Libraries.defaultPath().toAbsolutePath().getParent() : Path.of(override);
        return new LocalDrafts(base.resolve("shared-drafts").resolve(key));
    }

    void write(DraftEntry d) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(d.articleId() + ".json.part");
        Files.writeString(tmp, json.writeValueAsString(d), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(d.articleId() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    DraftEntry read(long articleId) {
        Path p = dir.resolve(articleId + ".json");
        try {
            return Files.isRegularFile(p) ? json.readValue(Files.readString(p, StandardCharsets.UTF_8), DraftEntry.class)
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    List<DraftEntry> all() {
        List<DraftEntry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                String n = p.getFileName().toString();
                try {
                    DraftEntry d = read(Long.parseLong(n.substring(0, n.length() - 5)));
                    if (d != null) {
                        out.add(d);
                    }
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    void delete(long articleId) {
        try {
            Files.deleteIfExists(dir.resolve(articleId + ".json"));
        } catch (IOException ignored) {
            // it is written again next time, and the server's draft is newer
        }
    }
}
