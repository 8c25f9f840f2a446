package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.jdbc.JdbcIdempotencyStore;
import io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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
 * in-memory store and on PostgreSQL through {@code JdbcIdempotencyStore}, against the baseline
 * {@code raw-jdbc}: the same two statements the store needs per execution written by hand with
 * plain JDBC on the same pool ({@code INSERT ... ON CONFLICT (idem_key) DO NOTHING RETURNING
 * fencing_token} to claim, then {@code UPDATE ... SET state = 'COMPLETED', result_json = ...} with
 * the fencing check, each in auto-commit on a connection borrowed from the pool, as the store does
 * so that no connection is held while the action runs) and nothing else: no fingerprinting, no
 * result serialisation, no lease heartbeat. {@code postgresql / raw-jdbc} is the store's overhead
 * (issue 15's goal: at most 1.3x the raw statements' time, i.e. a speed of at least 0.77).
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

  /** Where keys are recorded: {@code raw-jdbc} (baseline), {@code postgresql} or {@code memory}. */
  @Param({"raw-jdbc", "postgresql", "memory"})
  public String store;

  private static final String RAW_CLAIM =
      "INSERT INTO odc_idempotency (idem_key, fingerprint, state, owner, fencing_token,"
          + " lease_expires_at, result_json, last_error, created_at, updated_at, expires_at)"
          + " VALUES (?, ?, 'IN_PROGRESS', ?, 1, now() + ? * interval '1 microsecond', NULL,"
          + " NULL, ?, ?, ?) ON CONFLICT (idem_key) DO NOTHING RETURNING fencing_token";
  private static final String RAW_COMPLETE =
      "UPDATE odc_idempotency SET state = 'COMPLETED', result_json = ?, last_error = NULL,"
          + " updated_at = ? WHERE idem_key = ? AND fencing_token = ? AND state = 'IN_PROGRESS'";
  private static final String FINGERPRINT = "0".repeat(64);
  private static final long LEASE_MICROS = TimeUnit.MINUTES.toMicros(2);

  private DataSource raw;

  private final AtomicLong keys = new AtomicLong();
  private final Map<String, Object> payload =
      Map.of("order", "SO00042", "picking", "WH/OUT/00042", "lines", 3, "carrier", "dhl-express");
  private Idempotent idempotent;

  /** A fresh, empty store for every iteration, so no iteration pays for its predecessors' keys. */
  @Setup(Level.Iteration)
  public void freshStore() {
    raw = null;
    if ("raw-jdbc".equals(store)) {
      TestDatabase.truncateAll();
      raw = TestDatabase.dataSource();
    } else if ("memory".equals(store)) {
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
  public String claimRunComplete() throws SQLException {
    String key = "ship:" + keys.incrementAndGet();
    if (raw != null) {
      return rawClaimRunComplete(key);
    }
    return idempotent.execute(key, payload, String.class, () -> "picking-42");
  }

  /** The baseline: the two statements by hand. */
  private String rawClaimRunComplete(String key) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long token;
    try (Connection c = raw.getConnection();
        PreparedStatement ps = c.prepareStatement(RAW_CLAIM)) {
      ps.setString(1, key);
      ps.setString(2, FINGERPRINT);
      ps.setString(3, "bench");
      ps.setLong(4, LEASE_MICROS);
      ps.setObject(5, now);
      ps.setObject(6, now);
      ps.setObject(7, now.plusDays(7));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("key already claimed: " + key);
        }
        token = rs.getLong(1);
      }
    }
    String result = "picking-42";
    try (Connection c = raw.getConnection();
        PreparedStatement ps = c.prepareStatement(RAW_COMPLETE)) {
      ps.setString(1, "\"" + result + "\"");
      ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setString(3, key);
      ps.setLong(4, token);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("lease lost: " + key);
      }
    }
    return result;
  }
}
