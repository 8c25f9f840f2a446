package io.github.odooconnector.reliability.internal;

import io.github.odooconnector.reliability.spi.StoreSubscription;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The background thread of a worker ({@code OutboxWorker}, {@code InboxWorker}): runs one batch
 * after another; after an empty batch it sleeps up to the poll interval unless the store signals
 * new work (its subscription wakes it); after a failure it sleeps the full poll interval; an {@link
 * Error} stops it. Signals arriving during a batch end the next sleep at once, so none is lost, and
 * any number of them costs one more batch. Thread-safe.
 */
public final class WorkerLoop {

  private static final System.Logger LOG = System.getLogger(WorkerLoop.class.getName());

  private final String name;
  private final IntSupplier batch;
  private final Duration pollInterval;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean signalled = new AtomicBoolean();
  private volatile Thread thread;
  private volatile StoreSubscription subscription = StoreSubscription.none();

  /**
   * Creates a loop (not started).
   *
   * @param name the worker's description for the log and the thread name, e.g. {@code outbox worker
   *     w-1}
   * @param batch runs one batch and returns how many entries it claimed
   * @param pollInterval the longest sleep when idle
   */
  public WorkerLoop(String name, IntSupplier batch, Duration pollInterval) {
    this.name = Objects.requireNonNull(name, "name");
    this.batch = Objects.requireNonNull(batch, "batch");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
  }

  /**
   * Starts the daemon thread.
   *
   * @param threadName the thread's name
   * @param signals the store's {@code subscribe} method, or {@code null} to poll only
   * @throws IllegalStateException if already started
   */
  public void start(String threadName, Function<Runnable, StoreSubscription> signals) {
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException(name + " already started");
    }
    Thread t = new Thread(this::loop, threadName);
    t.setDaemon(true);
    thread = t;
    if (signals != null) {
      try {
        subscription = signals.apply(this::wake);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, name + ": the store cannot signal new work; polling only", e);
      }
    }
    t.start();
  }

  /** A store's signal: run again now (or after the current batch). Quick, never blocks. */
  private void wake() {
    signalled.set(true);
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  private void loop() {
    try {
      while (running.get()) {
        // cleared before the batch: a signal arriving during it makes the next sleep end at once
        signalled.set(false);
        int claimed = 0;
        boolean failed = false;
        try {
          claimed = batch.getAsInt();
        } catch (RuntimeException e) {
          failed = true;
          LOG.log(Level.WARNING, name + ": poll failed, retrying after " + pollInterval, e);
        } catch (Error e) {
          LOG.log(Level.ERROR, name + " stopped by an error; its leases will expire", e);
          running.set(false);
          throw e;
        }
        if (claimed == 0 && running.get()) {
          idle(!failed);
        }
      }
    } finally {
      closeSubscription();
    }
  }

  /** Sleeps up to {@code pollInterval}, or until signalled when {@code wakeable}. */
  private void idle(boolean wakeable) {
    long deadline = System.nanoTime() + pollInterval.toNanos();
    long left;
    while (running.get()
        && !(wakeable && signalled.get())
        && (left = deadline - System.nanoTime()) > 0) {
      LockSupport.parkNanos(this, left);
    }
  }

  private void closeSubscription() {
    StoreSubscription s = subscription;
    subscription = StoreSubscription.none();
    try {
      s.close();
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, name + ": closing the store subscription", e);
    }
  }

  /**
   * Whether the thread is running.
   *
   * @return {@code true} between {@link #start} and {@link #stop}
   */
  public boolean isRunning() {
    return running.get();
  }

  /**
   * Stops the thread after its current batch, waiting at most {@code wait} before interrupting it,
   * and ends the store subscription. Idempotent.
   *
   * @param wait how long to wait for the current batch
   */
  public void stop(Duration wait) {
    running.set(false);
    closeSubscription();
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
      try {
        t.join(Math.max(1, wait.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        t.interrupt();
      }
    }
  }
}
