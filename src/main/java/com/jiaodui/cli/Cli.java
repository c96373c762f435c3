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
                ImportCommand.class, SearchCommand.class, ExportCommand.class, HistoryCommand.class, LearntCommand.class,
                DiffCommand.class, PagesCommand.class, EvalCommand.class, EvalCharsCommand.class,
                SaveCommand.class, StatusCommand.class, AssignCommand.class, CopyCommand.class})
public final class Cli {
    /** Exit status for a usage error or a file that could not be read. */
    public static final int EXIT_USAGE = 2;

    public static final Set<String> COMMANDS = Set.of("check", "clean", "articles", "import", "search",
            "export", "history", "diff", "pages", "eval", "eval-chars",
            "save", "status", "assign", "copy", "help", "--help", "-h", "--version", "-V");

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
            err.println(usageError(ex));
            return EXIT_USAGE;
        });
        int rc = cl.execute(args);
        out.flush();
        err.flush();
        return rc;
    }

    /**
     * One line for a command-line mistake, naming the argument: an unknown option (with how to name a file that
     * starts with '-'), a missing parameter, a bad value; then the command's synopsis.
     */
    static String usageError(CommandLine.ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        String name = c.getCommandSpec().qualifiedName(" ");
        String msg = ex.getMessage();
        java.util.List<String> unmatched = c.getUnmatchedArguments();
        String dashed = unmatched.stream().filter(u -> u.startsWith("-") && u.length() > 1).findFirst().orElse(null);
        if (dashed == null && ex instanceof CommandLine.UnmatchedArgumentException u) {
            dashed = u.getUnmatched().stream().filter(x -> x.startsWith("-") && x.length() > 1).findFirst().orElse(null);
        }
        if (dashed != null) {
            msg = "unknown option '" + dashed + "' (a file whose name starts with '-' is written ./" + dashed
                    + " or after --)";
        }
        String synopsis = c.getHelp().synopsis(0).strip().replaceAll("\\s+", " ");
        return name + ": " + msg + "; usage: " + synopsis;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
