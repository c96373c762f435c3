package com.jiaodui.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The one way the app runs background work (after JabRef's BackgroundTask/TaskExecutor): the work runs off the
 * FX thread, its result or failure is handed back on the FX thread. Tests replace it with {@link #sameThread()},
 * which runs everything at once, in order, on the caller's thread. No other class of the app makes threads or
 * {@code javafx.concurrent.Task}s (ArchitectureTest checks).
 */
public interface TaskRunner extends AutoCloseable {

    /** Runs {@code work} in the background; {@code done} or {@code failed} gets its outcome on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Background work without a result. */
    default void run(Callable<?> work, Consumer<Throwable> failed) {
        run(work, x -> { }, failed);
    }

    /** Runs {@code r} on the UI thread (later, in order). */
    void onUi(Runnable r);

    /** Runs {@code r} in the background after {@code millis}; quietly not at all once the runner finished. */
    void later(long millis, Runnable r);

    /**
     * Long work that reports its progress and can be cancelled ({@link Job#cancel()}): progress and message reach
     * {@code job}'s properties on the UI thread; the outcome reaches exactly one of {@code done}, {@code failed}
     * or {@code cancelled} there ({@code cancelled} only when the work saw the request). Work that sees {@link Progress#cancelled()} may return early or throw
     * {@link CancellationException}.
     */
    default <T> Job run(ProgressWork<T> work, Consumer<T> done, Consumer<Throwable> failed, Runnable cancelled) {
        Job job = new Job(this);
        run(() -> work.call(job), v -> {
            job.end();
            if (job.cancelSeen()) { // a cancel that came after the work's last look is too late: the work is done
                cancelled.run();
            } else {
                done.accept(v);
            }
        }, e -> {
            job.end();
            if (job.isCancelled() || e instanceof CancellationException) {
                cancelled.run();
            } else {
                failed.accept(e);
            }
        });
        return job;
    }

    /** Work with progress: gets the job to report to and to ask whether it was cancelled. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** What long work sees of its job (from its own thread). */
    interface Progress {
        /** {@code done} of {@code total}; {@code message} null keeps the last one. */
        void update(double done, double total, String message);

        boolean cancelled();
    }

    /**
     * Stops taking work and waits (at most {@code millis}) for what was handed in: drafts written on quit reach
     * the library before it closes.
     */
    void finish(long millis);

    /** {@link #finish(long)}, then {@code last} (closing the library), off the UI thread where the runner can. */
    default void finish(long millis, Runnable last) {
        finish(millis);
        last.run();
    }

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
            public void onUi(Runnable r) {
                r.run();
            }

            @Override
            public void later(long millis, Runnable r) {
                r.run();
            }

            @Override
            public void finish(long millis) {
            }
        };
    }
}
