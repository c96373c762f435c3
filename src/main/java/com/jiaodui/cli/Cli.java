package com.jiaodui.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar target/jiaodui.jar COMMAND ...}. */
@Command(name = "jiaodui", mixinStandardHelpOptions = true, version = "jiaodui 0.1.0",
        description = "Proofread OCR output of Chinese newspaper pages.",
        subcommands = {CheckCommand.class, CleanCommand.class, ArticlesCommand.class,
                ImportCommand.class, SearchCommand.class, ExportCommand.class, HistoryCommand.class,
                DiffCommand.class, EvalCommand.class})
public final class Cli {
    /** Exit status for a usage error or a file that could not be read. */
    public static final int EXIT_USAGE = 2;

    public static final Set<String> COMMANDS = Set.of("check", "clean", "articles", "import", "search",
            "export", "history", "diff", "eval", "help", "--help", "-h", "--version", "-V");

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            err.println("jiaodui: " + ex);
            return EXIT_USAGE;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("jiaodui: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return EXIT_USAGE;
        });
        int rc = cl.execute(args);
        out.flush();
        err.flush();
        return rc;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
