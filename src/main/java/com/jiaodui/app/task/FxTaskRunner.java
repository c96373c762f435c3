package com.jiaodui.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The app's task runner: a small pool of daemon threads; outcomes come back through {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool;

    public FxTaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jiaodui-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        try {
            pool.execute(() -> {
                try {
                    T value = work.call();
                    Platform.runLater(() -> done.accept(value));
                } catch (Throwable e) {
                    Platform.runLater(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // closing: nothing runs any more
        }
    }

    /** Plain background work (the executor behind hand-written tasks still in the app). */
    public void execute(Runnable r) {
        try {
            pool.execute(r);
        } catch (RejectedExecutionException e) {
            // closing
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
