package com.jiaodui.util;

import com.jiaodui.text.UnreadablePageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Which files are pages: the arguments of a command or a drop on the window, folders walked to their page files. */
public final class PageFiles {
    private PageFiles() {}

    /**
     * One file to process.
     *
     * @param file     the file (as given, or inside a folder given)
     * @param root     the folder argument it was found in, or null for a file argument
     */
    public record Entry(Path file, Path root) {
        /** Where it sits below its folder argument ({@code a/p.txt}), or just its name for a file argument. */
        public Path relative() {
            return root == null ? file.getFileName() : root.relativize(file);
        }
    }

    /**
     * A page file by its name: .txt, .md or .markdown, or a PDF or OCR pipeline output (see
     * {@link com.jiaodui.text.source.Sources#isPageFile}); not hidden (a temporary file such as .jiaodui-1.tmp).
     */
    public static boolean isPageFile(Path p) {
        return com.jiaodui.text.source.Sources.isPageFile(p);
    }

    /**
     * The files to process, in argument order, folders walked in name order. A path that does not
     * exist is kept, so that reading it reports the reason; see {@link #walk} for what is reported to
     * {@code problems}.
     */
    public static List<Path> expand(List<Path> args, Consumer<String> problems) {
        return walk(args, problems).stream().map(Entry::file).toList();
    }

    /**
     * The files to process with the folder each was found in. Inside a folder, every entry with a page name that
     * is not a folder is kept (a FIFO, a broken link or a link loop named {@code p.txt} then reports its own reason
     * when read); symbolic links to folders are not followed. Each problem is one line to {@code problems}, and
     * the walk goes on: a subfolder that cannot be read ("DIR/sub: cannot be read (permission denied); the pages
     * in it were skipped"), a folder argument holding no page file at all.
     */
    public static List<Entry> walk(List<Path> args, Consumer<String> problems) {
        return walk(args, problems, false);
    }

    /** As {@link #walk(List, Consumer)}; with {@code notPagesToo}, files {@link #notAPage} names are kept too. */
    private static List<Entry> walk(List<Path> args, Consumer<String> problems, boolean notPagesToo) {
        List<Entry> out = new ArrayList<>();
        for (Path a : args) {
            if (!Files.isDirectory(a)) {
                out.add(new Entry(a, null));
                continue;
            }
            List<Path> found = new ArrayList<>();
            int[] failures = {0};
            try {
                Files.walkFileTree(a, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if ((isPageFile(file) || notPagesToo && notAPage(a, file) != null) && !Files.isDirectory(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        failures[0]++;
                        problems.accept(UnreadablePageException.shown(file) + ": " + (Files.isDirectory(file)
                                ? "cannot be read (" + reason(e) + "); the pages in it were skipped"
                                : "cannot be read (" + reason(e) + ")"));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.accept(UnreadablePageException.shown(a) + ": cannot list folder (" + reason(e) + ")");
                continue;
            }
            if (found.isEmpty() && failures[0] == 0) {
                problems.accept(UnreadablePageException.shown(a) + ": is a folder holding no page files (.txt, .md, .markdown)");
            }
            found.sort(Comparator.naturalOrder());
            for (Path f : found) {
                out.add(new Entry(f, a));
            }
        }
        return out;
    }

    /** A short reason for an I/O failure: "permission denied", "no such file", the system's own words. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException fe && fe.getReason() != null) {
            return fe.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A file to import and its name relative to the folder it was found in (for a file given by itself: its file
     * name), which names its page.
     */
    public record PageFile(Path path, String relativeName) {
        public static PageFile of(Path file) {
            Path name = file.getFileName();
            return new PageFile(file, name == null ? file.toString() : name.toString());
        }
    }

    /** Names of files that come with a folder of pages but are not pages (any case, any page extension). */
    private static final java.util.Set<String> NOT_PAGES = java.util.Set.of("readme", "license", "licence",
            "changelog", "changes", "contributing", "authors", "notice", "copying", "history", "todo", "security",
            "code_of_conduct", "index");

    /**
     * Why a file found in a folder is not a page, or null when it is one: hidden (its name or a folder on the way
     * starts with a dot), or a README, LICENSE, CHANGELOG or similar.
     */
    public static String notAPage(Path folder, Path file) {
        Path rel = folder.relativize(file);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return "hidden";
            }
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        String stem = dot < 0 ? n : n.substring(0, dot);
        if (NOT_PAGES.contains(stem.replace('-', '_'))) {
            return "not a page (" + file.getFileName() + " is documentation)";
        }
        return null;
    }

    /**
     * The files to import, in argument order, folders walked in name order with each file named relative to its
     * folder. Files in a folder that are not pages ({@link #notAPage}) are left out and reported to {@code skipped}
     * (one line naming the file and why); a file given by itself is always taken. A path that does not exist is
     * kept, so that reading it reports the reason; a folder that cannot be listed is reported to {@code unlisted}.
     */
    public static List<PageFile> walk(List<Path> args, Consumer<String> skipped, Consumer<String> unlisted) {
        List<PageFile> out = new ArrayList<>();
        for (Entry e : walk(args, unlisted, true)) { // the walk that goes on past unreadable subfolders
            if (e.root() == null) {
                out.add(PageFile.of(e.file()));
                continue;
            }
            String why = notAPage(e.root(), e.file());
            if (why != null) {
                String unhidden = e.file().getFileName().toString().replaceFirst("^\\.+", "x");
                if (!why.equals("hidden") || isPageFile(Path.of(unhidden))) { // a hidden temp file is not worth a line
                    skipped.accept(e.file() + ": skipped, " + why);
                }
                continue;
            }
            out.add(new PageFile(e.file(), e.relative().toString().replace('\\', '/')));
        }
        return out;
    }
}
