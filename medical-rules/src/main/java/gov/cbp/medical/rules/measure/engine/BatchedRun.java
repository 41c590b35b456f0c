package gov.cbp.medical.rules.measure.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * One parallel run of a {@link MeasureEngine}: the calling thread cuts the input into batches and hands each to
 * an {@link Executor} as a task; a task counts its batch into an accumulator no other task holds at the time,
 * and the accumulators are merged at the end. Merging is order-free, so the report is the same whatever the
 * executor, its threads and the way batches fall to them — a direct executor ({@code Runnable::run}) included.
 *
 * <p>A batch closes at {@link #BATCH} items or, when items weigh bytes (raw lines), at {@link #BATCH_BYTES},
 * and at most {@code batchesInFlight} batches are handed out and not yet counted: the calling thread waits for
 * a task to finish before handing out more, so memory stays bounded whatever the input's size.
 *
 * <p>Implementation Requirements: used once, by the calling thread; the tasks share only thread-safe state.
 *
 * @param <T> the items: episodes or raw JSON lines
 */
final class BatchedRun<T> {
    static final int BATCH = 64;
    static final int BATCH_BYTES = 1 << 20;
    /** The batches in flight on a caller's executor, whose size the engine does not know. */
    static final int DEFAULT_BATCHES_IN_FLIGHT = 16;

    private final MeasureEngine engine;
    private final Executor executor;
    private final int batchesInFlight;
    private final Semaphore slots;
    private final BiConsumer<MeasureAccumulator, T> add;
    /** The accumulators between tasks; a task takes one or makes one, and gives it back when done. */
    private final ConcurrentLinkedQueue<MeasureAccumulator> idle = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<MeasureAccumulator> made = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private BatchedRun(MeasureEngine engine, Executor executor, int batchesInFlight,
            BiConsumer<MeasureAccumulator, T> add) {
        this.engine = engine;
        this.executor = executor;
        this.batchesInFlight = batchesInFlight;
        this.slots = new Semaphore(batchesInFlight);
        this.add = add;
    }

    /**
     * Runs on a caller's executor.
     *
     * @param engine the engine, not null
     * @param executor runs the tasks, not null
     * @param batchesInFlight the most batches handed out and not yet counted, at least 1
     * @param producer hands every item to its argument, on the calling thread
     * @param bytes the weight of an item in bytes, 0 for trusted objects
     * @param add counts an item into an accumulator
     * @param <T> the items
     * @return the merged accumulator, not null
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored)
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
     */
    static <T> MeasureAccumulator run(MeasureEngine engine, Executor executor, int batchesInFlight,
            Consumer<Consumer<T>> producer, ToIntFunction<T> bytes, BiConsumer<MeasureAccumulator, T> add) {
        return new BatchedRun<>(engine, executor, batchesInFlight, add).run(producer, bytes);
    }

    /**
     * Runs on a pool of {@code threads} daemon threads made for the run, shut down and waited for before
     * returning or throwing.
     *
     * @param engine the engine, not null
     * @param threads the number of threads, at least 1
     * @param producer hands every item to its argument, on the calling thread
     * @param bytes the weight of an item in bytes, 0 for trusted objects
     * @param add counts an item into an accumulator
     * @param <T> the items
     * @return the merged accumulator, not null
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws CancellationException if the calling thread is interrupted (its interrupt flag is restored)
     */
    static <T> MeasureAccumulator run(MeasureEngine engine, int threads, Consumer<Consumer<T>> producer,
            ToIntFunction<T> bytes, BiConsumer<MeasureAccumulator, T> add) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        List<Thread> started = new ArrayList<>(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons("mqm-worker-", started));
        try {
            // as many batches queued as before the executor: four per thread
            return run(engine, pool, threads * 4, producer, bytes, add);
        } finally {
            shutDown(pool, started);
        }
    }

    private MeasureAccumulator run(Consumer<Consumer<T>> producer, ToIntFunction<T> bytes) {
        try {
            List<List<T>> pending = new ArrayList<>(1);
            pending.add(new ArrayList<>(BATCH));
            long[] pendingBytes = new long[1];
            producer.accept(item -> {
                List<T> batch = pending.get(0);
                batch.add(item);
                pendingBytes[0] += bytes.applyAsInt(item);
                if (batch.size() == BATCH || pendingBytes[0] >= BATCH_BYTES) {
                    hand(batch);
                    pending.set(0, new ArrayList<>(BATCH));
                    pendingBytes[0] = 0;
                }
            });
            if (!pending.get(0).isEmpty()) {
                hand(pending.get(0));
            }
        } catch (TaskFailed e) {
            // the task's own exception is thrown below, once the others have finished
        }
        acquire(batchesInFlight);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException) {
            throw (RuntimeException) failed;
        }
        if (failed instanceof Error) {
            throw (Error) failed;
        }
        MeasureAccumulator merged = engine.newAccumulator();
        for (MeasureAccumulator part : made) {
            merged.merge(part);
        }
        return merged;
    }

    /** Hands a batch to the executor once a slot is free; stops the producer once a task has failed. */
    private void hand(List<T> batch) {
        acquire(1);
        if (failure.get() != null) {
            slots.release();
            throw new TaskFailed();
        }
        try {
            executor.execute(() -> count(batch));
        } catch (RuntimeException | Error e) {
            slots.release();
            throw e;
        }
    }

    private void count(List<T> batch) {
        try {
            MeasureAccumulator part = idle.poll();
            if (part == null) {
                part = engine.newAccumulator();
                made.add(part);
            }
            try {
                for (T item : batch) {
                    add.accept(part, item);
                }
            } finally {
                idle.add(part);
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            slots.release();
        }
    }

    private void acquire(int permits) {
        try {
            slots.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while measuring");
        }
    }

    /** Daemon threads, each remembered in {@code started} so that the run can wait for it to end. */
    private static ThreadFactory daemons(String prefix, List<Thread> started) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.getAndIncrement());
            thread.setDaemon(true);
            synchronized (started) {
                started.add(thread);
            }
            return thread;
        };
    }

    /**
     * Stops the pool and waits until each of its threads has ended (a terminated pool's last thread may still
     * be finishing), keeping an interrupt of the calling thread for the caller.
     */
    private static void shutDown(ExecutorService pool, List<Thread> started) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        List<Thread> threads;
        synchronized (started) {
            threads = new ArrayList<>(started);
        }
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the producer when a task has failed; the task's exception is then rethrown. */
    private static final class TaskFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TaskFailed() {
            super(null, null, false, false);
        }
    }
}
