package com.jiaodui.app.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A long job handed to {@link TaskRunner#run(TaskRunner.ProgressWork, java.util.function.Consumer,
 * java.util.function.Consumer, Runnable)}: its progress (0..1, -1 unknown), message and whether it is still
 * running, as properties updated on the UI thread, and a cancel switch the work sees.
 */
public final class Job implements TaskRunner.Progress {
    private final TaskRunner runner;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private volatile boolean cancelled;
    /** The work asked after the cancel request: it may have stopped early. A cancel after its last look is too late. */
    private volatile boolean cancelSeen;
    /** The last update not yet shown: updates from a fast loop are coalesced into one UI call. */
    private final java.util.concurrent.atomic.AtomicReference<Object[]> pending = new java.util.concurrent.atomic.AtomicReference<>();

    Job(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public void update(double done, double total, String text) {
        Object[] u = {total <= 0 ? -1.0 : Math.min(1.0, done / total), text};
        if (pending.getAndSet(u) == null) {
            runner.onUi(() -> {
                Object[] last = pending.getAndSet(null);
                if (last != null) {
                    progress.set((Double) last[0]);
                    if (last[1] != null) {
                        message.set((String) last[1]);
                    }
                }
            });
        }
    }

    @Override
    public boolean cancelled() {
        if (cancelled) {
            cancelSeen = true;
        }
        return cancelled;
    }

    /** Asks the work to stop; if the work sees it, its outcome goes to the cancelled callback. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the work saw the cancel request (and so may have stopped before its end). */
    boolean cancelSeen() {
        return cancelSeen;
    }

    void end() {
        pending.set(null);
        running.set(false);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
