package com.jiaodui.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the app runs background work (after JabRef's BackgroundTask/TaskExecutor): the work runs off the
 * FX thread, its result or failure is handed back on the FX thread. Tests replace it with {@link #sameThread()},
 * which runs everything at once, in order, on the caller's thread.
 */
public interface TaskRunner extends AutoCloseable {

    /** Runs {@code work} in the background; {@code done} or {@code failed} gets its outcome on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Background work without a result. */
    default void run(Callable<?> work, Consumer<Throwable> failed) {
        run(work, x -> { }, failed);
    }

    /**
     * Stops taking work and waits (at most {@code millis}) for what was handed in: drafts written on quit reach
     * the library before it closes.
     */
    void finish(long millis);

    @Override
    default void close() {
        finish(5_000);
    }

    /** A runner for tests: every task runs at once on the calling thread. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(value);
            }

            @Override
            public void finish(long millis) {
            }
        };
    }
}
