package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import io.github.odooconnector.reliability.memory.InMemoryOutboxStore;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 5: outbox events delivered per second by 4 {@link OutboxWorker}s (one thread each,
 * batch size 50) draining a backlog of {@value #EVENTS} events, on PostgreSQL through {@code
 * JdbcOutboxStore}, against the store as it was when issue 15 was filed ({@link
 * LegacyJdbcOutboxStore}, the baseline) and the in-memory store, in the same run. Delivered =
 * claimed under a lease, decoded from the stored JSON, handed to the handler and marked {@code
 * DELIVERED}. Events come in pairs per aggregate (1,000 aggregates, e.g. an order's {@code
 * order.released} then its {@code shipment.dispatched}), so per-aggregate ordering is exercised.
 * The backlog is enqueued before each invocation (outside the timed region; for PostgreSQL in one
 * host transaction, as {@code Outbox.enqueue(Connection, ...)} is meant to be used).
 *
 * <p>PostgreSQL: the reliability module's embedded test server, see {@link IdempotencyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OutboxBenchmark {

  /** Events per invocation. */
  public static final int EVENTS = 2000;

  /** Concurrent workers. */
  public static final int WORKERS = 4;

  /**
   * Store under test: {@code memory}, {@code postgresql} ({@code JdbcOutboxStore}), {@code
   * postgresql-v2} ({@code JdbcOutboxStore} on schema version 2, as it was before the claim-plan
   * change of schema version 3: tables in the schema {@code odc_v2}) or {@code postgresql-v1}, the
   * store as it was when issue 15 was filed ({@link LegacyJdbcOutboxStore}).
   */
  @Param({"memory", "postgresql-v1", "postgresql-v2", "postgresql"})
  public String store;

  private static final EventCodec CODEC = EventCodec.standard();

  private OutboxStore outboxStore;
  private DataSource dataSource;
  private Outbox outbox;
  private final List<OutboxWorker> workers = new ArrayList<>();
  private final AtomicInteger handled = new AtomicInteger();
  private ExecutorService threads;
  private int sequence;

  /** Creates the store, the workers and their threads. */
  @Setup(Level.Trial)
  public void setUp() {
    if ("memory".equals(store)) {
      outboxStore = InMemoryOutboxStore.create();
    } else {
      TestDatabase.truncateAll();
      if ("postgresql-v2".equals(store)) {
        createSchemaVersion2(V2_SCHEMA);
        dataSource = TestDatabase.newPool(WORKERS + 2, V2_SCHEMA);
      } else {
        dataSource = TestDatabase.newPool(WORKERS + 2);
      }
      outboxStore =
          "postgresql-v1".equals(store)
              ? LegacyJdbcOutboxStore.create(dataSource)
              : JdbcOutboxStore.create(dataSource);
    }
    outbox = Outbox.builder(outboxStore).build();
    for (int i = 0; i < WORKERS; i++) {
      workers.add(
          OutboxWorker.builder(outboxStore, event -> handled.incrementAndGet())
              .workerId("bench-" + i)
              .batchSize(50)
              .leaseDuration(Duration.ofMinutes(5))
              .build());
    }
    threads = Executors.newFixedThreadPool(WORKERS);
  }

  /**
   * Enqueues the backlog (not timed).
   *
   * @throws SQLException if PostgreSQL fails
   */
  @Setup(Level.Invocation)
  public void enqueueBacklog() throws SQLException {
    handled.set(0);
    if (dataSource == null) {
      for (int i = 0; i < EVENTS; i++) {
        outbox.enqueue(event(), "order-" + sequence / 2);
      }
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < EVENTS; i++) {
        if (outboxStore instanceof LegacyJdbcOutboxStore) {
          BusinessEvent<?> e = event();
          LegacyJdbcOutboxStore.append(
              c,
              new NewOutboxEntry(
                  e.eventId(),
                  "order-" + sequence / 2,
                  e.type(),
                  e.source(),
                  CODEC.payloadTypeOf(e),
                  CODEC.encode(e),
                  Instant.now()));
        } else {
          outbox.enqueue(c, event(), "order-" + sequence / 2);
        }
      }
      c.commit();
    }
  }

  /** The schema of the {@code postgresql-v2} store. */
  static final String V2_SCHEMA = "odc_v2";

  /**
   * Creates {@code schema} afresh with the reliability migrations 1 and 2 only.
   *
   * @param schema the schema name
   */
  static void createSchemaVersion2(String schema) {
    try (Connection c = TestDatabase.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
      st.execute("SET search_path TO " + schema);
      try {
        for (String script : ReliabilitySchema.migrations().subList(0, 2)) {
          try (InputStream in =
              ReliabilitySchema.class
                  .getClassLoader()
                  .getResourceAsStream(ReliabilitySchema.RESOURCE_FOLDER + script)) {
            st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } finally {
        st.execute("SET search_path TO DEFAULT");
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private BusinessEvent<Map<String, Object>> event() {
    int n = ++sequence;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("shipmentId", "WH/OUT/" + n);
    p.put("carrier", "dhl-express");
    p.put("trackingNumber", "JD0146000" + (10000000 + n));
    p.put("parcels", 2);
    p.put("weightKg", "12.40");
    return BusinessEvent.of("shipment.dispatched", "wms:bench", Instant.now(), p);
  }

  /**
   * Drains the backlog with 4 workers.
   *
   * @throws Exception if a worker fails or the backlog is not drained within a minute
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public int deliverBacklog() throws Exception {
    List<Future<?>> running = new ArrayList<>(WORKERS);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    for (OutboxWorker w : workers) {
      running.add(
          threads.submit(
              () -> {
                while (handled.get() < EVENTS) {
                  if (w.runOnce() == 0) {
                    if (System.nanoTime() > deadline) {
                      throw new TimeoutException(
                          "backlog not drained: " + handled.get() + "/" + EVENTS);
                    }
                    // Idle poll: 1 ms (the worker's own loop default is 500 ms, too coarse to
                    // measure).
                    LockSupport.parkNanos(1_000_000);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("worker failed", e.getCause());
      }
    }
    return handled.get();
  }

  /**
   * Checks nothing was lost and drops delivered rows so the table does not grow (not timed).
   *
   * @throws SQLException if PostgreSQL fails
   */
  @TearDown(Level.Iteration)
  public void checkAndPurge() throws SQLException {
    long pending =
        outboxStore.count(OutboxStatus.PENDING) + outboxStore.count(OutboxStatus.IN_FLIGHT);
    long dead = outboxStore.count(OutboxStatus.DEAD);
    if (pending != 0 || dead != 0) {
      throw new IllegalStateException(
          "outbox not drained: " + pending + " pending/in flight, " + dead + " dead");
    }
    outboxStore.purgeDelivered(Instant.now().plusSeconds(3600));
    if (dataSource != null) {
      try (Connection c = dataSource.getConnection();
          Statement st = c.createStatement()) {
        // VACUUM only: the stores must not depend on fresh planner statistics
        st.execute(
            outboxStore instanceof LegacyJdbcOutboxStore
                ? "VACUUM odc_v1.odc_outbox"
                : "VACUUM odc_outbox");
      }
    }
  }

  /** Stops the worker threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    threads.shutdownNow();
    workers.forEach(OutboxWorker::close);
  }
}
