package io.github.odooconnector.boot;

import io.github.odooconnector.boot.internal.JobLock;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OdooJob}s on a schedule while the application context runs, each at most once at
 * a time across every instance sharing the database, and keeps the recent runs for the console.
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
  private ScheduledExecutorService executor;

  OdooJobs(List<OdooJob> jobs, JobLock lock, boolean scheduled, Clock clock) {
    for (OdooJob j : jobs) {
      if (this.jobs.putIfAbsent(j.name(), j) != null) {
        throw new IllegalStateException("two odoo-connector jobs are named " + j.name());
      }
    }
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
  }

  @Override
  public synchronized void stop() {
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
