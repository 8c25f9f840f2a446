package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.ReadOptions;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of one client's parallel reads ({@link ParallelReads}), shared by all its
 * streams: at most {@link #MAX_THREADS} daemon threads (enough for one stream at the highest
 * parallelism), started only when every thread is busy and ended after {@link #KEEP_ALIVE_MILLIS}
 * of idleness; a page beyond the bound waits for a thread. {@link #close()} (with the client) stops
 * the threads and cancels the pages not started, so a stream waiting for one fails instead of
 * hanging. Thread-safe.
 */
final class ReadExecutor {

  /** The most threads one client reads with. */
  static final int MAX_THREADS = ReadOptions.MAX_PARALLELISM;

  /** How long an idle thread waits for work before it ends. */
  static final long KEEP_ALIVE_MILLIS = 1_000;

  private static final AtomicInteger EXECUTORS = new AtomicInteger();

  private final Pool pool = new Pool(EXECUTORS.incrementAndGet());

  /**
   * Runs a page read on a worker thread.
   *
   * @throws IllegalStateException when the client is closed
   */
  void execute(Runnable task) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("OdooClient is closed", e);
    }
  }

  /** Stops the threads (interrupting the reads in flight) and cancels the pages not started. */
  void close() {
    for (Runnable r : pool.shutdownNow()) {
      if (r instanceof Future<?> f) {
        f.cancel(false);
      }
    }
  }

  /**
   * A pool that grows one thread per task in flight up to the bound, and queues beyond it (a plain
   * pool with a queue would stay at one thread, one without a queue would reject).
   */
  private static final class Pool extends ThreadPoolExecutor {

    /** Tasks handed over and not yet finished (running or queued). */
    private final AtomicInteger inFlight = new AtomicInteger();

    Pool(int number) {
      super(
          0,
          MAX_THREADS,
          KEEP_ALIVE_MILLIS,
          TimeUnit.MILLISECONDS,
          new WorkQueue(),
          new Threads(number),
          (r, p) -> ((Pool) p).overflow(r));
      ((WorkQueue) getQueue()).pool = this;
    }

    @Override
    public void execute(Runnable task) {
      inFlight.incrementAndGet();
      try {
        super.execute(task);
      } catch (RuntimeException e) {
        inFlight.decrementAndGet();
        throw e;
      }
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
      inFlight.decrementAndGet();
    }

    /** Whether a task just handed over finds no idle thread and the bound allows another. */
    boolean needsThread() {
      int threads = getPoolSize();
      return threads < getMaximumPoolSize() && inFlight.get() > threads;
    }

    /** The bound was reached meanwhile: the task waits its turn, unless the pool is closed. */
    void overflow(Runnable task) {
      WorkQueue queue = (WorkQueue) getQueue();
      if (isShutdown() || !queue.enqueue(task) || isShutdown() && queue.remove(task)) {
        throw new RejectedExecutionException("OdooClient is closed");
      }
    }
  }

  /** Declines a task while the pool should start a thread for it instead. */
  private static final class WorkQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    private transient Pool pool;

    @Override
    public boolean offer(Runnable task) {
      return !pool.needsThread() && super.offer(task);
    }

    boolean enqueue(Runnable task) {
      return super.offer(task);
    }
  }

  /** Daemon threads named {@code odoo-read-<executor>-<n>}. */
  private static final class Threads implements ThreadFactory {
    private final int number;
    private final AtomicInteger threads = new AtomicInteger();

    Threads(int number) {
      this.number = number;
    }

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "odoo-read-" + number + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
