package io.github.odooconnector.boot;

import io.github.odooconnector.boot.internal.JobLock;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OdooJob}s on a schedule while the application context runs, each at most once at
 * a time across every instance sharing the database, and keeps the recent runs for the console.
 *
 * <p>Jobs fed by a store that signals new work ({@code outbox-delivery} by the outbox store, the
 * inbox jobs by the inbox store; see {@code odoo.outbox.wake-on-append} and {@code
 * odoo.inbox.wake-on-receive}) also run as soon as the store signals, not only after their
 * interval: signals arriving while such a run is queued or running cause one more run, not one
 * each, and signalled runs of one job never overlap. A signalled run that finds the job's lock
 * taken (another instance is running it) is skipped without an entry in the history; the interval
 * stays the fallback.
 *
 * <p>Thread-safe.
 */
public final class OdooJobs implements SmartLifecycle {

  private static final Logger LOG = System.getLogger(OdooJobs.class.getName());
  private static final int HISTORY = 100;

  private final Map<String, OdooJob> jobs = new LinkedHashMap<>();
  private final JobLock lock;
  private final boolean scheduled;
  private final Clock clock;
  private final Deque<JobRun> history = new ArrayDeque<>();
  private final Map<String, Function<Runnable, StoreSubscription>> signals;
  private final Map<String, Signal> signalled = new ConcurrentHashMap<>();
  private final List<StoreSubscription> subscriptions = new ArrayList<>();
  private ScheduledExecutorService executor;

  OdooJobs(
      List<OdooJob> jobs,
      Map<String, Function<Runnable, StoreSubscription>> signals,
      JobLock lock,
      boolean scheduled,
      Clock clock) {
    for (OdooJob j : jobs) {
      if (this.jobs.putIfAbsent(j.name(), j) != null) {
        throw new IllegalStateException("two odoo-connector jobs are named " + j.name());
      }
    }
    this.signals = Map.copyOf(signals);
    this.signals.keySet().forEach(name -> signalled.put(name, new Signal()));
    this.lock = lock;
    this.scheduled = scheduled;
    this.clock = clock;
  }

  /**
   * The registered jobs.
   *
   * @return job names in registration order
   */
  public List<String> names() {
    return List.copyOf(jobs.keySet());
  }

  /**
   * Runs a job now on the calling thread, unless another run holds its lock.
   *
   * @param name the job
   * @return the run
   * @throws IllegalArgumentException if no job has that name
   */
  public JobRun runNow(String name) {
    return run(name, true);
  }

  private JobRun run(String name, boolean recordSkipped) {
    OdooJob job = jobs.get(Objects.requireNonNull(name, "name"));
    if (job == null) {
      throw new IllegalArgumentException(
          "no odoo-connector job named " + name + "; jobs: " + names());
    }
    Instant start = clock.instant();
    long t0 = System.nanoTime();
    JobRun run;
    var held = lock.tryAcquire(name);
    if (held.isEmpty()) {
      run = new JobRun(name, start, Duration.ZERO, JobRun.Outcome.SKIPPED, null);
      if (!recordSkipped) {
        return run;
      }
    } else {
      JobLock.Held h = held.get();
      try {
        job.task().run();
        run =
            new JobRun(
                name,
                start,
                Duration.ofNanos(System.nanoTime() - t0),
                JobRun.Outcome.SUCCEEDED,
                null);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "odoo-connector job " + name + " failed", e);
        run =
            new JobRun(
                name,
                start,
                Duration.ofNanos(System.nanoTime() - t0),
                JobRun.Outcome.FAILED,
                e.getClass().getSimpleName() + ": " + e.getMessage());
      } finally {
        h.close();
      }
    }
    synchronized (history) {
      history.addFirst(run);
      while (history.size() > HISTORY) {
        history.removeLast();
      }
    }
    return run;
  }

  /**
   * The most recent runs, newest first (skipped ones included).
   *
   * @return at most 100 runs
   */
  public List<JobRun> recentRuns() {
    synchronized (history) {
      return new ArrayList<>(history);
    }
  }

  @Override
  public synchronized void start() {
    if (!scheduled || executor != null || jobs.isEmpty()) {
      return;
    }
    executor =
        Executors.newScheduledThreadPool(
            Math.min(4, jobs.size()),
            r -> {
              Thread t = new Thread(r, "odoo-connector-jobs");
              t.setDaemon(true);
              return t;
            });
    for (OdooJob j : jobs.values()) {
      long ms = j.interval().toMillis();
      executor.scheduleWithFixedDelay(() -> runNow(j.name()), ms, ms, TimeUnit.MILLISECONDS);
    }
    ScheduledExecutorService running = executor;
    signals.forEach(
        (name, subscribe) -> {
          if (!jobs.containsKey(name)) {
            return;
          }
          try {
            subscriptions.add(subscribe.apply(() -> signal(running, name)));
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "odoo-connector job " + name + ": its store cannot signal new work; interval only",
                e);
          }
        });
  }

  /**
   * A store's signal: run the job soon. Signalled runs of one job run one after another; signals
   * arriving before or during such a run cause one more run, not one each.
   */
  private void signal(ScheduledExecutorService running, String name) {
    Signal s = signalled.get(name);
    s.pending.set(true);
    if (s.active.compareAndSet(false, true)) {
      try {
        running.execute(() -> runSignalled(running, name, s));
      } catch (RejectedExecutionException e) {
        s.active.set(false); // stopping
      }
    }
  }

  private void runSignalled(ScheduledExecutorService running, String name, Signal s) {
    try {
      while (s.pending.getAndSet(false)) {
        run(name, false);
      }
    } finally {
      s.active.set(false);
    }
    if (s.pending.get()) { // a signal between the last check and the release
      signal(running, name);
    }
  }

  /** The signal state of one job. */
  private static final class Signal {
    final AtomicBoolean pending = new AtomicBoolean();
    final AtomicBoolean active = new AtomicBoolean();
  }

  @Override
  public synchronized void stop() {
    subscriptions.forEach(StoreSubscription::close);
    subscriptions.clear();
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  @Override
  public String toString() {
    return "OdooJobs" + names();
  }
}
