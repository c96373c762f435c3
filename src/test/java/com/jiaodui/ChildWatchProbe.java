package com.jiaodui;

import java.nio.file.Path;
import java.util.List;

/**
 * A parent and a tuned child as {@link Launcher} runs them, for {@link HostileProcessTest}: {@code parent} starts
 * {@code child} through {@link Launcher#runChild}; the child watches its parent and sleeps, printing its PID.
 */
public final class ChildWatchProbe {
    private ChildWatchProbe() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("parent")) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djiaodui.tuned=true", "-D" + Launcher.PARENT_PID + "=" + ProcessHandle.current().pid(),
                    "-cp", System.getProperty("java.class.path"), ChildWatchProbe.class.getName(), "child");
            Integer rc = Launcher.runChild(cmd);
            System.exit(rc == null ? 99 : rc);
        }
        Launcher.watchParent();
        System.out.println("child " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(60_000);
        System.exit(0);
    }
}
