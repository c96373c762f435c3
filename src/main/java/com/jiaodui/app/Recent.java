package com.jiaodui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent files (pages and folders imported) and recent libraries of the File menu: the last {@link #MAX} of
 * each, newest first, kept in the {@link Settings} (one path per line) and saved with them. Pure bookkeeping: it
 * never touches the files (whether one is still there is checked in the background when it is chosen).
 */
public final class Recent {
    public static final int MAX = 10;
    static final String FILES = "recent.files";
    static final String LIBRARIES = "recent.libraries";

    private final Settings settings;

    public Recent(Settings settings) {
        this.settings = settings;
    }

    public List<Path> files() {
        return read(FILES);
    }

    public List<Path> libraries() {
        return read(LIBRARIES);
    }

    /** Puts the paths first in the recent files (once each, at most {@link #MAX} kept). */
    public void addFiles(List<Path> paths) {
        for (int i = paths.size() - 1; i >= 0; i--) {
            add(FILES, paths.get(i));
        }
    }

    public void addLibrary(Path p) {
        add(LIBRARIES, p);
    }

    public void removeFile(Path p) {
        remove(FILES, p);
    }

    public void removeLibrary(Path p) {
        remove(LIBRARIES, p);
    }

    private List<Path> read(String key) {
        List<Path> out = new ArrayList<>();
        for (String line : settings.get(key, "").split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(Path.of(line));
                } catch (java.nio.file.InvalidPathException e) {
                    // a path of another system in a copied settings file: left out
                }
            }
        }
        return out;
    }

    private void add(String key, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> list = read(key);
        list.remove(abs);
        list.add(0, abs);
        write(key, list.subList(0, Math.min(MAX, list.size())));
    }

    private void remove(String key, Path p) {
        List<Path> list = read(key);
        if (list.remove(p.toAbsolutePath().normalize()) || list.remove(p)) {
            write(key, list);
        }
    }

    private void write(String key, List<Path> list) {
        StringBuilder sb = new StringBuilder();
        for (Path x : list) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(x);
        }
        settings.put(key, sb.toString());
    }
}
