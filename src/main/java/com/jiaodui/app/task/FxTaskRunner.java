package com.jiaodui.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's task runner: a small pool of daemon threads (the only threads the app makes); outcomes come back
 * through {@link Platform#runLater}.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ScheduledThreadPoolExecutor pool;

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "jiaodui-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // finish() does not wait for later(...)
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        execute(() -> {
            try {
                T value = work.call();
                Platform.runLater(() -> done.accept(value));
            } catch (Throwable e) {
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void onUi(Runnable r) {
        Platform.runLater(r);
    }

    @Override
    public void later(long millis, Runnable r) {
        try {
            pool.schedule(r, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    /** Plain background work without an outcome on the UI thread. */
    public void execute(Runnable r) {
        try {
            pool.execute(r);
        } catch (RejectedExecutionException e) {
            // closing: nothing runs any more
        }
    }

    /** Waits for the pool, then runs {@code last} on a thread of its own, and waits for that too. */
    @Override
    public void finish(long millis, Runnable last) {
        Thread t = new Thread(() -> {
            finish(millis);
            last.run();
        }, "jiaodui-close");
        t.start();
        try {
            t.join(millis + 10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void finish(long millis) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
