package com.jiaodui.app;

/**
 * The one way the app reports to the console (the command line owns standard output): warnings that have no
 * window to go to, and the timing lines of {@code -Djiaodui.timing=true}. Through {@link System.Logger}, which
 * writes to standard error, one plain line per message.
 */
public final class Diagnostics {
    static {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        }
    }

    private static final System.Logger LOG = System.getLogger("com.jiaodui.app");

    private Diagnostics() {}

    public static void warn(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }

    public static void info(String message) {
        LOG.log(System.Logger.Level.INFO, message);
    }
}
