package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.jdbc.JdbcIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Benchmark 4: idempotent executions per second with a fresh key each time - claim the key
 * (fingerprinting the payload), run a trivial action, record its result - from 4 threads, on the
 * in-memory store (baseline) and on PostgreSQL through {@code JdbcIdempotencyStore}.
 *
 * <p>PostgreSQL is the reliability kit's embedded test server ({@code TestDatabase} from {@code
 * odoo-connector-reliability-testing}: zonky binaries, run as {@code nobody} when the JVM is root,
 * {@code fsync=off} and {@code synchronous_commit=off}, loopback). With durable commits on real
 * disks expect PostgreSQL figures to drop towards the disk's fsync rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
public class IdempotencyBenchmark {

  /** Where keys are recorded. */
  @Param({"memory", "postgresql"})
  public String store;

  private final AtomicLong keys = new AtomicLong();
  private final Map<String, Object> payload =
      Map.of("order", "SO00042", "picking", "WH/OUT/00042", "lines", 3, "carrier", "dhl-express");
  private Idempotent idempotent;

  /** A fresh, empty store for every iteration, so no iteration pays for its predecessors' keys. */
  @Setup(Level.Iteration)
  public void freshStore() {
    if ("memory".equals(store)) {
      idempotent =
          Idempotent.builder(InMemoryIdempotencyStore.create())
              .owner("bench")
              .leaseDuration(Duration.ofMinutes(2))
              .clock(Clock.systemUTC())
              .build();
    } else {
      TestDatabase.truncateAll();
      idempotent =
          Idempotent.builder(JdbcIdempotencyStore.create(TestDatabase.dataSource()))
              .owner("bench")
              .leaseDuration(Duration.ofMinutes(2))
              .clock(Clock.systemUTC())
              .build();
    }
  }

  /** Drops the iteration's keys (PostgreSQL: truncate outside the timed region). */
  @TearDown(Level.Iteration)
  public void dropKeys() {
    idempotent = null;
  }

  /**
   * One first-time execution of a new key.
   *
   * @return the action's result
   */
  @Benchmark
  public String claimRunComplete() {
    String key = "ship:" + keys.incrementAndGet();
    return idempotent.execute(key, payload, String.class, () -> "picking-42");
  }
}
