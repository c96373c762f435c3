package com.jiaodui.app;

import com.jiaodui.library.LibraryService;
import com.jiaodui.text.Analyzer;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services every view model gets: the library, drafts, settings, the UI text, one analyser and a small
 * pool of background threads (analysis, database, import/export never run on the FX thread).
 */
public final class AppContext implements AutoCloseable {
    private final LibraryService library;
    private final Drafts drafts;
    private final Settings settings;
    private final ResourceBundle messages;
    private final Analyzer analyzer;
    private final ExecutorService executor;

    public AppContext(LibraryService library, Drafts drafts, Settings settings) {
        this.library = library;
        this.drafts = drafts;
        drafts.tell(library);
        this.settings = settings;
        this.messages = ResourceBundle.getBundle("com.jiaodui.app.messages", settings.locale());
        this.analyzer = new Analyzer(Analyzer.defaultDetectors(settings.houseStyle()));
        library.useAnalyzer(analyzer); // one analyzer, from the editor's settings, for imports and the review
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "jiaodui-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    public LibraryService library() {
        return library;
    }

    public Drafts drafts() {
        return drafts;
    }

    public Settings settings() {
        return settings;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Runs work in the background; after the app closed, quietly not at all. */
    public void run(Runnable work) {
        try {
            executor.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: nothing to do any more
        }
    }

    /** A UI text, formatted with {@link MessageFormat} when arguments are given. */
    public String text(String key, Object... args) {
        String s;
        try {
            s = messages.getString(key);
        } catch (MissingResourceException e) {
            s = key;
        }
        return args.length == 0 ? s : new MessageFormat(s, messages.getLocale()).format(args);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            library.close();
        } catch (Exception e) {
            System.err.println(library.location() + ": " + e.getMessage());
        }
    }
}
