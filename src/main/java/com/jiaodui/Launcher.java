package com.jiaodui;

import com.jiaodui.cli.Cli;

/**
 * Plain main class (not an {@code Application} subclass, so JavaFX starts from the class path).
 * A first argument that names a command runs the command line; otherwise the review app starts,
 * opening any files given.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        com.jiaodui.app.JiaoduiApp.start(args);
    }
}
