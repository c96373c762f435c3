package com.jiaodui.app;

import com.jiaodui.library.LibraryService;
import com.jiaodui.text.Analyzer;

/**
 * The services every view model gets: the library, drafts, settings, the UI text, one analyser and a small
 * pool of background threads (analysis, database, import/export never run on the FX thread).
 */
public final class AppContext implements AutoCloseable {
    private final LibraryService library;
    private final Drafts drafts;
    private final Settings settings;
    private final I18n i18n;
    private final Analyzer analyzer;
    private final com.jiaodui.app.task.TaskRunner tasks;

    public AppContext(LibraryService library, Drafts drafts, Settings settings) {
        this(library, drafts, settings, null);
    }

    /**
     * May block (the analyser reads the learnt corrections from the library): the app makes it off the FX thread.
     *
     * @param tasks the task runner (null: a pool of its own; tests may pass {@code TaskRunner.sameThread()})
     */
    public AppContext(LibraryService library, Drafts drafts, Settings settings, com.jiaodui.app.task.TaskRunner tasks) {
        this.library = library;
        this.drafts = drafts;
        drafts.tell(library);
        this.settings = settings;
        this.i18n = new I18n(settings.locale());
        this.analyzer = library.withLearnt(new Analyzer(Analyzer.defaultDetectors(settings.houseStyle())));
        library.useAnalyzer(analyzer); // one analyzer, from the editor's settings, for imports and the review
        this.tasks = tasks != null ? tasks : new com.jiaodui.app.task.FxTaskRunner(2);
    }

    /** The one way to run background work. */
    public com.jiaodui.app.task.TaskRunner tasks() {
        return tasks;
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
        tasks.run(() -> {
            work.run();
            return null;
        }, e -> com.jiaodui.app.Diagnostics.warn(String.valueOf(e.getMessage())));
    }

    /** A UI text in the current language, formatted with {@link MessageFormat} when arguments are given. */
    public String text(String key, Object... args) {
        return i18n.text(key, args);
    }

    /** The UI language (live: labels bound through it follow a change). */
    public I18n i18n() {
        return i18n;
    }

    @Override
    public void close() {
        // what was handed in (a draft written on quit) reaches the library before it closes
        // closing the library (a checkpoint of its journal) is a write too: after the rest, off the FX thread
        tasks.finish(5_000, () -> {
            try {
                library.close();
            } catch (Exception e) {
                com.jiaodui.app.Diagnostics.warn(library.location() + ": " + e.getMessage());
            }
        });
    }
}
