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
        if ("true".equals(System.getProperty("jiaodui.tuned")) && System.getProperty(PARENT_PID) != null) {
            watchParent();
        }
        if (args.length > 0 && Cli.isCommand(args[0])) {
            if (isLargeBatch(args) && System.getProperty("jiaodui.tuned") == null) {
                Integer rc = runTuned(args);
                if (rc != null) {
                    System.exit(rc);
                }
            }
            if (BATCH.contains(args[0])) {
                com.jiaodui.text.Analyzer.warmUp(); // the models load while the command line is read
            }
            System.exit(Cli.run(args));
        }
        String noDisplay = noDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.exit(Cli.cannotOpenWindow(noDisplay));
        }
        com.jiaodui.app.JiaoduiApp.start(args);
    }

    /**
     * Why the review window cannot open here, or null when it can: on Linux, GTK needs an X or Wayland display
     * (JavaFX would otherwise end in a stack trace from its toolkit thread). Monocle (headless) needs none.
     */
    static String noDisplay(String os, String display, String wayland, String glassPlatform) {
        boolean none = (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
        if (!os.toLowerCase(java.util.Locale.ROOT).contains("linux") || !none || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        return "jiaodui: cannot open the review window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                + "Run it in a desktop session, or use a command: java -jar jiaodui.jar --help\n"
                + "jiaodui：无法打开审校窗口：没有图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）。请在桌面会话中运行，或使用命令：java -jar jiaodui.jar --help";
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
        Path archive = batchArchive();
        if (archive != null) {
            // the JVM maps the archive when it was made from these very jars and ignores it otherwise; its
            // warnings (such as that) go to standard error, never into the command's output
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xlog:disable");
            cmd.add("-Xlog:all=warning,cds=off,cds+dynamic=off:stderr");
        }
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
        cmd.add(cmd.indexOf("-cp"), "-D" + PARENT_PID + "=" + ProcessHandle.current().pid());
        return runChild(cmd);
    }

    /**
     * The class-data-sharing archive of a batch run that {@code mvn package} writes beside the jar
     * ({@code target/jiaodui-batch.jsa}: the classes a check of a few pages loads, already parsed and verified,
     * which takes a fifth of a second off every batch); null when there is none.
     */
    static Path batchArchive() {
        try {
            java.security.CodeSource src = Launcher.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            Path jar = Path.of(src.getLocation().toURI());
            String name = jar.getFileName() == null ? "" : jar.getFileName().toString();
            if (!name.endsWith(".jar")) {
                return null; // classes from a folder (tests, an IDE): no archive
            }
            Path archive = jar.resolveSibling(name.substring(0, name.length() - 4) + "-batch.jsa");
            return Files.isRegularFile(archive) ? archive : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- the child dies with its parent

    /** Set on the tuned child: the parent's PID, which it watches. */
    static final String PARENT_PID = "jiaodui.parentPid";

    /**
     * Runs {@code cmd} as a child that dies with this JVM: its output goes to ours, its standard input is a pipe
     * from us that nothing is written to (the terminal's input stays ours), it watches our PID and exits when we
     * are gone, even by SIGKILL ({@link #watchParent}), and a shutdown hook (SIGTERM, SIGINT, SIGHUP) stops the
     * child before we exit, forcibly after 3 s. Returns its exit status, or null when it could not be started.
     */
    static Integer runChild(List<String> cmd) {
        Process child;
        try {
            child = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            return null; // run in this JVM instead
        }
        Thread hook = new Thread(() -> stop(child), "jiaodui-stop-child");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            int rc = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
            return rc;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return 130;
        }
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy(); // SIGTERM: the child's JVM runs its own shutdown
        try {
            if (!child.waitFor(3, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the tuned child: exit when the parent is gone. A daemon thread checks every 100 ms that the parent process
     * is still our parent (a killed parent's child is handed to another process, so its parent PID changes).
     *
     * <p>No thread waits on the parent's pipe: a thread blocked in a native read holds up the JVM's exit by 300 ms
     * (HotSpot waits that long for threads in native code to stop), a third of a small batch's wall time.
     */
    static void watchParent() {
        long parent = Long.getLong(PARENT_PID, -1L);
        Thread poll = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                boolean alive = ProcessHandle.current().parent().map(p -> p.pid() == parent && p.isAlive()).orElse(false);
                if (!alive) {
                    parentGone();
                }
            }
        }, "jiaodui-parent-poll");
        poll.setDaemon(true);
        poll.start();
    }

    private static void parentGone() {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                // halt now
            }
            Runtime.getRuntime().halt(143);
        }, "jiaodui-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(143);
    }
}
