package com.jiaodui;

import com.jiaodui.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain main class (not an {@code Application} subclass, so JavaFX starts from the class path).
 * A first argument that names a command runs the command line; otherwise the review app starts,
 * opening any files given.
 *
 * <p>A batch command over a folder or many files is run again on a JVM tuned for short batch work
 * (the client compiler only, the serial collector): such a run lasts seconds, too short for the
 * optimising compiler to pay for its own CPU time on a small machine. {@code java -jar} cannot carry
 * JVM options, hence the second process; {@code -Djiaodui.tuned=false} turns it off.
 */
public final class Launcher {
    /** Commands whose work grows with the number of pages. */
    static final Set<String> BATCH = Set.of("check", "clean", "articles", "import");
    /** More page arguments than this (or any folder) make a batch. */
    static final int BATCH_FILES = 20;

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            if (isLargeBatch(args) && System.getProperty("jiaodui.tuned") == null) {
                Integer rc = runTuned(args);
                if (rc != null) {
                    System.exit(rc);
                }
            }
            System.exit(Cli.run(args));
        }
        com.jiaodui.app.JiaoduiApp.start(args);
    }

    static boolean isLargeBatch(String[] args) {
        if (!BATCH.contains(args[0])) {
            return false;
        }
        int files = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out") || args[i].equals("--db")) {
                i++; // the option's value is not a page
                continue;
            }
            if (args[i].startsWith("-")) {
                continue;
            }
            try {
                if (Files.isDirectory(Path.of(args[i]))) {
                    return true;
                }
            } catch (java.nio.file.InvalidPathException e) {
                return false; // the command line reports it
            }
            files++;
        }
        return files > BATCH_FILES;
    }

    /** Runs the command in a tuned child JVM; its exit status, or null when it could not be started. */
    private static Integer runTuned(String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Djiaodui.tuned=true");
        for (String p : List.of("file.encoding", "user.language", "user.country")) {
            String v = System.getProperty(p);
            if (v != null) {
                cmd.add("-D" + p + "=" + v);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            return null; // run in this JVM instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
