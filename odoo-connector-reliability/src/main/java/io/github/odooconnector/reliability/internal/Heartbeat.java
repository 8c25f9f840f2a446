package io.github.odooconnector.reliability.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renews leases periodically while handlers run, on a small shared pool of daemon threads. A beat
 * that fails is logged and retried at the next beat (the lease may still hold).
 */
public final class Heartbeat implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Heartbeat.class.getName());
  private static final ScheduledExecutorService SCHEDULER = scheduler();

  private final ScheduledFuture<?> future;

  private Heartbeat(ScheduledFuture<?> future) {
    this.future = future;
  }

  private static ScheduledExecutorService scheduler() {
    AtomicInteger n = new AtomicInteger();
    ScheduledThreadPoolExecutor s =
        new ScheduledThreadPoolExecutor(
            2,
            r -> {
              Thread t = new Thread(r, "odc-lease-heartbeat-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    s.setRemoveOnCancelPolicy(true);
    return Executors.unconfigurableScheduledExecutorService(s);
  }

  /** The beat interval for a lease: a third of it, so two beats may fail before it expires. */
  public static Duration intervalFor(Duration lease) {
    Duration third = lease.dividedBy(3);
    return third.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10) : third;
  }

  /** Runs {@code beat} every {@code interval}, first after one interval, until closed. */
  public static Heartbeat every(Duration interval, String what, Runnable beat) {
    long nanos = interval.toNanos();
    return new Heartbeat(
        SCHEDULER.scheduleWithFixedDelay(
            () -> {
              try {
                beat.run();
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lease renewal for " + what + " failed; retrying", e);
              }
            },
            nanos,
            nanos,
            TimeUnit.NANOSECONDS));
  }

  /** Stops the beats (a beat already running finishes). */
  @Override
  public void close() {
    future.cancel(false);
  }
}
