package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 6: enqueue-to-handler latency of the JDBC outbox — from {@code outbox.enqueue(event)}
 * (its own transaction, committed) until an idle background {@link OutboxWorker} hands the event to
 * its handler — sampled (JMH {@code SampleTime}: median, p99 in JMH's output), on PostgreSQL
 * through {@code JdbcOutboxStore}. {@code polling} (the baseline) is the worker as it was: it finds
 * the event at its next poll; {@code listen} is the same worker woken by PostgreSQL {@code
 * LISTEN/NOTIFY}. Both poll every {@value #POLL_MILLIS} ms; before each sample the benchmark waits
 * a random 0..{@value #POLL_MILLIS} ms (not timed) so that events arrive at random points of the
 * poll cycle, as they do in production.
 *
 * <p>PostgreSQL: the reliability module's embedded test server, see {@link IdempotencyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OutboxLatencyBenchmark {

  /** The workers' poll interval in both modes. */
  public static final int POLL_MILLIS = 100;

  /** {@code polling} (baseline: no wake-ups) or {@code listen} (LISTEN/NOTIFY wake-ups). */
  @Param({"polling", "listen"})
  public String wakeup;

  private final BlockingQueue<String> handled = new LinkedBlockingQueue<>();
  private final AtomicLong sequence = new AtomicLong();
  private OutboxStore store;
  private Outbox outbox;
  private OutboxWorker worker;

  /** Starts one background worker on a fresh table. */
  @Setup(Level.Trial)
  public void setUp() {
    TestDatabase.truncateAll();
    store = JdbcOutboxStore.create(TestDatabase.newPool(4));
    outbox = Outbox.builder(store).build();
    worker =
        OutboxWorker.builder(store, e -> handled.add(e.eventId()))
            .workerId("latency-" + wakeup)
            .pollInterval(Duration.ofMillis(POLL_MILLIS))
            .wakeOnAppend("listen".equals(wakeup))
            .build();
    worker.start();
  }

  /** Lets a random part of a poll interval pass (not timed). */
  @Setup(Level.Invocation)
  public void randomArrival() {
    LockSupport.parkNanos(
        ThreadLocalRandom.current().nextLong(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
  }

  /**
   * Enqueues one event and waits until the worker's handler has it.
   *
   * @return the event id
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public String enqueueToHandler() throws InterruptedException {
    long n = sequence.incrementAndGet();
    BusinessEvent<String> e =
        BusinessEvent.of("shipment.dispatched", "wms:bench", Instant.now(), "WH/OUT/" + n);
    outbox.enqueue(e, "order-" + n);
    String got = handled.poll(10, TimeUnit.SECONDS);
    if (!e.eventId().equals(got)) {
      throw new IllegalStateException("expected " + e.eventId() + ", handler saw " + got);
    }
    return got;
  }

  /** Drops delivered rows so the table does not grow (not timed). */
  @TearDown(Level.Iteration)
  public void purge() {
    store.purgeDelivered(Instant.now().plusSeconds(3600));
  }

  /** Stops the worker (and its listening connection). */
  @TearDown(Level.Trial)
  public void tearDown() {
    worker.close();
  }
}
