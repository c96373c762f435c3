package com.jiaodui.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
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

    /** Prints why the review window cannot open (standard streams belong to the command line) and returns the exit status. */
    public static int cannotOpenWindow(String reason) {
        System.err.println(reason);
        return EXIT_USAGE;
    }

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** The language of this run's output: {@code --lang zh|en} (any command), else LC_ALL / LC_MESSAGES / LANG. */
    private static volatile Locale locale = Locale.ENGLISH;

    public static Locale locale() {
        return locale;
    }

    /** Whether this run speaks Chinese. */
    static boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The CLI's own texts (com/jiaodui/cli/messages{,_zh}.properties), in this run's language. */
    static String text(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle("com.jiaodui.cli.messages", chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String s = b.containsKey(key) ? b.getString(key) : key;
        if (args.length == 0) {
            return s;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) { // ids and counts as they are typed: 1234, not MessageFormat's 1,234
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new java.text.MessageFormat(s, Locale.ROOT).format(plain);
    }

    /** The locale of the environment as POSIX says: LC_ALL, then LC_MESSAGES, then LANG ("zh_CN.UTF-8" → Chinese). */
    static Locale environmentLocale(java.util.function.Function<String, String> env) {
        for (String v : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String s = env.apply(v);
            if (s != null && !s.isBlank()) {
                return s.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** Takes {@code --lang X} / {@code --lang=X} out of the arguments (it may stand anywhere before "--"). */
    static String[] takeLang(String[] args) {
        Locale l = environmentLocale(System::getenv);
        java.util.List<String> rest = new java.util.ArrayList<>();
        boolean literal = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            if (!literal && a.equals("--lang") && i + 1 < args.length) {
                v = args[++i];
            } else if (!literal && a.startsWith("--lang=")) {
                v = a.substring("--lang=".length());
            } else {
                literal |= a.equals("--");
                rest.add(a);
                continue;
            }
            l = v.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        locale = l;
        return rest.toArray(String[]::new);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        args = takeLang(args);
        CommandLine cl = new CommandLine(new Cli());
        if (chinese()) {
            // the Chinese usage help; English is the annotations' own text
            cl.setResourceBundle(ResourceBundle.getBundle("com.jiaodui.cli.help", Locale.SIMPLIFIED_CHINESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
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
            msg = text("cli.unknownOption", dashed);
        }
        String synopsis = c.getHelp().synopsis(0).strip().replaceAll("\\s+", " ");
        return name + ": " + msg + text("cli.usage") + synopsis;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
